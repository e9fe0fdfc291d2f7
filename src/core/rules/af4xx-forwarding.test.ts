import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { presetConfig } from '../model/presets';
import type { AnyBehavior } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { rule as af401 } from './af401-host-forwarded';
import { rule as af402 } from './af402-authorization-in-origin-request-policy';
import { rule as af403 } from './af403-caching-disabled-cache-key';
import { rule as af404 } from './af404-ttl-order';
import { rule as af405 } from './af405-credential-not-forwarded';
import { rule as af406 } from './af406-authenticated-response-cached';
import { rule as af407 } from './af407-min-ttl-positive';
import { rule as af408 } from './af408-forwarded-values-with-policies';
import { rule as af409 } from './af409-query-strings-dropped';
import { rule as af410 } from './af410-compress-without-caching';
import { rule as af411 } from './af411-options-cached-without-cors-key';
import { rule as af412 } from './af412-legacy-forwarded-values';
import { rule as af413 } from './af413-too-many-names';
import { rule as af414 } from './af414-duplicate-forwarded-header';
import { rule as af415 } from './af415-api-cached-by-default';
import { rule as af416 } from './af416-forwarded-host-missing';
import { rule as af417 } from './af417-duplicate-cors';
import { recommendedOriginRequest } from './af4xx-forwarding';
import { cacheKeyOf, forwardsCookie, forwardsHeader, forwardsQueryString, legacyTtls, originRequestOf } from '../request/policies';

const AF4_RULES = [af401, af402, af403, af404, af405, af406, af407, af408, af409, af410, af411, af412, af413, af414, af415, af416, af417];

const behavior = (patch: Partial<AnyBehavior>): AnyBehavior => ({ ...buildConfig().defaultBehavior, ...patch });

describe('AF4xx on the presets', () => {
  for (const id of ['api-only-rest', 'api-only-http'] as const) {
    it(`${id} gets no error or warning from AF401-AF417`, () => {
      const config = presetConfig(id);
      const findings = AF4_RULES.flatMap((r) => runRule(r, { config })).filter((f) => f.severity !== 'info');
      expect(findings.map((f) => `${f.rule}:${f.messageId}`)).toEqual([]);
    });
    it(`${id} gets no AF4xx finding at all, even with an authorizer`, () => {
      const config = presetConfig(id);
      const origin = config.origins[0];
      if (origin?.type === 'apigateway') origin.api.auth = 'jwt';
      expect(AF4_RULES.flatMap((r) => runRule(r, { config }))).toEqual([]);
    });
  }
});

describe('cacheKeyOf', () => {
  it('reads managed traits, also from a managed policy ID', () => {
    expect(cacheKeyOf({ policy: 'CachingDisabled' })).toMatchObject({ source: 'managed', maxTtl: 0, cachingDisabled: true, queryStrings: false });
    expect(cacheKeyOf({ policyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' })).toMatchObject({ managed: 'CachingOptimized', defaultTtl: 86400, cachingDisabled: false });
  });
  it('returns undefined for an unknown policy ID', () => {
    expect(cacheKeyOf({ policyId: 'not-a-managed-id' })).toBeUndefined();
  });
  it('gives legacy settings CloudFront\'s default TTLs and treats Headers ["*"] as caching disabled', () => {
    const legacy = { headers: ['*'], queryString: false, queryStringCacheKeys: [], cookies: { forward: 'none' as const, names: [] } };
    expect(legacyTtls(legacy)).toEqual({ minTtl: 0, defaultTtl: 86400, maxTtl: 31536000 });
    expect(legacyTtls({ ...legacy, minTtl: 100000 })).toEqual({ minTtl: 100000, defaultTtl: 100000, maxTtl: 31536000 });
    expect(cacheKeyOf({ legacy })).toMatchObject({ allHeaders: true, cachingDisabled: true, headers: [] });
  });
});

describe('what a behavior forwards', () => {
  it('AllViewerExceptHostHeader forwards Authorization, query strings and cookies but not Host', () => {
    const b = behavior({});
    expect(forwardsHeader(b, 'authorization')).toBe(true);
    expect(forwardsHeader(b, 'Host')).toBe(false);
    expect(forwardsQueryString(b)).toBe(true);
    expect(forwardsCookie(b)).toBe(true);
  });
  it('CachingDisabled alone forwards nothing (fact 44)', () => {
    const b = behavior({ originRequest: null });
    expect(forwardsHeader(b, 'Authorization')).toBe(false);
    expect(forwardsQueryString(b)).toBe(false);
    expect(forwardsCookie(b)).toBe(false);
  });
  it('an unknown policy makes the answer unknown unless something else forwards it', () => {
    expect(forwardsHeader(behavior({ originRequest: { policyId: 'x' } }), 'Authorization')).toBeUndefined();
    expect(forwardsQueryString(behavior({ originRequest: { policyId: 'x' }, cache: { policy: 'UseOriginCacheControlHeaders-QueryStrings' } }))).toBe(true);
  });
  it('a custom allExcept policy forwards everything it does not name', () => {
    const view = originRequestOf({ custom: { headers: { behavior: 'allExcept', names: ['Host'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'none', names: [] } } });
    expect(view).toMatchObject({ allViewerHeaders: true, except: ['Host'], queryStrings: false });
  });
});

describe('recommendedOriginRequest', () => {
  const config = buildConfig();
  const api = config.origins[0];
  it('is AllViewerExceptHostHeader for an execute-api origin, whatever was there', () => {
    expect(recommendedOriginRequest(api, { policy: 'AllViewer' })).toEqual({ policy: 'AllViewerExceptHostHeader' });
    expect(recommendedOriginRequest(api, null)).toEqual({ policy: 'AllViewerExceptHostHeader' });
  });
  it('keeps Host forwarding for the custom-domain form that needs it', () => {
    const needsHost = structuredClone(api);
    if (needsHost?.type === 'apigateway') {
      needsHost.api.customDomain = { name: 'api.example.com', regionalDomainName: 'd-1.execute-api.eu-west-1.amazonaws.com', basePath: '', endpoint: 'regional', originHost: 'regionalDomainName' };
    }
    expect(recommendedOriginRequest(needsHost, null)).toEqual({ policy: 'AllViewer' });
    expect(recommendedOriginRequest(needsHost, { policy: 'AllViewerAndCloudFrontHeaders-2022-06' })).toEqual({ policy: 'AllViewerAndCloudFrontHeaders-2022-06' });
  });
});
