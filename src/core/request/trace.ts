/**
 * trace(config, request): the one model of what CloudFront and API Gateway do with a viewer request.
 * Behavior by first match (facts 21-27) -> the behavior's function (strip prefix, X-Forwarded-Host;
 * fact 33: CloudFront itself never strips) -> the cache decision (facts 19, 37-47) -> the origin
 * request (origin path + path, Host or not, forwarded headers, query strings and cookies, custom
 * headers; facts 43, 44, 46, 53, 70, 85, 87, 88) -> the predicted answer (answer.ts).
 *
 * Every rule, renderer and view that needs one of these answers asks here.
 */
import { allowedMethods, cachedMethods, effectiveOriginPath, effectiveVerifyHeader, findOrigin, originDomainName } from '../model/derive';
import type { AnyBehavior, ApifrontConfig, Origin } from '../model/schema';
import { firstMatch, matchPattern, type MatchedBehavior } from '../paths/match';
import { looksLikeSecretHeader } from '../share/secret-headers';
import { predictAnswer } from './answer';
import { SECRET_VALUE } from './secret-value';
import { credentialHeaderOf } from './credentials';
import { cacheKeyOf, effectiveOriginRequest, forwardsCookie, forwardsHeader, forwardsQueryString, type CacheKeyView } from './policies';
import { applyRewrites, functionRewritesOf, stripPrefixIgnored } from './rewrites';
import type { BehaviorStep, CacheStep, CacheWhen, OriginRequestStep, RewriteStep, Trace, TraceResult } from './types';
import { DISTRIBUTION_HOST_PLACEHOLDER, cookiePairs, queryPairs, viewerRequest, type ViewerRequest, type ViewerRequestInput } from './viewer-request';

export { SECRET_VALUE };

/** The headers CloudFront adds for an origin (fact 85: they overwrite viewer headers of the same name). */
export function originCustomHeaders(origin: Origin): { name: string; value: string; secret: boolean }[] {
  // A header that looks secret is rendered as a NoEcho parameter (never a literal): the trace shows no value either.
  const out = origin.customHeaders.map((h) => {
    const secret = looksLikeSecretHeader(h.name, h.value);
    return { name: h.name, value: secret ? SECRET_VALUE : h.value, secret };
  });
  if (origin.type === 'apigateway') {
    const verify = effectiveVerifyHeader(origin);
    if (verify) out.push({ name: verify, value: SECRET_VALUE, secret: true });
  }
  return out;
}

/** The viewer Host when the URL gives none: the first alias, else the distribution's domain. */
export function defaultViewerHost(config: ApifrontConfig): string | undefined {
  const alias = config.domain.aliases[0]?.trim().toLowerCase();
  return alias ? alias : undefined;
}

function behaviorStep(config: ApifrontConfig, matched: MatchedBehavior, path: string): BehaviorStep {
  const last = matched.index ?? config.behaviors.length;
  const skipped = config.behaviors.slice(0, last).map((b) => b.pathPattern);
  // Only a behavior picked by CloudFront itself has its predecessors all not matching.
  const picked = skipped.every((p) => !matchPattern(p, path));
  return {
    index: matched.index,
    pattern: matched.pattern,
    isDefault: matched.isDefault,
    configPath: matched.index === null ? ['defaultBehavior'] : ['behaviors', matched.index],
    skipped: picked ? skipped : [],
    facts: [21, 22, 23, 25, 27],
  };
}

function rewriteStep(matched: MatchedBehavior, request: ViewerRequest): RewriteStep {
  const pattern = matched.isDefault ? null : matched.pattern;
  const rewrites = functionRewritesOf(matched.behavior, pattern);
  const { uri, addedHeaders } = applyRewrites(rewrites, request.path, request.host);
  return {
    rewrites,
    stripIgnored: stripPrefixIgnored(matched.behavior, pattern),
    uriBefore: request.path,
    uriAfter: uri,
    addedHeaders,
    facts: [33, 90],
  };
}

function cacheWhen(key: CacheKeyView): CacheWhen {
  if (key.cachingDisabled) return 'never';
  if (key.minTtl > 0) return 'always';
  if (key.defaultTtl > 0) return 'unless-origin-forbids';
  return 'if-origin-allows';
}

