import type { ManagedOriginRequestPolicyName } from '../model/managed-policies';
import type { ApifrontConfig } from '../model/schema';
import { forwardsHeader } from '../request/policies';
import { apiOriginRefs, behaviorsOfOrigin } from './rule-helpers';
import { defineRule } from './types';

type OriginHost = 'name' | 'regionalDomainName';

/** Switches the origin's host and sets the origin request policy of its behaviors (Host forwarded or not). */
function switchForm(originIndex: number, originHost: OriginHost, policy: ManagedOriginRequestPolicyName | undefined) {
  return (config: ApifrontConfig): ApifrontConfig => {
    const next = structuredClone(config);
    const origin = next.origins[originIndex];
    if (origin?.type !== 'apigateway' || !origin.api.customDomain) return next;
    origin.api.customDomain.originHost = originHost;
    if (policy) {
      for (const behavior of [next.defaultBehavior, ...next.behaviors]) {
        if (behavior.originId === origin.id) behavior.originRequest = { policy };
      }
    }
    return next;
  };
}

/**
 * Why: through a custom domain, the TLS certificate and the API mapping must match the Host the origin
 * receives (fact 88). Two forms work (facts 67, 89): origin = the custom domain name with Host not
 * forwarded; or origin = the Regional target `d-xxxx.execute-api...` with Host forwarded and the alias =
 * the custom domain name. An origin equal to one of the distribution's own aliases loops back to CloudFront.
 * Failing shapes: originHost regionalDomainName without Host forwarding; originHost name = an alias.
 */
export const rule = defineRule({
  meta: {
    id: 'AF216',
    name: 'custom-domain-origin',
    target: 'config',
    step: 'origin',
    title: 'Custom-domain origin in a working form',
    description:
      'An API Gateway custom domain as origin works in two forms: origin = the custom domain name (not an alias) with Host not forwarded, or origin = its Regional domain name with Host forwarded and the alias equal to the custom domain name.',
    rationale:
      'API Gateway picks the certificate (SNI) and the API mapping from the Host it receives. The Regional target `d-xxxx...` alone matches no mapping; a forwarded alias that is not the custom domain name matches none either; an origin host that is also the distribution\'s alias resolves back to CloudFront and loops.',
    howToFix: 'Switch to a working form (one click): usually origin = custom domain name with AllViewerExceptHostHeader.',
    facts: [67, 88, 89],
    messages: {
      regionalWithoutHost: {
        severity: 'error',
        text: (target: string, domain: string) =>
          `The origin is the custom domain's Regional target ${target} but Host is not forwarded: API Gateway receives Host ${target}, which matches no custom domain mapping (403). Use ${domain} as the origin host, or forward Host with the alias ${domain}.`,
      },
      hostMismatch: {
        severity: 'error',
        text: (domain: string, aliases: string) =>
          `Host is forwarded to custom domain ${domain}, but the distribution's aliases (${aliases || 'none'}) do not include ${domain}: API Gateway receives a Host it has no certificate or mapping for. Stop forwarding Host (AllViewerExceptHostHeader) and use ${domain} as the origin.`,
      },
      loop: {
        severity: 'error',
        text: (domain: string) =>
          `The origin host ${domain} is also an alias of this distribution: once DNS points at CloudFront, CloudFront would call itself. Use the custom domain's Regional domain name as the origin and forward Host, or give the custom domain another name.`,
      },
    },
    examples: {
      bad: "aliases: ['api.example.com'], customDomain: { name: 'api.example.com', originHost: name }",
      good: "aliases: ['api.example.com'], customDomain: { name: 'api-origin.example.com', originHost: name }, originRequest: AllViewerExceptHostHeader",
    },
  },
  check({ config }, report) {
    if (!config) return;
    const aliases = config.domain.aliases.map((a) => a.trim().toLowerCase());
    for (const { origin, index, path } of apiOriginRefs(config)) {
      const cd = origin.api.customDomain;
      if (!cd) continue;
      const hostForwarded = behaviorsOfOrigin(config, origin.id).some((ref) => forwardsHeader(ref.behavior, 'Host') === true);
      const nameIsAlias = aliases.includes(cd.name.trim().toLowerCase());
      const location = { configPath: [...path, 'api', 'customDomain', 'originHost'] };
      const toNameForm = { label: `Use ${cd.name} as origin, Host not forwarded`, apply: switchForm(index, 'name', 'AllViewerExceptHostHeader') };
      const toRegionalForm = { label: `Use ${cd.regionalDomainName} as origin and forward Host`, apply: switchForm(index, 'regionalDomainName', 'AllViewer') };
      if (cd.originHost === 'name' && nameIsAlias) {
        report({ messageId: 'loop', args: [cd.name], location, ...(cd.regionalDomainName ? { fix: toRegionalForm } : {}) });
      } else if (hostForwarded && !nameIsAlias) {
        report({ messageId: 'hostMismatch', args: [cd.name, config.domain.aliases.join(', ')], location, fix: toNameForm });
      } else if (cd.originHost === 'regionalDomainName' && !hostForwarded) {
        const fix = nameIsAlias ? { ...toRegionalForm, label: 'Forward Host (AllViewer)' } : toNameForm;
        report({ messageId: 'regionalWithoutHost', args: [cd.regionalDomainName || '(empty)', cd.name], location, fix });
      }
    }
  },
});
