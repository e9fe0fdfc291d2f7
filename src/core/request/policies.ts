/**
 * What a behavior's cache setting and origin request setting do to a viewer request: the cache key
 * (and so what is forwarded, fact 43), what the origin request policy forwards on top (facts 6-12, 53),
 * and which single header, query string or cookie reaches the origin (fact 44). Managed policies are
 * read through their traits (managed-policies.ts), whether named or given by ID; a `policyId` that is
 * not a managed policy is unknown, and every answer about it is `undefined` (never a guess).
 *
 * This is the only place that answers "is X forwarded?": rules, the trace, the symptom decoder and the
 * path tester all ask here.
 */
import {
  MANAGED_CACHE_POLICY_TRAITS,
  MANAGED_ORIGIN_REQUEST_POLICY_TRAITS,
  managedCachePolicyName,
  managedOriginRequestPolicyName,
  type ManagedCachePolicyName,
  type ManagedOriginRequestPolicyName,
} from '../model/managed-policies';
import type { AnyBehavior, CacheSetting, LegacyForwarding, OriginRequestSetting } from '../model/schema';

/** CloudFront's legacy defaults when a behavior with ForwardedValues omits TTLs (fact 37). */
export const LEGACY_DEFAULT_TTL = 86400;
export const LEGACY_MAX_TTL = 31536000;

/** A set of names as CloudFront policies express it. */
export interface NameSet {
  mode: 'none' | 'all' | 'whitelist' | 'allExcept';
  names: readonly string[];
}

const NONE: NameSet = { mode: 'none', names: [] };
const ALL: NameSet = { mode: 'all', names: [] };

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
  /** Query strings / cookies in the cache key. */
  queryStrings: boolean;
  cookies: boolean;
  queryStringSet: NameSet;
  cookieSet: NameSet;
  /** Legacy only: query strings forwarded (all of them when `QueryString: true`), whatever the key. */
  forwardedQueryStrings: NameSet;
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
  queryStringSet: NameSet;
  cookieSet: NameSet;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** True when `names` holds `name`, compared case-insensitively as HTTP header names are. */
export const hasName = (names: readonly string[], name: string) => names.some((n) => sameName(n, name));

/** Does a name set hold `name`? Query strings and cookies are case-sensitive. */
export function inNameSet(set: NameSet, name: string): boolean {
  switch (set.mode) {
    case 'none':
      return false;
    case 'all':
      return true;
    case 'whitelist':
      return set.names.includes(name);
    case 'allExcept':
      return !set.names.includes(name);
  }
}

function nameSet(mode: NameSet['mode'], names: readonly string[]): NameSet {
  return mode === 'none' ? NONE : mode === 'all' ? ALL : { mode, names };
}

/** Effective legacy TTLs: absent values take CloudFront's defaults, clamped upward (fact 37). */
export function legacyTtls(legacy: LegacyForwarding): { minTtl: number; defaultTtl: number; maxTtl: number } {
  const minTtl = legacy.minTtl ?? 0;
  const defaultTtl = legacy.defaultTtl ?? Math.max(LEGACY_DEFAULT_TTL, minTtl);
  const maxTtl = legacy.maxTtl ?? Math.max(LEGACY_MAX_TTL, defaultTtl);
  return { minTtl, defaultTtl, maxTtl };
}

/** The managed cache policy a setting names, by name or by ID; undefined for any other setting. */
export function managedCachePolicyOf(cache: CacheSetting): ManagedCachePolicyName | undefined {
  if ('policy' in cache) return cache.policy;
  if ('policyId' in cache) return managedCachePolicyName(cache.policyId);
  return undefined;
}

/** The managed origin request policy a setting names, by name or by ID. */
export function managedOriginRequestPolicyOf(setting: OriginRequestSetting): ManagedOriginRequestPolicyName | undefined {
  if (setting === null) return undefined;
  if ('policy' in setting) return setting.policy;
  if ('policyId' in setting) return managedOriginRequestPolicyName(setting.policyId);
  return undefined;
}

