import { describe, expect, it } from 'vitest';
import { MANAGED_CACHE_POLICY_TRAITS, MANAGED_ORIGIN_REQUEST_POLICIES, MANAGED_ORIGIN_REQUEST_POLICY_TRAITS } from './managed-policies';

describe('managed policy traits (facts 4, 176)', () => {
  it('Elemental-MediaPackage keys on four named query strings, not all', () => {
    const t = MANAGED_CACHE_POLICY_TRAITS['Elemental-MediaPackage'];
    expect(t.queryStrings).toBe('whitelist');
    expect(t.queryStringNames).toEqual(['aws.manifestfilter', 'start', 'end', 'm']);
  });

  it('the UseOriginCacheControlHeaders pair and Amplify carry Host', () => {
    for (const name of ['UseOriginCacheControlHeaders', 'UseOriginCacheControlHeaders-QueryStrings', 'Amplify'] as const) {
      expect(MANAGED_CACHE_POLICY_TRAITS[name].headers).toContain('Host');
    }
  });

  it('knows no managed origin request policy called Elemental-MediaPackage (it is a cache policy)', () => {
    expect(Object.keys(MANAGED_ORIGIN_REQUEST_POLICIES)).not.toContain('Elemental-MediaPackage');
  });
});

describe('managed policy summaries (shown as help text in the wizard)', () => {
  const summaries = [...Object.values(MANAGED_CACHE_POLICY_TRAITS), ...Object.values(MANAGED_ORIGIN_REQUEST_POLICY_TRAITS)].map((t) => t.summary);
  it('cite no DOMAIN.md fact numbers, which mean nothing to a user', () => {
    expect(summaries.length).toBeGreaterThan(10);
    for (const summary of summaries) expect(summary).not.toMatch(/\bfacts? \d/);
  });
});
