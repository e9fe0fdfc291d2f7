/**
 * Console steps on the API Gateway side for an API origin's custom domain: endpoint access mode, routing
 * mode and routing rules (facts 171, 173, 187-191). These settings are not in the CloudFront template, so
 * they are read from the config itself; the template's own settings stay with deriveSettings (console.ts).
 */
import type { ApiGatewayOrigin, ApifrontConfig, CustomDomain, RoutingRule } from '../model/schema';
import { trimBasePath } from '../request/routing';

export interface ConsoleSection {
  title: string;
  intro?: string;
  steps: string[];
}

const code = (value: string) => `\`${value}\``;

function conditionsText(rule: RoutingRule): string {
  const base = trimBasePath(rule.basePath);
  const parts = rule.headers.map((h) => `header ${code(h.name)} value ${code(h.valueGlob)}`);
  if (base) parts.push(`base path ${code(base)}${rule.stripBasePath ? ' with the base path stripped' : ' (base path not stripped)'}`);
  return parts.length === 0 ? 'no condition (the rule matches every request: keep its priority the highest number)' : parts.join(' and ');
}

function ruleStep(rule: RoutingRule): string {
  return `**Routing details** tab, **Add routing rule**: **Add a new condition** for ${conditionsText(rule)}; **Action**: API ${code(rule.target.apiId)}, stage ${code(rule.target.stage)}; **Next**; priority **${rule.priority}**; **Create routing rule**.`;
}

function accessModeStep(domain: CustomDomain): string | null {
  if (!domain.endpointAccessMode) return null;
  const strict = domain.endpointAccessMode === 'STRICT';
  const why = strict
    ? `API Gateway then requires the TLS server name to match Host: CloudFront must connect to ${code(domain.name)} itself and not forward the viewer Host (fact 173). The change takes about 15 minutes.`
    : 'BASIC keeps the endpoint reachable whatever server name the client sends (fact 173).';
  return `**Domain details**, **Edit**: **Security policy**: a policy whose name starts with ${code('SecurityPolicy_')}; **Endpoint access mode**: ${strict ? 'Strict' : 'Basic'}; **Save changes** - ${why}`;
}

function domainSection(origin: ApiGatewayOrigin, domain: CustomDomain): ConsoleSection | null {
  const mode = domain.routingMode ?? 'API_MAPPING_ONLY';
  const rules = [...(domain.routingRules ?? [])].sort((a, b) => a.priority - b.priority);
  const steps: string[] = [];
  const access = accessModeStep(domain);
  if (access) steps.push(access);
  if (domain.routingMode) {
    steps.push(`**Domain details**, **Edit**: **Routing mode**: ${mode}; **Save** - ${mode === 'API_MAPPING_ONLY' ? 'API mappings only, routing rules are ignored' : mode === 'ROUTING_RULE_ONLY' ? 'only routing rules route; a request no rule matches gets 403 Forbidden (fact 189)' : 'routing rules first, then the API mappings (fact 189)'}.`);
  }
  if (mode !== 'API_MAPPING_ONLY') steps.push(...rules.map(ruleStep));
  else if (rules.length > 0) steps.push(`The config lists ${rules.length} routing rule${rules.length > 1 ? 's' : ''}, but in API_MAPPING_ONLY mode API Gateway ignores them: add them only after choosing a ROUTING_RULE_* mode.`);
  if (steps.length === 0) return null;
  return {
    title: `API Gateway: custom domain ${code(domain.name || '(unnamed)')}`,
    intro: `API Gateway console (Region ${code(origin.api.region)}), **Custom domain names**, choose ${code(domain.name || 'the custom domain')}. These settings are on the API side, not in the CloudFront template; every header a rule matches must be forwarded by CloudFront.`,
    steps,
  };
}

/** One section per API origin whose custom domain has an access mode, a routing mode or routing rules. */
export function apiDomainSections(config: ApifrontConfig): ConsoleSection[] {
  const seen = new Set<string>();
  return config.origins.flatMap((origin) => {
    const domain = origin.type === 'apigateway' ? origin.api.customDomain : null;
    // Two origins through the same domain share its settings: one section.
    if (origin.type !== 'apigateway' || !domain || seen.has(domain.name)) return [];
    seen.add(domain.name);
    const section = domainSection(origin, domain);
    return section ? [section] : [];
  });
}
