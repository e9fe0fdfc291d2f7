import { originDomainName } from '../model/derive';
import { forwardsHeader } from '../request/policies';
import { headerGlobMatches } from '../request/routing';
import { apiOriginRefs, behaviorsOfOrigin } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: API Gateway routing rules on a custom domain match up to two request headers and a base path
 * (fact 171). Behind CloudFront a header the behavior does not forward never reaches API Gateway, so a
 * rule on it never matches and requests fall through to the API mappings or fail (fact 172). Rules are
 * ignored in API_MAPPING_ONLY mode (the default), take REST targets only, and priorities run 1-1,000,000.
 * A Host condition sees the Host CloudFront sends: the origin's domain unless the viewer Host is forwarded
 * (fact 190). API Gateway refuses conditions on Authorization, Origin, X-Forwarded-* and a few more, and a
 * `*` inside a glob value (fact 187).
 * Failing shapes: a rule on `x-version` behind CachingDisabled + CORS-CustomOrigin; rules with no routingMode;
 * `Host: api.example.com` while CloudFront sends the custom domain name; a condition on Authorization.
 */

/** Header names API Gateway does not take as routing conditions (fact 187); `*` ends a prefix. */
const RESTRICTED_HEADERS = [
  'access-control-*', 'apigw-*', 'authorization', 'connection', 'content-encoding', 'content-length', 'content-location', 'forwarded', 'keep-alive',
  'origin', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade', 'x-amz-*', 'x-amzn-*', 'x-apigw-api-id',
  'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-restapi', 'via',
];

export function isRestrictedRoutingHeader(name: string): boolean {
  const n = name.trim().toLowerCase();
  return RESTRICTED_HEADERS.some((r) => (r.endsWith('*') ? n.startsWith(r.slice(0, -1)) : n === r));
}

/** What is wrong with a header condition as API Gateway would take it, or null (fact 187). */
export function headerConditionProblem(name: string, glob: string): string | null {
  if (name.trim() === '') return 'a header condition needs a header name';
  if (isRestrictedRoutingHeader(name)) return `API Gateway does not accept ${name} as a routing condition`;
  if (name.length >= 40) return 'the header name must be shorter than 40 characters';
  if (glob === '') return `the condition on ${name} needs a value (* matches any)`;
  if (glob.length >= 128) return 'the header value must be shorter than 128 characters';
  if (glob.length > 2 && glob.slice(1, -1).includes('*')) return `${glob}: a * may only start or end the value (*x, x*, *x*)`;
  return null;
}

export const rule = defineRule({
  meta: {
    id: 'AF219',
    name: 'routing-rules',
    target: 'config',
    step: 'origin',
    title: 'Custom-domain routing rules that CloudFront lets match',
    description:
      "Each header a routing rule matches is forwarded by every behavior to that origin (a Host condition matches the Host CloudFront sends); rules are only used with a ROUTING_RULE_* routing mode, at most two header conditions each on headers API Gateway accepts, priorities 1-1,000,000, REST APIs only.",
    rationale:
      'CloudFront sends the origin only the headers in the cache key or origin request policy; a routing rule on any other header never matches, so the request goes to the API mapping or is refused. In API_MAPPING_ONLY mode API Gateway does not evaluate rules at all.',
    howToFix: 'Forward the header (AllViewerExceptHostHeader forwards every viewer header but Host), set routing mode ROUTING_RULE_THEN_API_MAPPING, and keep each rule within the limits.',
    facts: [44, 171, 172, 187, 190],
    messages: {
      headerNotForwarded: {
        severity: 'error',
        text: (header: string, priority: number, behavior: string) =>
          `Routing rule ${priority} matches header ${header}, but ${behavior} does not forward it to the origin: the rule can never match through CloudFront.`,
      },
      hostNeverMatches: {
        severity: 'error',
        text: (glob: string, priority: number, behavior: string, sent: string) =>
          `Routing rule ${priority} matches Host ${glob}, but ${behavior} does not forward the viewer Host: API Gateway sees Host ${sent}, so the rule never matches.`,
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
          const problem = headerConditionProblem(h.name, h.valueGlob);
          if (problem) report({ messageId: 'badRule', args: [r.priority, problem], location: at('routingRules', i, 'headers', k, 'name') });
          for (const { behavior, isDefault, pattern } of behaviors) {
            const label = isDefault ? 'the default behavior (*)' : `behavior ${pattern}`;
            if (h.name.trim().toLowerCase() === 'host') {
              // Without the viewer Host, API Gateway sees the origin's own domain as Host (fact 190).
              const sent = originDomainName(origin);
              if (forwardsHeader(behavior, 'Host') === false && !headerGlobMatches(h.valueGlob, sent)) {
                report({ messageId: 'hostNeverMatches', args: [h.valueGlob, r.priority, label, sent], location: at('routingRules', i, 'headers', k, 'valueGlob') });
              }
              continue;
            }
            // Unknown (an unrecognised policy ID) stays quiet; only a sure "not forwarded" is reported.
            if (forwardsHeader(behavior, h.name) !== false) continue;
            report({ messageId: 'headerNotForwarded', args: [h.name, r.priority, label], location: at('routingRules', i, 'headers', k, 'name') });
          }
        });
      });
    }
  },
});
