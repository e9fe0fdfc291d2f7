/**
 * Shared by the AF4xx rules: what a behavior's cache setting puts in the cache key (and so forwards,
 * fact 43), what its origin request policy forwards (facts 6-12, 53), and the one-click fixes that
 * rewrite a behavior. Managed policies are read through their traits (managed-policies.ts); a
 * `policyId` that is not a managed policy is unknown, and rules stay quiet about it.
 */
import {
  MANAGED_CACHE_POLICY_TRAITS,
  MANAGED_ORIGIN_REQUEST_POLICY_TRAITS,
  managedCachePolicyName,
  managedOriginRequestPolicyName,
  type ManagedCachePolicyName,
  type ManagedOriginRequestPolicyName,
} from '../model/managed-policies';
import type { ConfigPath } from '../model/parse';
import type {
  AnyBehavior,
  ApifrontConfig,
  CacheSetting,
  LegacyForwarding,
  Origin,
  OriginRequestSetting,
} from '../model/schema';

/** CloudFront's legacy defaults when a behavior with ForwardedValues omits TTLs (fact 37). */
export const LEGACY_DEFAULT_TTL = 86400;
export const LEGACY_MAX_TTL = 31536000;

export const ALL_VIEWER_EXCEPT_HOST = { policy: 'AllViewerExceptHostHeader' } as const;
export const CACHING_DISABLED = { policy: 'CachingDisabled' } as const;

/** What a cache setting does: effective TTLs and what is in the cache key. */
export interface CacheKeyView {
  source: 'managed' | 'custom' | 'legacy';
  /** The managed policy's name when source is managed. */
  managed?: ManagedCachePolicyName;
  minTtl: number;
  defaultTtl: number;
  maxTtl: number;
  /** Header names in the cache key (besides the normalised Accept-Encoding). */
  headers: readonly string[];
  /** Legacy `Headers: ["*"]`: every header is forwarded and nothing is cached (fact 61). */
  allHeaders: boolean;
  queryStrings: boolean;
  cookies: boolean;
  /** MaxTTL 0 (fact 40) or legacy `Headers: ["*"]` (fact 61). */
  cachingDisabled: boolean;
}

