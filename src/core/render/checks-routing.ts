/**
 * Verification-plan checks for an API origin's custom-domain routing rules (facts 171, 187-190): for each
 * rule, a request through CloudFront that carries the rule's headers and base path, with the stage the
 * request model says answers it; or why no request through CloudFront can reach that rule.
 */
import { effectiveOriginPath } from '../model/derive';
import type { ApiGatewayOrigin, ApifrontConfig, RoutingRule } from '../model/schema';
import { afterSegments } from '../paths/route';
import { requestFor, trace } from '../request';
import { trimBasePath } from '../request/routing';

/** A header value the glob matches: the glob without its wildcards (`beta*` -> `beta`, `*` -> `any`). */
export function sampleHeaderValue(glob: string): string {
  return glob.replace(/\*/g, '') || 'any';
}

interface RoutingProbe {
  viewerPath: string;
  headers: Record<string, string>;
}

/** The viewer request that should meet `rule`: its base path below the origin path, its headers. */
function probeFor(origin: ApiGatewayOrigin, rule: RoutingRule): RoutingProbe | null {
  const base = trimBasePath(rule.basePath);
  const viewerPath = afterSegments(base ? `/${base}` : '/', effectiveOriginPath(origin));
  if (viewerPath === null) return null;
  // A Host condition is met (or not) by the Host CloudFront sends, not by a header the caller adds.
  const headers = Object.fromEntries(rule.headers.filter((h) => h.name.toLowerCase() !== 'host').map((h) => [h.name.toLowerCase(), sampleHeaderValue(h.valueGlob)]));
  return { viewerPath, headers };
}

function ruleCheck(config: ApifrontConfig, origin: ApiGatewayOrigin, rule: RoutingRule, index: number, curl: (path: string, headers: Record<string, string>) => string): string[] {
  const title = `Routing rule ${rule.priority} -> stage \`${rule.target.stage}\` of API \`${rule.target.apiId}\``;
  const probe = probeFor(origin, rule);
  if (!probe) return [`${title}: no viewer path reaches base path \`${trimBasePath(rule.basePath)}\` through origin path \`${effectiveOriginPath(origin)}\`.`, ''];
  const traced = trace(config, { ...requestFor(config, probe.viewerPath), headers: probe.headers });
  const routing = traced.ok ? traced.trace.api?.routing : undefined;
  const lines = [`${title}, through CloudFront:`, '```sh', curl(probe.viewerPath, probe.headers), '```', ''];
  if (traced.ok && traced.trace.originRequest.originId === origin.id && routing?.rule?.index === index) {
    lines.push(`**Expect:** API Gateway invokes stage \`${rule.target.stage}\` of API \`${rule.target.apiId}\` with path \`${routing.path}\` (its access log, or \`$context.stage\` in a response, shows which stage answered).`, '');
  } else {
    const why = !traced.ok ? traced.error : routing ? routing.reason : traced.trace.answer.reason;
    lines.push(`**Expect:** not this rule: ${why} Check the rule's conditions against what CloudFront forwards (AF219).`, '');
  }
  return lines;
}

/** One section per API origin whose custom domain routes by rules; none otherwise. */
export function routingRulesChecks(config: ApifrontConfig, curl: (path: string, headers: Record<string, string>) => string): string[] {
  const lines: string[] = [];
  for (const origin of config.origins) {
    if (origin.type !== 'apigateway' || !origin.api.customDomain) continue;
    const domain = origin.api.customDomain;
    if ((domain.routingMode ?? 'API_MAPPING_ONLY') === 'API_MAPPING_ONLY' || !domain.routingRules?.length) continue;
    lines.push(`## Routing rules of \`${domain.name}\` (origin \`${origin.id}\`, ${domain.routingMode})`, '');
    const ordered = domain.routingRules.map((rule, index) => ({ rule, index })).sort((a, b) => a.rule.priority - b.rule.priority || a.index - b.index);
    for (const { rule, index } of ordered) lines.push(...ruleCheck(config, origin, rule, index, curl));
  }
  return lines;
}
