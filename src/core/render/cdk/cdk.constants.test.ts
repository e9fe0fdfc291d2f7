/** Every managed policy and TLS policy apifront names maps to the CDK constant with the same value. */
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES, MANAGED_RESPONSE_HEADERS_POLICIES } from '../../model/managed-policies';
import { TLS_POLICIES } from '../../model/schema';
import { CACHE_CONSTANTS, ORIGIN_REQUEST_CONSTANTS, RESPONSE_HEADERS_CONSTANTS, TLS_CONSTANTS } from './cdk';

type Policies = Record<string, Record<string, string | undefined>>;
const cloudfront = createRequire(import.meta.url)('aws-cdk-lib/aws-cloudfront') as {
  CachePolicy: Policies;
  OriginRequestPolicy: Policies;
  ResponseHeadersPolicy: Policies;
  SecurityPolicyProtocol: Record<string, string>;
};

it('managed policy constants carry the IDs of DOMAIN.md facts 1-14', () => {
  const idOf = (type: keyof typeof cloudfront, constant: string, key: string) => (cloudfront[type] as Policies)[constant]?.[key];
  for (const [name, id] of Object.entries(MANAGED_CACHE_POLICIES)) expect([name, idOf('CachePolicy', CACHE_CONSTANTS[name] ?? '', 'cachePolicyId')]).toEqual([name, id]);
  for (const [name, id] of Object.entries(MANAGED_ORIGIN_REQUEST_POLICIES)) {
    expect([name, idOf('OriginRequestPolicy', ORIGIN_REQUEST_CONSTANTS[name] ?? '', 'originRequestPolicyId')]).toEqual([name, id]);
  }
  for (const [name, id] of Object.entries(MANAGED_RESPONSE_HEADERS_POLICIES)) {
    expect([name, idOf('ResponseHeadersPolicy', RESPONSE_HEADERS_CONSTANTS[name] ?? '', 'responseHeadersPolicyId')]).toEqual([name, id]);
  }
});

it('every viewer TLS policy of the schema has its SecurityPolicyProtocol member', () => {
  for (const policy of TLS_POLICIES) expect([policy, cloudfront.SecurityPolicyProtocol[TLS_CONSTANTS[policy] ?? '']]).toEqual([policy, policy]);
});