/** The per-user inputs of a request: credentials it carries or the API requires, and cookies. */
function perUserInputs(request: ViewerRequest, needed: string | undefined): string[] {
  const names = ['authorization', 'x-api-key', 'cookie'].filter((n) => n in request.headers);
  if (needed && !names.includes(needed)) names.push(needed);
  return names;
}

function cacheStep(behavior: AnyBehavior, origin: Origin | undefined, request: ViewerRequest): CacheStep {
  const key = cacheKeyOf(behavior.cache);
  const facts = [19, 37, 38, 39, 40, 43];
  if (!key) {
    return {
      known: false,
      cached: false,
      when: 'never',
      sharedAcrossUsers: false,
      leakingInputs: [],
      reason: 'The behavior uses an existing cache policy apifront cannot see: its TTLs and cache key are unknown.',
      facts,
    };
  }
  const ttl = { min: key.minTtl, default: key.defaultTtl, max: key.maxTtl };
  const keyView = { headers: key.allHeaders ? ['*'] : [...key.headers], queryStrings: key.queryStringSet, cookies: key.cookieSet };
  const methodCached = (cachedMethods(behavior.cachedMethods) as string[]).includes(request.method);
  const when = methodCached ? cacheWhen(key) : 'never';
  const cached = when !== 'never';
  const leakingInputs = cached
    ? perUserInputs(request, credentialHeaderOf(origin)).filter((name) =>
        name === 'cookie' ? key.cookieSet.mode === 'none' : !key.allHeaders && !key.headers.some((h) => h.toLowerCase() === name),
      )
    : [];
  const reason = !methodCached
    ? `CloudFront caches only ${cachedMethods(behavior.cachedMethods).join(', ')} on this behavior; ${request.method} goes to the origin every time.`
    : when === 'never'
      ? key.allHeaders
        ? 'Legacy Headers ["*"] turns caching off.'
        : 'Caching is off (MaxTTL 0): every request goes to the origin.'
      : when === 'always'
        ? `Cached for at least ${key.minTtl} s, even when the origin says no-store or private (MinTTL > 0).`
        : when === 'unless-origin-forbids'
          ? `Cached for ${key.defaultTtl} s unless the origin sends Cache-Control no-store, no-cache or private.`
          : 'Cached only when the origin sends Cache-Control max-age or s-maxage (DefaultTTL 0).';
  return {
    known: true,
    cached,
    when,
    ttl,
    key: keyView,
    sharedAcrossUsers: leakingInputs.length > 0,
    leakingInputs,
    reason:
      leakingInputs.length > 0
        ? `${reason} ${leakingInputs.join(' and ')} ${leakingInputs.length > 1 ? 'are' : 'is'} not in the cache key, so one caller's cached response can be served to another.`
        : reason,
    facts: leakingInputs.length > 0 ? [...facts, 46, 47] : facts,
  };
}

function schemeFor(origin: Origin, request: ViewerRequest): 'https' | 'http' {
  if (origin.type !== 'custom') return 'https';
  if (origin.protocol === 'match-viewer') return request.scheme;
  return origin.protocol === 'http-only' ? 'http' : 'https';
}

