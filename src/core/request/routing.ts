/**
 * API Gateway's routing rules on a custom domain (facts 171, 172, 187-189), applied to the origin request
 * CloudFront forms: with a ROUTING_RULE_* mode the rules are tried by ascending priority and the first whose
 * conditions all hold picks the REST API stage; ROUTING_RULE_THEN_API_MAPPING then falls back to the API
 * mapping, ROUTING_RULE_ONLY refuses with 403. API_MAPPING_ONLY (the default) never looks at the rules.
 *
 * The headers tested are the ones CloudFront actually sends (the origin request), so a header CloudFront
 * does not forward never matches (fact 172), and a Host condition sees the Host CloudFront sends.
 */
import type { CustomDomain, RoutingRule } from '../model/schema';
import { afterSegments } from '../paths/route';
import { SECRET_VALUE } from './secret-value';
import type { RoutingRuleTry, RoutingStep } from './types';

/** The base path of a rule or mapping without its slashes: `v2/orders`. */
export function trimBasePath(path: string | undefined): string {
  return (path ?? '').replace(/^\/+|\/+$/g, '');
}

/**
 * A header glob (fact 187): `*` any value, `*x*` contains, `*x` ends with, `x*` starts with; anything else
 * is a literal, case-sensitive match (AWS refuses `*` in the middle when the rule is created).
 */
export function headerGlobMatches(glob: string, value: string): boolean {
  if (glob === '*') return true;
  const lead = glob.startsWith('*');
  const trail = glob.length > 1 && glob.endsWith('*');
  const core = glob.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (lead && trail) return value.includes(core);
  if (lead) return value.endsWith(core);
  if (trail) return value.startsWith(core);
  return value === glob;
}

type Verdict = { ok: true } | { ok: false; why: string } | { ok: 'unknown'; why: string };

/** What API Gateway gets: the path below the host, the headers CloudFront sends, the viewer headers it drops. */
export interface OriginSide {
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  dropped: readonly string[];
}

/** Every condition of one rule against the origin request. */
function ruleVerdict(rule: RoutingRule, request: OriginSide): Verdict {
  const { path, headers } = request;
  for (const h of rule.headers) {
    const name = h.name.toLowerCase();
    const value = headers[name];
    if (value === undefined) {
      return { ok: false, why: request.dropped.includes(name) ? `CloudFront does not forward the ${h.name} header` : `the request has no ${h.name} header` };
    }
    // A secret custom header's value is never shown: only a match-anything glob can be decided.
    if (value === SECRET_VALUE && h.valueGlob !== '*') return { ok: 'unknown', why: `${h.name} carries a secret value apifront does not know` };
    if (!headerGlobMatches(h.valueGlob, value)) return { ok: false, why: `${h.name}: ${value} does not match ${h.valueGlob}` };
  }
  const base = trimBasePath(rule.basePath);
  if (base && afterSegments(path, `/${base}`) === null) return { ok: false, why: `${path} does not start with the base path /${base}` };
  return { ok: true };
}

/** The rules in the order API Gateway tries them: lowest priority first (ties keep the config order). */
function byPriority(rules: readonly RoutingRule[]): { rule: RoutingRule; index: number }[] {
  return rules.map((rule, index) => ({ rule, index })).sort((a, b) => a.rule.priority - b.rule.priority || a.index - b.index);
}

/**
 * Route an origin request (path below the host, and the headers CloudFront sends) through the domain's
 * rules. Null when the domain routes by API mapping only: the caller uses the mapping as before.
 */
export function routeThroughRules(domain: CustomDomain, request: OriginSide): RoutingStep | null {
  const { path } = request;
  const mode = domain.routingMode ?? 'API_MAPPING_ONLY';
  if (mode === 'API_MAPPING_ONLY') return null;
  const facts = [171, 172, 187, 188, 189];
  const tried: RoutingRuleTry[] = [];
  for (const { rule, index } of byPriority(domain.routingRules ?? [])) {
    const verdict = ruleVerdict(rule, request);
    if (verdict.ok === true) {
      const base = trimBasePath(rule.basePath);
      const strip = base !== '' && rule.stripBasePath === true;
      const apiPath = strip ? (afterSegments(path, `/${base}`) ?? path) : path;
      tried.push({ index, priority: rule.priority, matched: true });
      const conditions = rule.headers.length === 0 && !base ? 'has no conditions (catch-all)' : 'matches';
      return {
        mode,
        tried,
        outcome: 'rule',
        rule: { index, priority: rule.priority, apiId: rule.target.apiId, stage: rule.target.stage, stripped: strip },
        path: apiPath,
        reason: `Routing rule ${rule.priority} ${conditions}: API Gateway invokes stage ${rule.target.stage} of REST API ${rule.target.apiId} with ${apiPath}${strip ? ` (base path /${base} stripped)` : ''}.`,
        facts,
      };
    }
    tried.push({ index, priority: rule.priority, matched: verdict.ok === 'unknown' ? 'unknown' : false, why: verdict.why });
    if (verdict.ok === 'unknown') {
      return { mode, tried, outcome: 'unknown', path, reason: `Routing rule ${rule.priority} may or may not match: ${verdict.why}.`, facts };
    }
  }
  const none = tried.length === 0 ? 'The domain has no routing rules' : `No routing rule matches (${tried.map((t) => `${t.priority}: ${t.why ?? ''}`).join('; ')})`;
  if (mode === 'ROUTING_RULE_THEN_API_MAPPING') {
    return { mode, tried, outcome: 'api-mapping', path, reason: `${none}: API Gateway falls back to the API mapping.`, facts };
  }
  return { mode, tried, outcome: 'no-match', path, reason: `${none}, and in ROUTING_RULE_ONLY mode API mappings are not used: API Gateway answers 403 Forbidden.`, facts };
}