/** The cache key of a cache setting; undefined for a `policyId` that is not a managed policy. */
export function cacheKeyOf(cache: CacheSetting): CacheKeyView | undefined {
  if ('policy' in cache || 'policyId' in cache) {
    const name = managedCachePolicyOf(cache);
    if (!name) return undefined;
    const t = MANAGED_CACHE_POLICY_TRAITS[name];
    const queryStringSet = nameSet(t.queryStrings, t.queryStringNames ?? []); // Elemental-MediaPackage: four names (fact 176)
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
      queryStringSet,
      cookieSet: nameSet(t.cookies, []),
      forwardedQueryStrings: queryStringSet,
      cachingDisabled: t.maxTtl <= 0,
    };
  }
  if ('custom' in cache) {
    const c = cache.custom;
    const queryStringSet = nameSet(c.queryStrings.behavior, c.queryStrings.names);
    return {
      source: 'custom',
      minTtl: c.minTtl,
      defaultTtl: c.defaultTtl,
      maxTtl: c.maxTtl,
      headers: c.headers.behavior === 'whitelist' ? c.headers.names : [],
      allHeaders: false,
      queryStrings: c.queryStrings.behavior !== 'none',
      cookies: c.cookies.behavior !== 'none',
      queryStringSet,
      cookieSet: nameSet(c.cookies.behavior, c.cookies.names),
      forwardedQueryStrings: queryStringSet,
      cachingDisabled: c.maxTtl <= 0,
    };
  }
  const legacy = cache.legacy;
  const allHeaders = legacy.headers.some((h) => h.trim() === '*');
  const ttls = legacyTtls(legacy);
  // QueryString: true forwards every query string; QueryStringCacheKeys only narrows the key (fact 61).
  const keyQuery = !legacy.queryString ? NONE : legacy.queryStringCacheKeys.length > 0 ? nameSet('whitelist', legacy.queryStringCacheKeys) : ALL;
  return {
    source: 'legacy',
    ...ttls,
    headers: legacy.headers.filter((h) => h.trim() !== '*'),
    allHeaders,
    queryStrings: legacy.queryString,
    cookies: legacy.cookies.forward !== 'none',
    queryStringSet: keyQuery,
    cookieSet: nameSet(legacy.cookies.forward, legacy.cookies.names),
    forwardedQueryStrings: legacy.queryString ? ALL : NONE,
    cachingDisabled: allHeaders || ttls.maxTtl <= 0,
  };
}