function originRequestStep(behavior: AnyBehavior, origin: Origin, request: ViewerRequest, rewrite: RewriteStep): OriginRequestStep {
  const domain = originDomainName(origin);
  let partlyUnknown = effectiveOriginRequest(behavior) === undefined || cacheKeyOf(behavior.cache) === undefined;
  const headers: Record<string, string> = {};
  const dropped = { headers: [] as string[], queryStrings: [] as string[], cookies: [] as string[] };

  const hostForwarded = forwardsHeader(behavior, 'Host');
  const host = hostForwarded === true ? request.host : domain;
  headers.host = host;

  const viewerHeaders = { ...request.headers, ...rewrite.addedHeaders };
  for (const [name, value] of Object.entries(viewerHeaders)) {
    if (name === 'cookie') continue;
    const forwarded = forwardsHeader(behavior, name);
    if (forwarded === true) headers[name] = value;
    else if (forwarded === false) dropped.headers.push(name);
  }

  const cookies = cookiePairs(request.headers.cookie).filter((c) => {
    const forwarded = forwardsCookie(behavior, c.name);
    if (forwarded === false) dropped.cookies.push(c.name);
    return forwarded === true;
  });
  if (cookies.length > 0) headers.cookie = cookies.map((c) => c.raw).join('; ');

  const query = queryPairs(request.query)
    .filter((q) => {
      const forwarded = forwardsQueryString(behavior, q.name);
      if (forwarded === false) dropped.queryStrings.push(q.name);
      return forwarded === true;
    })
    .map((q) => q.raw)
    .join('&');

  for (const custom of originCustomHeaders(origin)) headers[custom.name.toLowerCase()] = custom.value;

  if (hostForwarded === undefined) partlyUnknown = true;
  const scheme = schemeFor(origin, request);
  const path = `${effectiveOriginPath(origin)}${rewrite.uriAfter}`;
  return {
    originId: origin.id,
    originType: origin.type,
    scheme,
    host,
    // With Host forwarded, CloudFront checks the origin certificate against the Host value (fact 88).
    sni: host,
    hostForwarded,
    path,
    query,
    url: `${scheme}://${domain}${path}${query ? `?${query}` : ''}`,
    headers,
    dropped,
    partlyUnknown,
    facts: [43, 44, 46, 53, 70, 85, 87, 88],
  };
}

/** The trace of a request through a given behavior, whether or not CloudFront would pick it for this path. */
export function traceVia(config: ApifrontConfig, matched: MatchedBehavior, request: ViewerRequest): TraceResult {
  const origin = findOrigin(config, matched.behavior.originId);
  const label = matched.isDefault ? 'The default behavior' : `Behavior ${matched.pattern}`;
  if (!origin) return { ok: false, error: `${label} targets origin "${matched.behavior.originId}", which does not exist; pick one of the origins.` };
  const behavior = behaviorStep(config, matched, request.path);
  const methodAllowed = (allowedMethods(matched.behavior.methods) as string[]).includes(request.method);
  const rewrite = rewriteStep(matched, request);
  const cache = cacheStep(matched.behavior, origin, request);
  const originRequest = originRequestStep(matched.behavior, origin, request, rewrite);
  const { answer, api, reachesOrigin } = predictAnswer({ config, behavior: matched.behavior, origin, request, methodAllowed, originRequest });
  const notes: string[] = [];
  if (config.distribution.webAclArn) notes.push('The distribution has a web ACL: its rules may block this request with 403 before any of this.');
  if (originRequest.partlyUnknown) notes.push('An existing policy decides part of what is forwarded; apifront cannot see it.');
  const domain = origin.type === 'apigateway' ? origin.api.customDomain : null;
  if (domain?.routingRules?.length && (domain.routingMode ?? 'API_MAPPING_ONLY') === 'API_MAPPING_ONLY') {
    notes.push(`Custom domain ${domain.name} has routing rules, but its routing mode is API_MAPPING_ONLY: API Gateway ignores them (fact 171).`);
  }
  const trace: Trace = {
    request,
    behavior,
    methodAllowed,
    rewrite,
    cache,
    originRequest,
    reachesOrigin,
    ...(api ? { api } : {}),
    answer,
    notes,
  };
  return { ok: true, trace };
}

/** A plain HTTPS GET (or `method`) for a path, as rules and plans ask "what happens to this path". */
export function requestFor(config: ApifrontConfig, path: string, method = 'GET'): ViewerRequest {
  return { method, scheme: 'https', host: defaultViewerHost(config) ?? DISTRIBUTION_HOST_PLACEHOLDER, path, query: '', headers: {} };
}

/** Follow one viewer request through the distribution. */
export function trace(config: ApifrontConfig, request: ViewerRequest): TraceResult {
  return traceVia(config, firstMatch(config, request.path), request);
}

/** trace() from a URL or path, a method and `Name: value` header lines; the Host defaults to the first alias. */
export function traceUrl(config: ApifrontConfig, input: ViewerRequestInput): TraceResult {
  const host = input.defaultHost ?? defaultViewerHost(config);
  const parsed = viewerRequest({ ...input, ...(host ? { defaultHost: host } : {}) });
  if (!parsed.ok) return parsed;
  return trace(config, parsed.value);
}
