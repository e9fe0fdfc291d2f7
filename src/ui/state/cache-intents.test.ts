import { describe, expect, it } from 'vitest';
import { cacheIntentOf, intentSettings } from './cache-intents';

describe('cache intents', () => {
  it('"never cache" is CachingDisabled + AllViewerExceptHostHeader', () => {
    expect(intentSettings('never')).toEqual({ cache: { policy: 'CachingDisabled' }, originRequest: { policy: 'AllViewerExceptHostHeader' } });
  });

  it('"honour Cache-Control" is a custom policy 0/0/31536000 with no key items, not the managed policy that keys on Host', () => {
    const { cache, originRequest } = intentSettings('honour');
    expect(cache).toEqual({
      custom: {
        minTtl: 0, defaultTtl: 0, maxTtl: 31536000,
        headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'none', names: [] },
        gzip: false, brotli: false,
      },
    });
    expect(originRequest).toEqual({ policy: 'AllViewerExceptHostHeader' });
  });

  it('"public GET" keys on all query strings with TTLs 0/60/3600 and does not forward Host', () => {
    const { cache, originRequest } = intentSettings('public-get');
    expect('custom' in cache && cache.custom).toMatchObject({ minTtl: 0, defaultTtl: 60, maxTtl: 3600, queryStrings: { behavior: 'all' } });
    expect(originRequest).toEqual({ policy: 'AllViewerExceptHostHeader' });
  });

  it('recognises each intent whatever the key order, and anything else as advanced', () => {
    for (const intent of ['never', 'honour', 'public-get'] as const) expect(cacheIntentOf(intentSettings(intent))).toBe(intent);
    // The same honour policy with its keys in another order (as a loaded file may have them).
    const reordered = {
      originRequest: { policy: 'AllViewerExceptHostHeader' as const },
      cache: { custom: { brotli: false, gzip: false, queryStrings: { names: [], behavior: 'none' as const }, cookies: { names: [], behavior: 'none' as const }, headers: { names: [], behavior: 'none' as const }, maxTtl: 31536000, defaultTtl: 0, minTtl: 0 } },
    };
    expect(cacheIntentOf(reordered)).toBe('honour');
    expect(cacheIntentOf({ cache: { policy: 'CachingDisabled' }, originRequest: { policy: 'AllViewer' } })).toBe('advanced');
    expect(cacheIntentOf({ cache: { policy: 'CachingOptimized' }, originRequest: { policy: 'AllViewerExceptHostHeader' } })).toBe('advanced');
  });

  it('returns fresh objects, so editing one behavior does not change another', () => {
    const a = intentSettings('honour');
    const b = intentSettings('honour');
    expect(a.cache).not.toBe(b.cache);
  });
});