/** What an origin request setting forwards: null = no policy; undefined = an unknown `policyId`. */
export function originRequestOf(setting: OriginRequestSetting): OriginRequestView | null | undefined {
  if (setting === null) return null;
  if ('policy' in setting || 'policyId' in setting) {
    const name = managedOriginRequestPolicyOf(setting);
    if (!name) return undefined;
    const t = MANAGED_ORIGIN_REQUEST_POLICY_TRAITS[name];
    return {
      managed: name,
      allViewerHeaders: t.allViewerHeaders,
      except: t.allViewerHeaders && !t.forwardsHost ? ['Host'] : [],
      headers: t.headers,
      queryStrings: t.queryStrings !== 'none',
      cookies: t.cookies !== 'none',
      queryStringSet: nameSet(t.queryStrings, []),
      cookieSet: nameSet(t.cookies, []),
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
    queryStringSet: nameSet(queryStrings.behavior, queryStrings.names),
    cookieSet: nameSet(cookies.behavior, cookies.names),
  };
}

export function cacheKeyHasHeader(key: CacheKeyView, name: string): boolean {
  return key.allHeaders || hasName(key.headers, name);
}

/**
 * Does the policy forward the viewer header? Authorization can only come through an all-viewer policy:
 * CloudFront refuses it by name in an origin request policy (fact 46).
 */
export function originRequestForwardsHeader(view: OriginRequestView | null, name: string): boolean {
  if (!view) return false;
  if (view.allViewerHeaders) return !hasName(view.except, name);
  return hasName(view.headers, name) && !sameName(name, 'Authorization');
}

/** true / false, or undefined when an unknown policy might forward it. */
export type Forwarded = boolean | undefined;

/**
 * The origin request policy that is in force: none next to legacy ForwardedValues, because CloudFront
 * refuses the pair and the renderer leaves the policy out (facts 58, 59).
 */
export function effectiveOriginRequest(behavior: Pick<AnyBehavior, 'cache' | 'originRequest'>): OriginRequestView | null | undefined {
  return 'legacy' in behavior.cache ? null : originRequestOf(behavior.originRequest);
}

function either(fromKey: boolean | undefined, fromPolicy: boolean | undefined): Forwarded {
  if (fromKey === true || fromPolicy === true) return true;
  if (fromKey === undefined || fromPolicy === undefined) return undefined;
  return false;
}

/** Does the viewer header `name` reach the origin (cache key or origin request policy, facts 43, 44)? */
export function forwardsHeader(behavior: Pick<AnyBehavior, 'cache' | 'originRequest'>, name: string): Forwarded {
  const key = cacheKeyOf(behavior.cache);
  const policy = effectiveOriginRequest(behavior);
  return either(key && cacheKeyHasHeader(key, name), policy === undefined ? undefined : originRequestForwardsHeader(policy, name));
}

/** Does the query string parameter `name` reach the origin? Without a name: does any? */
export function forwardsQueryString(behavior: Pick<AnyBehavior, 'cache' | 'originRequest'>, name?: string): Forwarded {
  const key = cacheKeyOf(behavior.cache);
  const policy = effectiveOriginRequest(behavior);
  const test = (set: NameSet) => (name === undefined ? set.mode !== 'none' : inNameSet(set, name));
  return either(key && test(key.forwardedQueryStrings), policy === undefined ? undefined : policy !== null && test(policy.queryStringSet));
}

/** Does the cookie `name` reach the origin? Without a name: does any? */
export function forwardsCookie(behavior: Pick<AnyBehavior, 'cache' | 'originRequest'>, name?: string): Forwarded {
  const key = cacheKeyOf(behavior.cache);
  const policy = effectiveOriginRequest(behavior);
  const test = (set: NameSet) => (name === undefined ? set.mode !== 'none' : inNameSet(set, name));
  return either(key && test(key.cookieSet), policy === undefined ? undefined : policy !== null && test(policy.cookieSet));
}

/** Where a forwarded header comes from, for messages: the policy that sends it. */
export interface HeaderSource {
  via: 'originRequest' | 'cacheKey';
  /** `AllViewer`, `managed cache policy UseOriginCacheControlHeaders`, `legacy Headers ["*"]` ... */
  label: string;
}

/** Every setting of the behavior that forwards the header, with a readable label; [] when none does. */
export function headerSources(behavior: Pick<AnyBehavior, 'cache' | 'originRequest'>, name: string): HeaderSource[] {
  const out: HeaderSource[] = [];
  const policy = effectiveOriginRequest(behavior);
  if (policy && originRequestForwardsHeader(policy, name)) {
    const label = policy.managed ?? (policy.allViewerHeaders ? 'a custom policy forwarding all viewer headers' : `a custom policy naming ${name}`);
    out.push({ via: 'originRequest', label });
  }
  const key = cacheKeyOf(behavior.cache);
  if (key && cacheKeyHasHeader(key, name)) {
    const label =
      key.source === 'managed'
        ? `managed cache policy ${key.managed}`
        : key.source === 'custom'
          ? `custom cache policy naming ${name}`
          : key.allHeaders
            ? 'legacy Headers ["*"]'
            : `legacy Headers naming ${name}`;
    out.push({ via: 'cacheKey', label });
  }
  return out;
}
