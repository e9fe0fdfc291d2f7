/**
 * API Gateway's side of routing: where it routes an upstream path (the stage or the custom domain's
 * base path first, facts 63-65, 67) and which route template matches (literal beats `{param}` beats
 * `{proxy+}`, fact 65). The request model (src/core/request) asks here, and so do the path rules.
 */
import type { ApiGatewayOrigin, ApiRoute } from '../model/schema';
import { normalizePattern } from './match';

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
export function afterSegments(path: string, prefix: string): string | null {
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
