import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import type { LegacyForwarding } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { fixedBy, testRule } from '../testing/test-rule';
import { rule } from './af412-legacy-forwarded-values';

const withLegacy = (legacy: Partial<LegacyForwarding>) =>
  buildConfig((c) => {
    c.defaultBehavior.originRequest = null;
    c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, ...legacy } };
  });

testRule(rule, {
  valid: [
    { name: 'preset (policies)', config: buildConfig() },
    { name: 'custom cache policy', config: buildConfig((c) => (c.defaultBehavior.cache = { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 1, headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] }, gzip: false, brotli: false } })) },
  ],
  invalid: [
    { name: 'legacy with caching off', output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' }, 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } }, config: withLegacy({ minTtl: 0, defaultTtl: 0, maxTtl: 0 }), findings: [{ messageId: 'legacyInUse', path: 'defaultBehavior.cache' }] },
    { name: 'legacy with caching on and cookies', output: { 'defaultBehavior.cache': { custom: { minTtl: 0, defaultTtl: 30, maxTtl: 300, headers: { behavior: 'none', names: [] }, cookies: { behavior: 'whitelist', names: ['session'] }, queryStrings: { behavior: 'all', names: [] }, gzip: false, brotli: false } } }, config: withLegacy({ cookies: { forward: 'whitelist', names: ['session'] }, minTtl: 0, defaultTtl: 30, maxTtl: 300 }), findings: [{ messageId: 'legacyInUse', path: 'defaultBehavior.cache' }] },
    { name: 'legacy without TTLs', output: { 'defaultBehavior.cache': { custom: { minTtl: 0, defaultTtl: 86400, maxTtl: 31536000, headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] }, gzip: false, brotli: false } } }, config: withLegacy({}), findings: [{ messageId: 'legacyInUse', path: 'defaultBehavior.cache' }] },
  ],
});

describe('AF412 conversion', () => {
  it('turns legacy settings with caching off into CachingDisabled + AllViewerExceptHostHeader', () => {
    const config = withLegacy({ minTtl: 0, defaultTtl: 0, maxTtl: 0 });
    const fixed = fixedBy(runRule(rule, { config })[0], config);
    expect(fixed?.defaultBehavior.cache).toEqual({ policy: 'CachingDisabled' });
    expect(fixed?.defaultBehavior.originRequest).toEqual({ policy: 'AllViewerExceptHostHeader' });
  });

  it('keeps the cache key and the TTLs CloudFront would use when TTLs are absent', () => {
    const config = withLegacy({ cookies: { forward: 'whitelist', names: ['session'] } });
    const fixed = fixedBy(runRule(rule, { config })[0], config);
    expect(fixed?.defaultBehavior.cache).toEqual({
      custom: {
        minTtl: 0,
        defaultTtl: 86400,
        maxTtl: 31536000,
        headers: { behavior: 'none', names: [] },
        cookies: { behavior: 'whitelist', names: ['session'] },
        queryStrings: { behavior: 'all', names: [] },
        gzip: false,
        brotli: false,
      },
    });
    expect(fixed?.defaultBehavior.originRequest).toBeNull();
  });
});
