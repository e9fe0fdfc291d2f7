import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: an edge-optimized endpoint (or edge custom domain) already sits behind an AWS-managed CloudFront
 * distribution, so yours adds a second hop and its header quirks (facts 144-146).
 * Failing shape: `api: { kind: 'rest', endpoint: 'edge' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF206',
    name: 'edge-optimized-api',
    target: 'config',
    step: 'origin',
    title: 'Prefer a Regional API behind your distribution',
    description: 'An edge-optimized REST API (or edge-optimized custom domain) behind the distribution means two CloudFront hops.',
    rationale:
      "An edge-optimized endpoint is served through AWS's own CloudFront distribution: requests go through CloudFront twice, pay the latency twice, and the edge endpoint capitalises header names and sorts cookies. AWS recommends a Regional API behind your own distribution.",
    howToFix: 'Switch the API (or its custom domain) to a Regional endpoint in API Gateway, then update the endpoint here.',
    facts: [144, 145, 146],
    messages: {
      edgeApi: {
        severity: 'warning',
        text: (apiId: string) =>
          `REST API ${apiId} is edge-optimized: it already sits behind an AWS-managed CloudFront distribution, so requests cross CloudFront twice and header names get capitalised. Switch the API to a Regional endpoint.`,
      },
      edgeCustomDomain: {
        severity: 'warning',
        text: (domain: string) =>
          `Custom domain ${domain} is edge-optimized: it is itself a CloudFront distribution, so requests cross CloudFront twice. Use a Regional custom domain as the origin.`,
      },
    },
    examples: { bad: 'api: { kind: rest, endpoint: edge }', good: 'api: { kind: rest, endpoint: regional }' },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, path } of apiOriginRefs(config)) {
      const { api } = origin;
      if (api.customDomain) {
        if (api.customDomain.endpoint === 'edge') {
          report({ messageId: 'edgeCustomDomain', args: [api.customDomain.name], location: { configPath: [...path, 'api', 'customDomain', 'endpoint'] } });
        }
      } else if (api.kind === 'rest' && api.endpoint === 'edge') {
        // Named by its ID, or by its origin while the ID is not entered yet.
        report({ messageId: 'edgeApi', args: [api.id.trim() || `behind origin ${origin.id}`], location: { configPath: [...path, 'api', 'endpoint'] } });
      }
    }
  },
});
