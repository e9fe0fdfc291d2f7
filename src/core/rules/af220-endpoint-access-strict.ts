import type { ApifrontConfig } from '../model/schema';
import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: under endpoint access mode STRICT, API Gateway matches the TLS SNI of a Regional or private
 * custom domain against the Host (fact 173). CloudFront sends the origin host as SNI, so with the
 * domain's `d-…execute-api` target as origin the SNI never names the custom domain, whatever Host is
 * forwarded, and STRICT refuses every request.
 * Failing shape: `customDomain: { endpointAccessMode: STRICT, originHost: regionalDomainName }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF220',
    name: 'endpoint-access-strict',
    target: 'config',
    step: 'origin',
    title: 'STRICT endpoint access mode: the custom domain name itself as origin',
    description: 'A custom domain in endpoint access mode STRICT is reached through its own name as origin host, not through its d-… execute-api target.',
    rationale:
      "STRICT requires the TLS SNI to match the Host. CloudFront's SNI is the origin host: the d-… target name never matches the custom domain, so API Gateway refuses the request (403) even where BASIC accepted it.",
    howToFix: 'Use the custom domain name as origin host (and do not forward the viewer Host), or set the domain to BASIC.',
    facts: [89, 173],
    messages: {
      sniMismatch: {
        severity: 'error',
        text: (domain: string, host: string) =>
          `Custom domain ${domain} uses endpoint access mode STRICT, but CloudFront connects to ${host || 'its regional target'}: the SNI does not match the domain, so API Gateway refuses every request. Use ${domain} as origin host.`,
      },
    },
    examples: {
      bad: 'customDomain: { name: api-origin.example.com, endpointAccessMode: STRICT, originHost: regionalDomainName }',
      good: 'customDomain: { name: api-origin.example.com, endpointAccessMode: STRICT, originHost: name }',
    },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, index, path } of apiOriginRefs(config)) {
      const domain = origin.api.customDomain;
      if (!domain || domain.endpointAccessMode !== 'STRICT' || domain.originHost !== 'regionalDomainName') continue;
      report({
        messageId: 'sniMismatch',
        args: [domain.name, domain.regionalDomainName],
        location: { configPath: [...path, 'api', 'customDomain', 'originHost'] },
        fix: {
          label: `Use ${domain.name} as origin host`,
          apply: (c: ApifrontConfig) => {
            const o = c.origins[index];
            if (o?.type === 'apigateway' && o.api.customDomain) o.api.customDomain.originHost = 'name';
            return c;
          },
        },
      });
    }
  },
});
