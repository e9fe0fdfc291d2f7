import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { forwardsHeader } from '../request/policies';
import { isHostName, looksLikeSecretHeader, looksRandom } from './rule-helpers';

const forwardsViewerHost = (b: Parameters<typeof forwardsHeader>[0]) => forwardsHeader(b, 'Host') === true;

describe('rule helpers', () => {
  it('validates host names', () => {
    expect(isHostName('api.example.com')).toBe(true);
    expect(isHostName('*.example.com')).toBe(false);
    expect(isHostName('*.example.com', true)).toBe(true);
    expect(isHostName('API.example.com')).toBe(false);
    expect(isHostName('-a.example.com')).toBe(false);
    expect(isHostName('example')).toBe(false);
  });
  it('knows which behaviors forward the viewer Host', () => {
    const behavior = buildConfig().defaultBehavior;
    expect(forwardsViewerHost(behavior)).toBe(false);
    expect(forwardsViewerHost({ ...behavior, originRequest: { policy: 'AllViewer' } })).toBe(true);
    expect(forwardsViewerHost({ ...behavior, originRequest: null, cache: { legacy: { headers: ['*'], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] } } } })).toBe(true);
    const allExcept = (names: string[]) => ({
      ...behavior,
      originRequest: { custom: { headers: { behavior: 'allExcept' as const, names }, cookies: { behavior: 'none' as const, names: [] }, queryStrings: { behavior: 'none' as const, names: [] } } },
    });
    expect(forwardsViewerHost(allExcept(['Host']))).toBe(false);
    expect(forwardsViewerHost(allExcept(['X-Other']))).toBe(true);
  });
  it('spots secret-looking headers', () => {
    expect(looksLikeSecretHeader('Referer', 'anything')).toBe(true);
    expect(looksLikeSecretHeader('X-Origin-Verify', 'x')).toBe(true);
    expect(looksLikeSecretHeader('X-Team', 'payments')).toBe(false);
    expect(looksRandom('b3f1c9a27e5d48f0a6c2d9')).toBe(true);
    expect(looksRandom('application/json;v=2')).toBe(false);
    expect(looksRandom('payments-service-v2')).toBe(false);
  });
});
