import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/** Codes CloudFront caches from the origin whatever the cache policy says, 10 s by default (facts 125, 163). */
export const ALWAYS_CACHED_ERRORS = [404, 414, 500, 501, 502, 503, 504] as const;
/**
 * The ones that matter for an API: 414 (URI too long) is cached under its own too-long URL, which fails
 * the same way on every retry, so caching it changes no answer and the rule leaves it alone.
 */
const ALWAYS_CACHED = ALWAYS_CACHED_ERRORS.filter((code) => code !== 414);

/** Error caching TTL per code as CloudFront will see it: errorCaching and errorPages merge by code. */
function ttlByCode(config: ApifrontConfig): Map<number, number> {
  const ttl = new Map<number, number>();
  for (const e of config.distribution.errorPages) ttl.set(e.code, e.ttl);
  for (const e of config.distribution.errorCaching) ttl.set(e.code, e.ttl);
  return ttl;
}

/**
 * Why: CloudFront caches 404, 414 and 5xx answers from the origin for the error-caching minimum TTL even
 * under CachingDisabled (10 s when no entry exists; facts 125-127, 163), so one failed API call is served
 * to everyone for a while. Failing shape: `errorCaching: []` with an API behavior.
 */
export const rule = defineRule({
  meta: {
    id: 'AF505',
    name: 'error-caching',
    target: 'config',
    step: 'security',
    title: 'Do not cache API errors',
    description: 'An API behavior exists but the distribution does not set error caching TTL 0 for 404, 500, 501, 502, 503 and 504.',
    rationale:
      'CloudFront always caches 404, 414, 500, 501, 502, 503 and 504 from the origin, for the error-caching minimum TTL (10 s by default), whatever the cache policy says; without an explicit 0, a transient API error is served from cache to every caller for 10 seconds or longer. 414 (URI too long) is left out: it is cached under the same too-long URL, which fails again anyway.',
    howToFix: 'Add error caching with TTL 0 for those codes (the wizard\'s default).',
    facts: [125, 126, 127, 163],
    messages: {
      errorsCached: {
        severity: 'warning',
        text: (codes: string) =>
          `API errors ${codes} will be cached by CloudFront (10 s by default) and served to every caller: set error caching TTL 0 for them.`,
      },
    },
    examples: {
      bad: 'distribution: { errorCaching: [] }',
      good: 'distribution: { errorCaching: [{ code: 404, ttl: 0 }, { code: 500, ttl: 0 }, ..., { code: 504, ttl: 0 }] }',
    },
  },
  check({ config, derived }, report) {
    if (!config || derived.apiBehaviors().length === 0) return;
    const ttl = ttlByCode(config);
    const cached = ALWAYS_CACHED.filter((code) => ttl.get(code) !== 0);
    if (cached.length === 0) return;
    const shown = cached.map((code) => (ttl.has(code) ? `${code} (TTL ${ttl.get(code)})` : String(code))).join(', ');
    report({
      messageId: 'errorsCached',
      args: [shown],
      location: { configPath: ['distribution', 'errorCaching'] },
      fix: {
        label: `Set error caching TTL 0 for ${cached.join(', ')}`,
        apply: (c: ApifrontConfig) => {
          for (const code of cached) {
            // A code with an error page keeps a single entry (AF506): set the page's TTL instead.
            const pageEntry = c.distribution.errorPages.find((p) => p.code === code);
            const cachingEntries = c.distribution.errorCaching.filter((e) => e.code === code);
            if (pageEntry && cachingEntries.length === 0) pageEntry.ttl = 0;
            else if (cachingEntries.length > 0) for (const e of cachingEntries) e.ttl = 0;
            else c.distribution.errorCaching.push({ code, ttl: 0 });
          }
          c.distribution.errorCaching.sort((a, b) => a.code - b.code);
          return c;
        },
      },
    });
  },
});
