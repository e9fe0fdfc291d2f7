/**
 * route(config, viewerUrl): where CloudFront sends a viewer request and what API Gateway will make
 * of it. Behavior by first match (fact 27), upstream URL = origin domain + origin path + viewer path
 * (CloudFront never strips the pattern, fact 33, unless the behavior's strip-prefix function does),
 * then API Gateway's stage selection (facts 63-65, 67) and, when the routes are known, route matching
 * with the answers API Gateway gives for a miss (REST 403 Missing Authentication Token, fact 66; HTTP
 * API 404 Not Found, fact 65).
 */
import { allowedMethods, effectiveOriginPath, findOrigin, originDomainName } from '../model/derive';
import type { ApiGatewayOrigin, ApiRoute, ApifrontConfig, Origin } from '../model/schema';
import { firstMatch, normalizePattern, strippablePrefix, stripPrefixFromPath, type MatchedBehavior } from './match';

export type ApiOutcome = 'ok' | 'missing-route' | 'method-not-allowed' | 'unknown';

export interface ApiRouteInfo {
  /** False when the config lists no routes: only the stage can be checked then. */
  routesKnown: boolean;
  matchedRoute?: { method: string; path: string };
  outcome: ApiOutcome;
  expectedStatus?: number;
  expectedBody?: string;
  /** The path API Gateway routes on (after the stage or custom-domain base path), when it gets that far. */
  apiPath?: string;
  explanation: string;
}

export interface RouteOk {
  ok: true;
  /** Index in `behaviors`, or null for the default behavior. */
  behaviorIndex: number | null;
  behaviorPath: ['behaviors', number] | ['defaultBehavior'];
  pattern: string;
  originId: string;
  originType: Origin['type'];
  /** The viewer path (no query) CloudFront matched. */
  viewerPath: string;
  /** `https://<origin domain><origin path><path>[?query]`: what the origin receives. */
  upstreamUrl: string;
  /** The path part of upstreamUrl (origin path included). */
  upstreamPath: string;
  prefixStripped: boolean;
  /** False: CloudFront answers 403 itself (facts 20, 21). */
  methodAllowed: boolean;
  api?: ApiRouteInfo;
}

export type RouteResult = RouteOk | { ok: false; message: string };

const REST_MISS = { status: 403, body: '{"message":"Missing Authentication Token"}' };
const HTTP_MISS = { status: 404, body: '{"message":"Not Found"}' };

interface ParsedUrl {
  path: string;
  query: string;
}

/** Accept `https://host/path?q` or `/path?q`; anything else gets a message saying what to enter. */
export function parseViewerUrl(input: string): ParsedUrl | { error: string } {
  const text = input.trim();
  if (text === '') return { error: 'Enter a path such as /api/users or a full URL such as https://api.example.com/api/users.' };
  if (/\s/.test(text)) return { error: `"${text}" contains a space; encode it as %20.` };
  let rest: string;
  if (text.startsWith('/')) rest = text;
  else {
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(text);
    if (!m) return { error: `"${text}" is neither a path starting with / nor a full URL (https://host/path).` };
    const scheme = (m[1] ?? '').toLowerCase();
    if (scheme === 'ws' || scheme === 'wss') return { error: 'WebSocket URLs are not supported: CloudFront here fronts REST and HTTP APIs.' };
    if (scheme !== 'https' && scheme !== 'http') return { error: `"${scheme}://" is not a web URL; use https://host/path.` };
    if (!m[2]) return { error: `"${text}" has no host name.` };
    rest = m[3] || '/';
    if (!rest.startsWith('/')) rest = `/${rest}`;
  }
  const noFragment = rest.split('#', 1)[0] ?? '';
  const q = noFragment.indexOf('?');
  return q === -1 ? { path: noFragment, query: '' } : { path: noFragment.slice(0, q), query: noFragment.slice(q + 1) };
}

/** Path segments without the leading empty one; a trailing `/` is ignored (`/users/` ~ `/users`). */
function segments(path: string): string[] {
  const parts = path.split('/').slice(1);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** How specific a matching route template is: literal segments beat `{param}`, which beat `{proxy+}`. */
function routeScore(template: string, path: string): number | null {
  if (template === '$default') return 0; // HTTP API catch-all route (fact 65)
  const t = segments(template);
  const p = segments(path);
  let score = 1;
  for (let i = 0; i < t.length; i++) {
    const seg = t[i] ?? '';
    if (/^\{[^}]+\+\}$/.test(seg)) {
      // greedy: one or more remaining segments
      return i === t.length - 1 && p.length > i ? score + 1 : null;
    }
    const actual = p[i];
    if (actual === undefined || actual === '') return null;
    if (/^\{[^}]+\}$/.test(seg)) score += 100;
    else if (seg === actual) score += 10_000;
    else return null;
  }
  return t.length === p.length ? score + 1_000_000 : null;
}

