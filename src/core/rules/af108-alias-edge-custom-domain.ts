import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: an edge-optimized API Gateway custom domain is itself a CloudFront distribution holding that
 * name as an alias, and an alias can exist in only one distribution (facts 106, 107).
 * Failing shape: alias `api.example.com` and an edge custom domain named `api.example.com`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF108',
    name: 'alias-edge-custom-domain',
    target: 'config',
    step: 'domain',
    title: 'An alias cannot also be an edge-optimized API custom domain',
    description: "An alias must not equal the name of an edge-optimized API Gateway custom domain; a Regional custom domain of the same name is fine.",
    rationale:
      'An edge-optimized custom domain is backed by an AWS-managed CloudFront distribution that already owns the name, so creating your distribution with the same alias fails with CNAMEAlreadyExists (409).',
    howToFix: 'Make the API custom domain Regional (then see AF216 for the working forms), or use another name for one of the two.',
    facts: [106, 107],
    messages: {
      aliasIsEdgeCustomDomain: {
        severity: 'error',
        text: (alias: string, originId: string) =>
          `Alias "${alias}" is also the edge-optimized API Gateway custom domain of origin "${originId}"; that custom domain is a CloudFront distribution that already owns the name, so yours fails with CNAMEAlreadyExists. Use a Regional custom domain or another name.`,
      },
    },
    examples: {
      bad: "aliases: ['api.example.com'], customDomain: { name: 'api.example.com', endpoint: edge }",
      good: "aliases: ['api.example.com'], customDomain: { name: 'api.example.com', endpoint: regional, originHost: regionalDomainName }",
    },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin } of apiOriginRefs(config)) {
      const cd = origin.api.customDomain;
      if (!cd || cd.endpoint !== 'edge') continue;
      const name = cd.name.trim().toLowerCase();
      config.domain.aliases.forEach((alias, i) => {
        if (alias.trim().toLowerCase() !== name) return;
        report({ messageId: 'aliasIsEdgeCustomDomain', args: [alias, origin.id], location: { configPath: ['domain', 'aliases', i] } });
      });
    }
  },
});
