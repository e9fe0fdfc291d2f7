/**
 * Cache intents: the three common wishes for an API behavior, each a fixed pair of cache and origin
 * request settings, plus "advanced" for anything else (a managed or existing policy, a custom policy
 * or legacy settings). The wizard shows the intent a behavior matches and applies one in one click.
 */
import type { AnyBehavior, CacheSetting, CustomCachePolicy, OriginRequestSetting } from '../../core/model/schema';

export type CacheIntent = 'never' | 'honour' | 'public-get' | 'advanced';

/** A custom cache policy with only headers and cookies left out of the key. */
function policy(minTtl: number, defaultTtl: number, maxTtl: number, queryStrings: 'none' | 'all'): CustomCachePolicy {
  return {
    minTtl, defaultTtl, maxTtl,
    headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: queryStrings, names: [] },
    gzip: false, brotli: false,
  };
}

/** Honour the API's Cache-Control: no TTL of our own, nothing in the key. Not the managed UseOriginCacheControlHeaders, which keys on Host. */
const HONOUR_POLICY = policy(0, 0, 31536000, 'none');
/** Public GET responses cached a minute by default, an hour at most, keyed by the whole query string. */
const PUBLIC_GET_POLICY = policy(0, 60, 3600, 'all');

export interface IntentSettings {
  cache: CacheSetting;
  originRequest: OriginRequestSetting;
}

/** The settings an intent stands for (fresh objects, safe to put in a draft). */
export function intentSettings(intent: Exclude<CacheIntent, 'advanced'>): IntentSettings {
  // Every intent forwards all viewer headers except Host: API Gateway needs its own host name (facts 6, 7, 87).
  const originRequest: OriginRequestSetting = { policy: 'AllViewerExceptHostHeader' };
  switch (intent) {
    case 'never':
      return { cache: { policy: 'CachingDisabled' }, originRequest };
    case 'honour':
      return { cache: { custom: structuredClone(HONOUR_POLICY) }, originRequest };
    case 'public-get':
      return { cache: { custom: structuredClone(PUBLIC_GET_POLICY) }, originRequest };
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Which intent a behavior's settings match exactly; "advanced" otherwise. */
export function cacheIntentOf(behavior: Pick<AnyBehavior, 'cache' | 'originRequest'>): CacheIntent {
  for (const intent of ['never', 'honour', 'public-get'] as const) {
    const s = intentSettings(intent);
    if (sameJson(normalise(behavior.cache), normalise(s.cache)) && sameJson(behavior.originRequest, s.originRequest)) return intent;
  }
  return 'advanced';
}

/** Key order does not matter for the comparison: sort object keys recursively. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

export const INTENT_LABELS: Record<CacheIntent, { label: string; help: string }> = {
  never: {
    label: 'Never cache (API)',
    help: 'CachingDisabled + AllViewerExceptHostHeader: every request reaches the API with its Authorization, cookies and query strings; nothing is shared between callers. What AWS preselects for API Gateway.',
  },
  honour: {
    label: "Honour the API's Cache-Control",
    help: 'A custom cache policy with TTLs 0 / 0 / 1 year and an empty key: responses are cached only when the API sends max-age. Not the managed UseOriginCacheControlHeaders, which puts Host in the key.',
  },
  'public-get': {
    label: 'Cache public GET by query string',
    help: 'A custom cache policy keyed on all query strings, TTLs 0 / 60 s / 1 h, with AllViewerExceptHostHeader. Only for data that is the same for every caller.',
  },
  advanced: {
    label: 'Advanced: choose the policies',
    help: 'Pick a managed policy, an existing policy ID, or edit a custom cache policy.',
  },
};

/** What a behavior to a site (S3 or another web origin) starts with: cached, GET/HEAD, compressed, no viewer headers. */
export function applySiteDefaults(b: AnyBehavior): void {
  b.cache = { policy: 'CachingOptimized' };
  b.originRequest = null;
  b.methods = 'get-head';
  b.cachedMethods = 'get-head';
  b.compress = true;
  b.stripPrefix = false;
  b.forwardedHost = false;
}

/** What a behavior to an API starts with: never cached, every viewer header but Host, all methods. */
export function applyApiDefaults(b: AnyBehavior): void {
  const s = intentSettings('never');
  b.cache = s.cache;
  b.originRequest = s.originRequest;
  b.methods = 'all';
  b.cachedMethods = 'get-head';
  b.compress = false;
  delete b.spaFallback;
}

/**
 * Settings that belong to the other kind of origin: API settings (never cache, all methods) on a site
 * behavior, or site settings (cached, GET/HEAD only) on an API behavior. The editor offers a switch.
 */
export function mismatchedDefaults(behavior: AnyBehavior, toApi: boolean): boolean {
  const intent = cacheIntentOf(behavior);
  if (toApi) return behavior.methods === 'get-head' && 'policy' in behavior.cache && behavior.cache.policy === 'CachingOptimized';
  return intent === 'never' && behavior.methods === 'all';
}
