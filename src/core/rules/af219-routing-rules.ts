import { forwardsHeader } from '../request/policies';
import { apiOriginRefs, behaviorsOfOrigin } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: API Gateway routing rules on a custom domain match up to two request headers and a base path
 * (fact 171). Behind CloudFront a header the behavior does not forward never reaches API Gateway, so a
 * rule on it never matches and requests fall through to the API mappings or fail (fact 172). Rules are
 * ignored in API_MAPPING_ONLY mode (the default), take REST targets only, and priorities run 1-1,000,000.
 * Failing shapes: a rule on `x-version` behind CachingDisabled + CORS-CustomOrigin; rules with no routingMode.
 */
export const rule = defineRule({
  meta: {
    id: 'AF219',
    name: 'routing-rules',
    target: 'config',
    step: 'origin',
    title: 'Custom-domain routing rules that CloudFront lets match',
    description:
      "Each header a routing rule matches is forwarded by every behavior to that origin; rules are only used with a ROUTING_RULE_* routing mode, at most two header conditions each, priorities 1-1,000,000, REST APIs only.",
    rationale:
      'CloudFront sends the origin only the headers in the cache key or origin request policy; a routing rule on any other header never matches, so the request goes to the API mapping or is refused. In API_MAPPING_ONLY mode API Gateway does not evaluate rules at all.',
    howToFix: 'Forward the header (AllViewerExceptHostHeader forwards every viewer header but Host), set routing mode ROUTING_RULE_THEN_API_MAPPING, and keep each rule within the limits.',
    facts: [44, 171, 172],
    messages: {
      headerNotForwarded: {
        severity: 'error',
        text: (header: string, priority: number, behavior: string) =>
          `Routing rule ${priority} matches header ${header}, but ${behavior} does not forward it to the origin: the rule can never match through CloudFront.`,
      },
      rulesIgnored: {
        severity: 'warning',
        text: (domain: string) => `Custom domain ${domain} has routing rules but routing mode API_MAPPING_ONLY (the default): API Gateway ignores the rules. Set ROUTING_RULE_THEN_API_MAPPING or ROUTING_RULE_ONLY.`,
      },
      httpApi: {
        severity: 'error',
        text: (domain: string) => `Custom domain ${domain} fronts an HTTP API: routing rules can only target REST API stages.`,
      },
      badRule: {
        severity: 'error',
        text: (priority: number, problem: string) => `Routing rule ${priority}: ${problem}.`,
      },
    },
    examples: {
      bad: "customDomain: { routingMode: ROUTING_RULE_ONLY, routingRules: [{ priority: 10, headers: [{ name: x-version, valueGlob: v2 }] }] } behind originRequest: { policy: CORS-CustomOrigin }",
      good: "customDomain: { routingMode: ROUTING_RULE_ONLY, routingRules: [{ priority: 10, headers: [{ name: x-version, valueGlob: v2 }] }] } behind originRequest: { policy: AllViewerExceptHostHeader }",
    },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, path } of apiOriginRefs(config)) {
      const domain = origin.api.customDomain;
      const rules = domain?.routingRules ?? [];
      if (!domain || rules.length === 0) continue;
      const at = (...rest: (string | number)[]) => ({ configPath: [...path, 'api', 'customDomain', ...rest] });
      if (origin.api.kind === 'http') report({ messageId: 'httpApi', args: [domain.name], location: at('routingRules') });
      if ((domain.routingMode ?? 'API_MAPPING_ONLY') === 'API_MAPPING_ONLY') report({ messageId: 'rulesIgnored', args: [domain.name], location: at('routingMode') });
      const behaviors = behaviorsOfOrigin(config, origin.id);
      rules.forEach((r, i) => {
        if (!Number.isInteger(r.priority) || r.priority < 1 || r.priority > 1_000_000) {
          report({ messageId: 'badRule', args: [r.priority, 'the priority must be a whole number from 1 to 1,000,000'], location: at('routingRules', i, 'priority') });
        }
        if (r.headers.length > 2) report({ messageId: 'badRule', args: [r.priority, 'at most two header conditions'], location: at('routingRules', i, 'headers') });
        if (rules.some((other, j) => j < i && other.priority === r.priority)) {
          report({ messageId: 'badRule', args: [r.priority, 'another rule has the same priority'], location: at('routingRules', i, 'priority') });
        }
        r.headers.forEach((h, k) => {
          for (const { behavior, isDefault, pattern } of behaviors) {
            // Unknown (an unrecognised policy ID) stays quiet; only a sure "not forwarded" is reported.
            if (forwardsHeader(behavior, h.name) !== false) continue;
            const label = isDefault ? 'the default behavior (*)' : `behavior ${pattern}`;
            report({ messageId: 'headerNotForwarded', args: [h.name, r.priority, label], location: at('routingRules', i, 'headers', k, 'name') });
          }
        });
      });
    }
  },
});