/** The best route for a path and method, and whether some route has the path with another method. */
export function matchApiRoute(
  routes: readonly ApiRoute[],
  path: string,
  method: string,
): { route?: ApiRoute; pathKnown: boolean } {
  let best: { route: ApiRoute; score: number } | undefined;
  let pathKnown = false;
  for (const route of routes) {
    const score = routeScore(route.path, path);
    if (score === null) continue;
    pathKnown = true;
    if (route.method !== 'ANY' && route.method !== method) continue;
    // An exact method beats ANY on the same template.
    const total = score * 2 + (route.method === method ? 1 : 0);
    if (!best || total > best.score) best = { route, score: total };
  }
  return best ? { route: best.route, pathKnown } : { pathKnown };
}

/** `prefix` as whole leading segments of `path`: the rest (at least `/`), or null. */
function afterSegments(path: string, prefix: string): string | null {
  if (prefix === '' || prefix === '/') return path;
  if (path === prefix) return '/';
  if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  return null;
}

/**
 * Where API Gateway routes an upstream path: strip the stage (execute-api host) or the custom
 * domain's base path. `null` path with a reason when the request never reaches a route.
 */
export function apiPathOf(origin: ApiGatewayOrigin, upstreamPath: string): { path: string } | { path: null; reason: string } {
  const { api } = origin;
  if (api.customDomain) {
    const base = api.customDomain.basePath.replace(/^\/+|\/+$/g, '');
    if (base === '') return { path: upstreamPath };
    const rest = afterSegments(upstreamPath, `/${base}`);
    return rest === null
      ? { path: null, reason: `the custom domain ${api.customDomain.name} maps this API under base path /${base}, and ${upstreamPath} does not start with it` }
      : { path: rest };
  }
  if (api.kind === 'http' && api.stage === '$default') return { path: upstreamPath };
  const rest = afterSegments(upstreamPath, `/${api.stage}`);
  if (rest !== null) return { path: rest };
  return {
    path: null,
    reason:
      api.kind === 'rest'
        ? `${upstreamPath} does not start with the stage /${api.stage}: on the execute-api host a REST API needs the stage as the first path segment (set the origin path to /${api.stage})`
        : `${upstreamPath} does not start with the stage /${api.stage}, so API Gateway looks for a $default stage instead (set the origin path to /${api.stage})`,
  };
}

function apiInfo(origin: ApiGatewayOrigin, upstreamPath: string, method: string): ApiRouteInfo {
  const { api } = origin;
  const miss = api.kind === 'rest' ? REST_MISS : HTTP_MISS;
  const routesKnown = api.routes.length > 0;
  const target = apiPathOf(origin, upstreamPath);
  if (target.path === null) {
    return {
      routesKnown,
      outcome: 'missing-route',
      expectedStatus: miss.status,
      expectedBody: miss.body,
      explanation: `API Gateway answers ${miss.status} ${miss.body}: ${target.reason}.`,
    };
  }
  const apiPath = target.path;
  if (!routesKnown) {
    return {
      routesKnown,
      outcome: 'unknown',
      apiPath,
      explanation: `API Gateway routes ${method} ${apiPath}; the API's routes are not listed, so whether it exists is unknown (a miss gives ${miss.status} ${miss.body}).`,
    };
  }
  const { route, pathKnown } = matchApiRoute(api.routes, apiPath, method);
  if (route) {
    return {
      routesKnown,
      matchedRoute: { method: route.method, path: route.path },
      outcome: 'ok',
      apiPath,
      explanation: `API Gateway routes ${method} ${apiPath} to ${route.method} ${route.path}.`,
    };
  }
  return {
    routesKnown,
    outcome: pathKnown ? 'method-not-allowed' : 'missing-route',
    expectedStatus: miss.status,
    expectedBody: miss.body,
    apiPath,
    explanation: pathKnown
      ? `The API has ${apiPath} but no ${method} (or ANY) route for it: API Gateway answers ${miss.status} ${miss.body}.`
      : `No API route matches ${apiPath}: API Gateway answers ${miss.status} ${miss.body}.`,
  };
}

/**
 * Follow one viewer request through the distribution: which behavior matches, the exact upstream
 * URL, whether CloudFront allows the method, and (for API Gateway origins) what the API will do.
 * `viewerUrl` is a full URL or a path starting with `/`; anything else gives `{ ok: false, message }`.
 */
export function route(config: ApifrontConfig, viewerUrl: string, method = 'GET'): RouteResult {
  const parsed = parseViewerUrl(viewerUrl);
  if ('error' in parsed) return { ok: false, message: parsed.error };
  return routeVia(config, firstMatch(config, parsed.path), parsed.path, parsed.query, method);
}

