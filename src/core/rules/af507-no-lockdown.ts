import { DEFAULT_VERIFY_HEADER } from '../model/constants';
import type { ApiGatewayOrigin, ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/** The lock-down each API kind supports: a regional WAF rule for REST, a Lambda authorizer for HTTP (facts 152, 153). */
const lockdownFor = (origin: ApiGatewayOrigin) => (origin.api.kind === 'rest' ? 'waf' : 'authorizer');

/**
 * Why: the API's own endpoint stays public, so callers can skip CloudFront (and its WAF, caching and
 * headers) unless the API checks a secret header only CloudFront adds (facts 85, 149-156).
 * Shape: `lockdown: none` on an API origin.
 */
export const rule = defineRule({
  meta: {
    id: 'AF507',
    name: 'no-lockdown',
    target: 'config',
    step: 'security',
    title: 'The API can still be called directly',
    description: 'An API Gateway origin has no lock-down, so its execute-api endpoint can be called without going through CloudFront.',
    rationale:
      'CloudFront adds protection only to requests that pass through it. A custom origin header with a secret value, checked by a regional WAF rule (REST) or a Lambda authorizer (HTTP API), makes the API refuse direct calls; IP allow-lists of CloudFront ranges are not enough because every AWS customer shares them.',
    howToFix: 'Enable lock-down: a verify header plus a regional WAF rule (REST) or a Lambda authorizer (HTTP API).',
    facts: [85, 149, 150, 151, 152, 153, 154, 155, 156],
    messages: {
      direct: {
        severity: 'info',
        text: (originId: string, host: string, how: string) =>
          `The API behind origin ${originId} can still be called directly at ${host}, bypassing CloudFront. Enable lock-down (${how}) so it only answers requests carrying CloudFront's secret header.`,
      },
    },
    examples: { bad: 'origins: [{ id: api, type: apigateway, lockdown: none }]', good: 'origins: [{ id: api, type: apigateway, lockdown: waf, verifyHeader: { name: X-Origin-Verify } }]' },
  },
  check({ config }, report) {
    if (!config) return;
    config.origins.forEach((origin, i) => {
      if (origin.type !== 'apigateway' || origin.lockdown !== 'none') return;
      const mode = lockdownFor(origin);
      const how = mode === 'waf' ? 'a regional WAF rule on the stage' : 'a Lambda authorizer';
      // An empty custom domain name (a template that leaves it to deploy time) falls back to the execute-api host.
      // With the ID or Region not entered yet there is no host to name, only the kind of URL.
      const { id, region } = origin.api;
      const host = origin.api.customDomain?.name || (id && region ? `${id}.execute-api.${region}.amazonaws.com` : 'its execute-api URL');
      // One authorizer per route: an HTTP API already using JWT or IAM needs a hand-made combined authorizer (AF510).
      const fixable = mode === 'waf' || !['jwt', 'iam'].includes(origin.api.auth);
      report({
        messageId: 'direct',
        args: [origin.id, host, how],
        location: { configPath: ['origins', i, 'lockdown'] },
        ...(fixable
          ? {
              fix: {
                label: mode === 'waf' ? 'Lock down with a verify header and a WAF rule' : 'Lock down with a verify header and a Lambda authorizer',
                mutate: (c: ApifrontConfig) => {
                  const o = c.origins[i];
                  if (o?.type !== 'apigateway') return;
                  o.lockdown = mode;
                  if (!o.verifyHeader?.name) o.verifyHeader = { name: DEFAULT_VERIFY_HEADER };
                },
              },
            }
          : {}),
      });
    });
  },
});
