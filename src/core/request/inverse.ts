/**
 * The trace run backwards for one behavior: the viewer path that reaches API path `apiPath` through it
 * (stage or base path, origin path and the function's strip-prefix undone), or null when no viewer path
 * can (the origin path points elsewhere). The caller checks that CloudFront picks that behavior.
 *
 * With routing rules in use (facts 171, 189) the upstream path may come through a rule without header
 * conditions (a request needs no particular header) or through the API mapping; each candidate is routed
 * forwards again and kept only when it really lands on `apiPath` of this API.
 */
import { effectiveOriginPath, originDomainName } from '../model/derive';
import type { AnyBehavior, ApiGatewayOrigin } from '../model/schema';
import { afterSegments } from '../paths/route';
import { functionRewritesOf } from './rewrites';
import { routeThroughRules, trimBasePath } from './routing';

/** Upstream paths (below the origin host) that API Gateway could route to `apiPath` of this API. */
function upstreamCandidates(origin: ApiGatewayOrigin, apiPath: string): string[] {
  const { api } = origin;
  const tail = apiPath === '/' ? '' : apiPath;
  const cd = api.customDomain;
  if (!cd) return [api.kind === 'http' && api.stage === '$default' ? apiPath : `/${api.stage}${tail}`];
  const base = trimBasePath(cd.basePath);
  const mapping = base ? `/${base}${tail}` : apiPath;
  if ((cd.routingMode ?? 'API_MAPPING_ONLY') === 'API_MAPPING_ONLY') return [mapping];
  const byRules = [...(cd.routingRules ?? [])]
    .filter((r) => r.headers.length === 0 && r.target.apiId === api.id)
    .sort((a, b) => a.priority - b.priority)
    .map((r) => {
      const rb = trimBasePath(r.basePath);
      return rb && r.stripBasePath ? `/${rb}${tail}` : apiPath;
    });
  const all = cd.routingMode === 'ROUTING_RULE_THEN_API_MAPPING' ? [...byRules, mapping] : byRules;
  const host = originDomainName(origin).toLowerCase();
  return all.filter((upstream) => {
    const routed = routeThroughRules(cd, { path: upstream, headers: { host }, dropped: [] });
    if (!routed || routed.outcome === 'api-mapping') return upstream === mapping;
    return routed.outcome === 'rule' && routed.rule?.apiId === api.id && routed.path === apiPath;
  });
}

export function viewerPathFor(origin: ApiGatewayOrigin, matched: { pattern: string; isDefault: boolean; behavior: AnyBehavior }, apiPath: string): string | null {
  const prefix = functionRewritesOf(matched.behavior, matched.isDefault ? null : matched.pattern)?.stripPrefix ?? null;
  for (const upstream of upstreamCandidates(origin, apiPath)) {
    const forwarded = afterSegments(upstream, effectiveOriginPath(origin));
    if (forwarded === null) continue;
    if (!prefix) return forwarded;
    return forwarded === '/' ? prefix : `${prefix}${forwarded}`;
  }
  return null;
}
