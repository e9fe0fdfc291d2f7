import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { fixedBy, testRule } from '../testing/test-rule';
import { rule } from './af408-forwarded-values-with-policies';
import type { CfnTemplate, TemplateInput } from './types';

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

function distribution(defaultBehavior: Record<string, unknown>, behaviors: Record<string, unknown>[] = []): TemplateInput {
  const template: CfnTemplate = {
    Resources: {
      Distribution: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: {
          DistributionConfig: {
            Enabled: true,
            Origins: [{ Id: 'api', DomainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }],
            DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: 'redirect-to-https', ...defaultBehavior },
            CacheBehaviors: behaviors.map((b) => ({ TargetOriginId: 'api', ViewerProtocolPolicy: 'redirect-to-https', ...b })),
          },
        },
      },
    },
  };
  return { template };
}
const policies = { CachePolicyId: CACHING_DISABLED, OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST };
const legacy = { ForwardedValues: { QueryString: true, Headers: ['Authorization'] }, MinTTL: 0, DefaultTTL: 0, MaxTTL: 0 };

testRule(rule, {
  valid: [
    { name: 'policies only', template: distribution(policies, [{ PathPattern: '/api/*', ...policies }]) },
    { name: 'legacy only, with behavior TTLs', template: distribution(legacy) },
    { name: 'cache policy given by Ref', template: distribution({ CachePolicyId: { Ref: 'ApiCachePolicy' } }) },
    { name: 'config: preset (policies)', config: buildConfig() },
    {
      name: 'config: legacy settings without an origin request policy',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = null;
        c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
      }),
    },
  ],
  invalid: [
    {
      // CloudFormation ignores ForwardedValues here (cfn-lint W3704; aws-samples/serverless-patterns
      // sam-webapp-cognito deploys this shape), so it is a warning, not an error.
      name: 'ForwardedValues next to a cache policy: ignored by CloudFormation',
      template: distribution({ CachePolicyId: CACHING_DISABLED, ForwardedValues: { QueryString: true } }),
      findings: [{ messageId: 'forwardedValuesIgnored', path: 'Distribution.DistributionConfig.DefaultCacheBehavior.ForwardedValues' }],
    },
    {
      name: 'ForwardedValues next to an origin request policy only',
      template: distribution(policies, [{ PathPattern: '/api/*', OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST, ...legacy }]),
      findings: [{ messageId: 'forwardedValuesWithPolicy', path: 'Distribution.DistributionConfig.CacheBehaviors.0.ForwardedValues' }],
    },
    {
      name: 'behavior TTLs next to a cache policy',
      template: distribution({ ...policies, DefaultTTL: 0, MaxTTL: 0 }),
      findings: [
        { messageId: 'ttlsWithCachePolicy', path: 'Distribution.DistributionConfig.DefaultCacheBehavior.DefaultTTL' },
        { messageId: 'ttlsWithCachePolicy', path: 'Distribution.DistributionConfig.DefaultCacheBehavior.MaxTTL' },
      ],
    },
    {
      name: 'neither a cache policy nor ForwardedValues',
      template: distribution(policies, [{ PathPattern: '/v1/*', OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST }]),
      findings: [{ messageId: 'neitherPolicyNorForwardedValues', path: 'Distribution.DistributionConfig.CacheBehaviors.0' }],
    },
    {
      name: 'config: legacy settings next to AllViewerExceptHostHeader (caching on)', output: {
        'defaultBehavior.cache': {
          custom: {
            minTtl: 0, defaultTtl: 60, maxTtl: 600, gzip: false, brotli: false,
            headers: { behavior: 'whitelist', names: ['Accept'] },
            cookies: { behavior: 'none', names: [] },
            queryStrings: { behavior: 'whitelist', names: ['page'] },
          },
        },
      },
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { legacy: { headers: ['Accept'], queryString: true, queryStringCacheKeys: ['page'], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 60, maxTtl: 600 } };
      }),
      findings: [{ messageId: 'forwardedValuesWithPolicy', path: 'defaultBehavior.originRequest' }],
    },
    {
      name: 'config: legacy settings with caching off next to a policy', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
      }),
      findings: [{ messageId: 'forwardedValuesWithPolicy', path: 'defaultBehavior.originRequest' }],
    },
  ],
});

describe('AF408 template locations', () => {
  it('reports the line and column of the offending property', () => {
    const input = distribution({ CachePolicyId: CACHING_DISABLED, ForwardedValues: { QueryString: true } });
    const lines: Record<string, { line: number; column: number }> = {
      'Resources.Distribution.Properties.DistributionConfig.DefaultCacheBehavior.ForwardedValues': { line: 14, column: 9 },
    };
    const findings = runRule(rule, { template: { ...input, locate: (path) => lines[path.join('.')] } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.location).toEqual({
      kind: 'template',
      logicalId: 'Distribution',
      propertyPath: ['DistributionConfig', 'DefaultCacheBehavior', 'ForwardedValues'],
      line: 14,
      column: 9,
    });
  });

  it('converts legacy settings to a cache policy that keeps their cache key', () => {
    const config = buildConfig((c) => {
      c.defaultBehavior.cache = { legacy: { headers: ['Accept'], queryString: true, queryStringCacheKeys: ['page'], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 60, maxTtl: 600 } };
    });
    const [finding] = runRule(rule, { config });
    const fixed = fixedBy(finding, config);
    expect(fixed?.defaultBehavior.cache).toEqual({
      custom: {
        minTtl: 0,
        defaultTtl: 60,
        maxTtl: 600,
        headers: { behavior: 'whitelist', names: ['Accept'] },
        cookies: { behavior: 'none', names: [] },
        queryStrings: { behavior: 'whitelist', names: ['page'] },
        gzip: false,
        brotli: false,
      },
    });
    expect(fixed?.defaultBehavior.originRequest).toEqual({ policy: 'AllViewerExceptHostHeader' });
  });
});