/** What an origin request policy forwards on top of the cache key. */
export interface OriginRequestView {
  managed?: ManagedOriginRequestPolicyName;
  /** Every viewer header except the names in `except`. */
  allViewerHeaders: boolean;
  except: readonly string[];
  /** Header names forwarded by name (a whitelist). */
  headers: readonly string[];
  queryStrings: boolean;
  cookies: boolean;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** True when `names` holds `name`, compared case-insensitively as HTTP header names are. */
export const hasName = (names: readonly string[], name: string) => names.some((n) => sameName(n, name));

/** Effective legacy TTLs: absent values take CloudFront's defaults, clamped upward (fact 37). */
export function legacyTtls(legacy: LegacyForwarding): { minTtl: number; defaultTtl: number; maxTtl: number } {
  const minTtl = legacy.minTtl ?? 0;
  const defaultTtl = legacy.defaultTtl ?? Math.max(LEGACY_DEFAULT_TTL, minTtl);
  const maxTtl = legacy.maxTtl ?? Math.max(LEGACY_MAX_TTL, defaultTtl);
  return { minTtl, defaultTtl, maxTtl };
}

/** The cache key of a cache setting; undefined for a `policyId` that is not a managed policy. */
export function cacheKeyOf(cache: CacheSetting): CacheKeyView | undefined {
  if ('policy' in cache || 'policyId' in cache) {
    const name = 'policy' in cache ? cache.policy : managedCachePolicyName(cache.policyId);
    if (!name) return undefined;
    const t = MANAGED_CACHE_POLICY_TRAITS[name];
    return {
      source: 'managed',
      managed: name,
      minTtl: t.minTtl,
      defaultTtl: t.defaultTtl,
      maxTtl: t.maxTtl,
      headers: t.headers,
      allHeaders: false,
      queryStrings: t.queryStrings !== 'none',
      cookies: t.cookies !== 'none',
      cachingDisabled: t.maxTtl <= 0,
    };
  }
  if ('custom' in cache) {
    const c = cache.custom;
    return {
      source: 'custom',
      minTtl: c.minTtl,
      defaultTtl: c.defaultTtl,
      maxTtl: c.maxTtl,
      headers: c.headers.behavior === 'whitelist' ? c.headers.names : [],
      allHeaders: false,
      queryStrings: c.queryStrings.behavior !== 'none',
      cookies: c.cookies.behavior !== 'none',
      cachingDisabled: c.maxTtl <= 0,
    };
  }
  const legacy = cache.legacy;
  const allHeaders = legacy.headers.some((h) => h.trim() === '*');
  const ttls = legacyTtls(legacy);
  return {
    source: 'legacy',
    ...ttls,
    headers: legacy.headers.filter((h) => h.trim() !== '*'),
    allHeaders,
    queryStrings: legacy.queryString,
    cookies: legacy.cookies.forward !== 'none',
    cachingDisabled: allHeaders || ttls.maxTtl <= 0,
  };
}

/** What an origin request setting forwards: null = no policy; undefined = an unknown `policyId`. */
export function originRequestOf(setting: OriginRequestSetting): OriginRequestView | null | undefined {
  if (setting === null) return null;
  if ('policy' in setting || 'policyId' in setting) {
    const name = 'policy' in setting ? setting.policy : managedOriginRequestPolicyName(setting.policyId);
    if (!name) return undefined;
    const t = MANAGED_ORIGIN_REQUEST_POLICY_TRAITS[name];
    return {
      managed: name,
      allViewerHeaders: t.allViewerHeaders,
      except: t.allViewerHeaders && !t.forwardsHost ? ['Host'] : [],
      headers: t.headers,
      queryStrings: t.queryStrings !== 'none',
      cookies: t.cookies !== 'none',
    };
  }
  const { headers, queryStrings, cookies } = setting.custom;
  const allViewer = headers.behavior === 'allViewer' || headers.behavior === 'allViewerAndWhitelistCloudFront' || headers.behavior === 'allExcept';
  return {
    allViewerHeaders: allViewer,
    except: headers.behavior === 'allExcept' ? headers.names : [],
    headers: headers.behavior === 'whitelist' ? headers.names : [],
    queryStrings: queryStrings.behavior !== 'none',
    cookies: cookies.behavior !== 'none',
  };
}

export function cacheKeyHasHeader(key: CacheKeyView, name: string): boolean {
  return key.allHeaders || hasName(key.headers, name);
}

export function originRequestForwardsHeader(view: OriginRequestView | null, name: string): boolean {
  if (!view) return false;
  if (view.allViewerHeaders) return !hasName(view.except, name);
  return hasName(view.headers, name);
}

/** true / false, or undefined when an unknown policy might forward it. */
export type Forwarded = boolean | undefined;

function combine(fromKey: boolean | undefined, fromPolicy: boolean | undefined): Forwarded {
  if (fromKey === true || fromPolicy === true) return true;
  if (fromKey === undefined || fromPolicy === undefined) return undefined;
  return false;
}

/** Does the viewer header `name` reach the origin (cache key or origin request policy, fact 44)? */
export function forwardsHeader(behavior: AnyBehavior, name: string): Forwarded {
  const key = cacheKeyOf(behavior.cache);
  const policy = originRequestOf(behavior.originRequest);
  return combine(key && cacheKeyHasHeader(key, name), policy === undefined ? undefined : originRequestForwardsHeader(policy, name));
}

export function forwardsQueryStrings(behavior: AnyBehavior): Forwarded {
  const key = cacheKeyOf(behavior.cache);
  const policy = originRequestOf(behavior.originRequest);
  return combine(key?.queryStrings, policy === undefined ? undefined : (policy?.queryStrings ?? false));
}

export function forwardsCookies(behavior: AnyBehavior): Forwarded {
  const key = cacheKeyOf(behavior.cache);
  const policy = originRequestOf(behavior.originRequest);
  return combine(key?.cookies, policy === undefined ? undefined : (policy?.cookies ?? false));
}

/** The behavior as a human reads it in a message: its path pattern, or "the default behavior (*)". */
export function behaviorLabel(pattern: string, isDefault: boolean): string {
  return isDefault ? 'the default behavior (*)' : `behavior ${pattern}`;
}

/** The behavior at a config path (`['defaultBehavior']` or `['behaviors', i]`). */
export function behaviorAt(config: ApifrontConfig, path: ConfigPath): AnyBehavior | undefined {
  if (path[0] === 'defaultBehavior') return config.defaultBehavior;
  const index = path[1];
  return typeof index === 'number' ? config.behaviors[index] : undefined;
}

/** A fix's apply: a copy of the config with one behavior changed in place. */
export function updateBehavior(path: ConfigPath, mutate: (behavior: AnyBehavior, config: ApifrontConfig) => void) {
  return (config: ApifrontConfig): ApifrontConfig => {
    const next = structuredClone(config);
    const behavior = behaviorAt(next, path);
    if (behavior) mutate(behavior, next);
    return next;
  };
}

/** The form of AF216 whose origin is the custom domain's regionalDomainName: it needs the viewer Host. */
export function originNeedsHost(origin: Origin | undefined): boolean {
  return origin?.type === 'apigateway' && origin.api.customDomain?.originHost === 'regionalDomainName';
}

/**
 * The origin request setting a fix should leave on a behavior: AllViewerExceptHostHeader for an API
 * Gateway origin (facts 6, 7, 47), AllViewer for the AF216 form that needs Host, and for any other
 * origin the current setting when it already forwards every viewer header.
 */
export function recommendedOriginRequest(origin: Origin | undefined, current: OriginRequestSetting): OriginRequestSetting {
  const view = originRequestOf(current);
  if (originNeedsHost(origin)) {
    return view?.allViewerHeaders && !hasName(view.except, 'Host') ? current : { policy: 'AllViewer' };
  }
  if (origin?.type !== 'apigateway' && view?.allViewerHeaders) return current;
  return { ...ALL_VIEWER_EXCEPT_HOST };
}

/**
 * Legacy ForwardedValues converted to policies (facts 56, 57). Caching off (all TTLs 0 or `Headers:
 * ["*"]`) becomes CachingDisabled plus an all-viewer origin request policy; caching on becomes a custom
 * cache policy with the same key and the effective TTLs (clamped into order, fact 37), keeping the
 * behavior's origin request policy.
 */
export function legacyToPolicies(
  legacy: LegacyForwarding,
  behavior: AnyBehavior,
  origin: Origin | undefined,
): Pick<AnyBehavior, 'cache' | 'originRequest'> {
  const { minTtl, defaultTtl, maxTtl } = legacyTtls(legacy);
  const allHeaders = legacy.headers.some((h) => h.trim() === '*');
  if (allHeaders || maxTtl <= 0) {
    return { cache: { ...CACHING_DISABLED }, originRequest: recommendedOriginRequest(origin, behavior.originRequest) };
  }
  const ordered = [minTtl, defaultTtl, maxTtl].map((t) => Math.max(0, t)).sort((a, b) => a - b) as [number, number, number];
  const queryNames = legacy.queryStringCacheKeys;
  const cookieBehavior = legacy.cookies.forward;
  return {
    cache: {
      custom: {
        minTtl: ordered[0],
        defaultTtl: ordered[1],
        maxTtl: Math.max(1, ordered[2]),
        headers: legacy.headers.length > 0 ? { behavior: 'whitelist', names: [...legacy.headers] } : { behavior: 'none', names: [] },
        cookies: cookieBehavior === 'none' ? { behavior: 'none', names: [] } : { behavior: cookieBehavior, names: cookieBehavior === 'whitelist' ? [...legacy.cookies.names] : [] },
        queryStrings: !legacy.queryString
          ? { behavior: 'none', names: [] }
          : queryNames.length > 0
            ? { behavior: 'whitelist', names: [...queryNames] }
            : { behavior: 'all', names: [] },
        gzip: behavior.compress,
        brotli: behavior.compress,
      },
    },
    originRequest: behavior.originRequest,
  };
}
