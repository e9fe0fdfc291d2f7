import type { ManagedOriginRequestPolicyName } from '../model/managed-policies';
import type { ApifrontConfig } from '../model/schema';
import { forwardsHeader } from '../request/policies';
import { legacyToPolicies } from './af4xx-forwarding';
import { apiOriginRefs, behaviorsOfOrigin } from './rule-helpers';
import { defineRule } from './types';

type OriginHost = 'name' | 'regionalDomainName';

/**
 * Switch the origin to one form and make its behaviors agree: the name form must not forward Host
 * anywhere (origin request policy, legacy `Headers`, a custom or managed cache key; the request model
 * decides), the regional form must forward it.
 * Legacy ForwardedValues cannot sit next to an origin request policy, so they become policies first.
 */
function switchForm(originIndex: number, originHost: OriginHost, policy: ManagedOriginRequestPolicyName) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[originIndex];
    if (origin?.type !== 'apigateway' || !origin.api.customDomain) return;
    origin.api.customDomain.originHost = originHost;
    for (const behavior of [draft.defaultBehavior, ...draft.behaviors]) {
      if (behavior.originId !== origin.id) continue;
      if ('legacy' in behavior.cache) Object.assign(behavior, legacyToPolicies(behavior.cache.legacy, behavior, origin));
      behavior.originRequest = { policy };
      if (originHost !== 'name') continue;
      if ('custom' in behavior.cache) dropHostFromKey(behavior.cache.custom.headers);
      // A managed cache policy that keys on Host (Amplify, UseOriginCacheControlHeaders ...) forwards it too.
      if (forwardsHeader(behavior, 'Host') === true) behavior.cache = { policy: 'CachingDisabled' };
    }
  };
}

function dropHostFromKey(headers: { behavior: 'none' | 'whitelist'; names: string[] }): void {
  headers.names = headers.names.filter((n) => n.trim().toLowerCase() !== 'host');
  if (headers.names.length === 0 && headers.behavior === 'whitelist') headers.behavior = 'none';
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
      regionalWithoutHostNoName: {
        severity: 'error',
        text: (target: string) =>
          `The origin is the custom domain's Regional target ${target} but Host is not forwarded, and the custom domain has no name: API Gateway receives Host ${target}, which matches no custom domain mapping (403). Give the custom domain its name (DomainName) and use that name as the origin host.`,
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
      const served = behaviorsOfOrigin(config, origin.id);
      const hostForwarded = served.some((ref) => forwardsHeader(ref.behavior, 'Host') === true);
      const nameIsAlias = aliases.includes(cd.name.trim().toLowerCase());
      const location = { configPath: [...path, 'api', 'customDomain', 'originHost'] };
      const toNameForm = { label: `Use ${cd.name} as origin, Host not forwarded`, mutate: switchForm(index, 'name', 'AllViewerExceptHostHeader') };
      const toRegionalForm = { label: `Use ${cd.regionalDomainName} as origin and forward Host`, mutate: switchForm(index, 'regionalDomainName', 'AllViewer') };
      // The regional form needs a behavior that forwards Host; an origin no behavior uses has none to change.
      const canForwardHost = cd.regionalDomainName !== '' && served.length > 0;
      if (cd.originHost === 'name' && nameIsAlias) {
        report({ messageId: 'loop', args: [cd.name], location, ...(canForwardHost ? { fix: toRegionalForm } : {}) });
      } else if (hostForwarded && !nameIsAlias) {
        report({ messageId: 'hostMismatch', args: [cd.name, config.domain.aliases.join(', ')], location, fix: toNameForm });
      } else if (cd.originHost === 'regionalDomainName' && !hostForwarded && cd.name.trim() === '') {
        // No name to switch to (a template that leaves DomainName ''): say so, offer no fix.
        report({ messageId: 'regionalWithoutHostNoName', args: [cd.regionalDomainName || '(empty)'], location });
      } else if (cd.originHost === 'regionalDomainName' && !hostForwarded) {
        const fix = !nameIsAlias ? toNameForm : served.length > 0 ? { ...toRegionalForm, label: 'Forward Host (AllViewer)' } : undefined;
        report({ messageId: 'regionalWithoutHost', args: [cd.regionalDomainName || '(empty)', cd.name], location, ...(fix ? { fix } : {}) });
      }
    }
  },
});
