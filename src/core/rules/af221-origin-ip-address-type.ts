import type { ApifrontConfig } from '../model/schema';
import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: `IpAddressType: ipv6` makes CloudFront reach the origin over IPv6 only (fact 174); an API Gateway
 * API or custom domain answers on IPv6 only when its endpoint is dual-stack, so an IPv4-only API is
 * unreachable (502). `dualstack` is safe either way.
 * Failing shape: `ipAddressType: ipv6` on an origin whose API (or custom domain) is not `dualstack`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF221',
    name: 'origin-ip-address-type',
    target: 'config',
    step: 'origin',
    title: 'IPv6 to the origin only for a dual-stack API',
    description: 'An API Gateway origin set to IP address type `ipv6` must be a dual-stack API or custom domain.',
    rationale: 'CloudFront then connects over IPv6 only; an API endpoint without IPv6 (the default IPv4 type) cannot be reached, and viewers get 502 errors.',
    howToFix: 'Use `dualstack` (CloudFront picks what the origin offers), or make the API or custom domain dual-stack.',
    facts: [174],
    messages: {
      ipv6ToIpv4Api: {
        severity: 'error',
        text: (originId: string, what: string) =>
          `Origin ${originId} is reached over IPv6 only, but ${what} is IPv4-only (not dual-stack): CloudFront cannot connect. Use dualstack, or make it dual-stack.`,
      },
    },
    examples: { bad: 'ipAddressType: ipv6, api: { ipAddressType: ipv4 }', good: 'ipAddressType: dualstack' },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, index, path } of apiOriginRefs(config)) {
      if (origin.ipAddressType !== 'ipv6') continue;
      const domain = origin.api.customDomain;
      const dualStack = domain ? domain.ipAddressType === 'dualstack' : origin.api.ipAddressType === 'dualstack';
      if (dualStack) continue;
      report({
        messageId: 'ipv6ToIpv4Api',
        args: [origin.id, domain ? `custom domain ${domain.name}` : `API ${origin.api.id}`],
        location: { configPath: [...path, 'ipAddressType'] },
        fix: {
          label: 'Use dualstack',
          apply: (c: ApifrontConfig) => {
            const o = c.origins[index];
            if (o?.type === 'apigateway') o.ipAddressType = 'dualstack';
            return c;
          },
        },
      });
    }
  },
});