/**
 * route() for a given behavior, whether or not CloudFront would pick it for this path: what the
 * origin would receive if the request went through `matched` (rules use it to ask "what if").
 */
export function routeVia(config: ApifrontConfig, matched: MatchedBehavior, path: string, query = '', method = 'GET'): RouteResult {
  const verb = method.trim().toUpperCase();
  const behaviorLabel = matched.isDefault ? 'the default behavior' : `behavior ${matched.pattern}`;
  const origin = findOrigin(config, matched.behavior.originId);
  if (!origin) {
    return { ok: false, message: `${behaviorLabel} targets origin "${matched.behavior.originId}", which does not exist; pick one of the origins.` };
  }
  const prefix = matched.behavior.stripPrefix ? strippablePrefix(matched.pattern) : null;
  const forwardedPath = prefix ? stripPrefixFromPath(prefix, path) : path;
  const upstreamPath = `${effectiveOriginPath(origin)}${forwardedPath}`;
  const scheme = origin.type === 'custom' && origin.protocol === 'http-only' ? 'http' : 'https';
  const upstreamUrl = `${scheme}://${originDomainName(origin)}${upstreamPath}${query ? `?${query}` : ''}`;
  const methods: readonly string[] = allowedMethods(matched.behavior.methods);
  return {
    ok: true,
    behaviorIndex: matched.index,
    behaviorPath: matched.index === null ? ['defaultBehavior'] : ['behaviors', matched.index],
    pattern: matched.pattern,
    originId: origin.id,
    originType: origin.type,
    viewerPath: path,
    upstreamUrl,
    upstreamPath,
    prefixStripped: prefix !== null && forwardedPath !== path,
    methodAllowed: methods.includes(verb),
    ...(origin.type === 'apigateway' ? { api: apiInfo(origin, upstreamPath, verb) } : {}),
  };
}

/**
 * The inverse of route() for one behavior: the viewer path that reaches API path `apiPath` through
 * `matched` (stage or base path, origin path and strip-prefix undone), or null when no viewer path
 * can (the origin path points elsewhere). The caller checks that CloudFront picks that behavior.
 */
export function viewerPathFor(origin: ApiGatewayOrigin, matched: Pick<MatchedBehavior, 'pattern' | 'behavior'>, apiPath: string): string | null {
  const { api } = origin;
  const tail = apiPath === '/' ? '' : apiPath;
  let upstream = apiPath;
  if (api.customDomain) {
    const base = api.customDomain.basePath.replace(/^\/+|\/+$/g, '');
    if (base) upstream = `/${base}${tail}`;
  } else if (!(api.kind === 'http' && api.stage === '$default')) {
    upstream = `/${api.stage}${tail}`;
  }
  const forwarded = afterSegments(upstream, effectiveOriginPath(origin));
  if (forwarded === null) return null;
  const prefix = matched.behavior.stripPrefix ? strippablePrefix(matched.pattern) : null;
  if (!prefix) return forwarded;
  return forwarded === '/' ? prefix : `${prefix}${forwarded}`;
}

/** A concrete API path for a route template: `{id}` and `{proxy+}` become `example`; null for `$default`. */
export function sampleApiPath(template: string): string | null {
  if (template === '$default' || !template.startsWith('/')) return null;
  return template.replace(/\{[^}]+\}/g, 'example');
}

/** `$default` or a greedy first segment (`/{proxy+}`): a route that takes every path. */
export function isCatchAllRoute(template: string): boolean {
  return template === '$default' || /^\/\{[^}]+\+\}$/.test(template);
}

/**
 * Can a route template serve paths under `apiPrefix` (`/api`)? True when its leading segments match
 * the prefix's (a `{param}` matches any one, a greedy `{proxy+}` everything after); `$default` always.
 */
export function routeCoversPrefix(template: string, apiPrefix: string): boolean {
  if (template === '$default') return true;
  const t = segments(template);
  const p = segments(apiPrefix);
  for (let i = 0; i < p.length; i++) {
    const seg = t[i];
    if (seg === undefined) return false;
    if (/^\{[^}]+\+\}$/.test(seg)) return true;
    if (/^\{[^}]+\}$/.test(seg)) continue;
    if (seg !== p[i]) return false;
  }
  return true;
}

/**
 * A concrete viewer path the pattern matches, for messages: the first `*` becomes `fill` (without
 * its leading `/` when the pattern already has one there), other `*` nothing, `?` an `x`.
 */
export function samplePathForPattern(pattern: string, fill = 'users'): string {
  const p = normalizePattern(pattern);
  let used = false;
  const out = [...p]
    .map((ch) => {
      if (ch === '?') return 'x';
      if (ch !== '*') return ch;
      if (used) return '';
      used = true;
      return fill;
    })
    .join('');
  return out.startsWith('/') ? out : `/${out}`;
}
