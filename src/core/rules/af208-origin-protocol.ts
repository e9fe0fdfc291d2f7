import {
  asArray,
  distributions,
  isApiGatewayDomain,
  isIntrinsic,
  isRecord,
  originIdLabel,
  resolveNumber,
  resolveString,
  templateLocation,
} from './template-helpers';
import { defineRule } from './types';

const EXECUTE_API = /\.execute-api\.[a-z0-9-]+\.amazonaws\.com$/i;

/** Viewer protocol policies under which a viewer never reaches the origin over plain HTTP. */
const HTTPS_VIEWER = new Set(['redirect-to-https', 'https-only']);

/**
 * `match-viewer` sends HTTP to the origin only when a viewer came over HTTP: with every behavior that
 * targets the origin on redirect-to-https or https-only it is HTTPS in practice (section 0, "AF208").
 * An origin no behavior targets proves nothing, so it stays an error.
 */
function httpsInPractice(viewerPolicies: readonly (string | undefined)[]): boolean {
  return viewerPolicies.length > 0 && viewerPolicies.every((p) => p !== undefined && HTTPS_VIEWER.has(p));
}

function validPort(port: number): boolean {
  return Number.isInteger(port) && (port === 80 || port === 443 || (port >= 1024 && port <= 65535));
}

/**
 * Why: API Gateway speaks HTTPS only (fact 72); ports must be 80, 443 or 1024-65535 (fact 75); the
 * origin TLS protocol list defaults to `[TLSv1, SSLv3]` when omitted (facts 73, 74).
 * Failing shapes: `OriginProtocolPolicy: http-only` on an execute-api origin; `HTTPSPort: 444`;
 * `OriginSSLProtocols` missing or `[TLSv1, TLSv1.2]`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF208',
    name: 'origin-protocol',
    target: 'both',
    step: 'origin',
    title: 'API Gateway origins: HTTPS only, valid ports, TLSv1.2',
    description:
      'An API Gateway origin must use `https-only` with valid ports, and should list exactly `[TLSv1.2]` as origin TLS protocols.',
    rationale:
      'API Gateway accepts only HTTPS, so `http-only` always fails and `match-viewer` fails for HTTP viewers (a warning when every behavior to the origin already redirects or refuses HTTP, since then it is HTTPS in practice). Ports outside 80, 443 and 1024-65535 are rejected. Without OriginSSLProtocols CloudFormation uses `[TLSv1, SSLv3]`.',
    howToFix: 'Set OriginProtocolPolicy `https-only`, ports 80/443, and OriginSSLProtocols `[TLSv1.2]`.',
    facts: [72, 73, 74, 75],
    messages: {
      notHttpsOnly: {
        severity: 'error',
        text: (policy: string, host: string) =>
          `Origin ${host} uses protocol policy "${policy}", but API Gateway speaks HTTPS only: plain-HTTP requests to it fail. Use "https-only".`,
      },
      matchViewerHttpsInPractice: {
        severity: 'warning',
        text: (host: string) =>
          `Origin ${host} uses "match-viewer": every behavior to it redirects or refuses plain HTTP, so CloudFront connects over HTTPS today, but one behavior set to allow-all would send HTTP to API Gateway, which fails. Use "https-only".`,
      },
      badPort: {
        severity: 'error',
        text: (field: string, port: string) =>
          `${field} ${port} is not allowed: CloudFront origin ports must be 80, 443 or 1024-65535.`,
      },
      sslProtocolsOmitted: {
        severity: 'warning',
        text: (host: string) =>
          `Origin ${host} leaves OriginSSLProtocols unset, so CloudFormation uses [TLSv1, SSLv3]; set it to [TLSv1.2] explicitly.`,
      },
      sslProtocolsWeak: {
        severity: 'warning',
        text: (host: string, protocols: string) =>
          `Origin ${host} allows origin TLS protocols [${protocols}]; API Gateway needs only TLSv1.2, so use [TLSv1.2].`,
      },
    },
    examples: {
      bad: 'CustomOriginConfig: { OriginProtocolPolicy: match-viewer }',
      good: 'CustomOriginConfig: { OriginProtocolPolicy: https-only, HTTPSPort: 443, OriginSSLProtocols: [TLSv1.2] }',
    },
  },
  check({ config, template }, report) {
    if (config) {
      const allBehaviors = [config.defaultBehavior, ...config.behaviors];
      config.origins.forEach((origin, i) => {
        if (origin.type !== 'custom' || !EXECUTE_API.test(origin.domainName.trim()) || origin.protocol === 'https-only') return;
        const viewer = allBehaviors.filter((b) => b.originId === origin.id).map((b) => b.viewerProtocol);
        const inPractice = origin.protocol === 'match-viewer' && httpsInPractice(viewer);
        report({
          messageId: inPractice ? 'matchViewerHttpsInPractice' : 'notHttpsOnly',
          args: [origin.protocol, origin.domainName],
          location: { configPath: ['origins', i, 'protocol'] },
          fix: {
            label: 'Use https-only',
            mutate: (c) => {
              const target = c.origins[i];
              if (target?.type === 'custom') target.protocol = 'https-only';
            },
          },
        });
      });
    }
    if (!template) return;
    const t = template.template;
    for (const dist of distributions(t)) {
      const behaviors = [dist.config.DefaultCacheBehavior, ...asArray(dist.config.CacheBehaviors)].filter(isRecord);
      const viewerPoliciesTo = (id: unknown) =>
        behaviors.filter((b) => resolveString(t, b.TargetOriginId) === resolveString(t, id)).map((b) => resolveString(t, b.ViewerProtocolPolicy) ?? 'allow-all');
      asArray(dist.config.Origins).forEach((origin, j) => {
        if (!isRecord(origin)) return;
        const custom = origin.CustomOriginConfig;
        if (!isRecord(custom)) return;
        const base = ['DistributionConfig', 'Origins', j, 'CustomOriginConfig'];
        const at = (field: string) => templateLocation(template, dist.logicalId, [...base, field]);
        for (const field of ['HTTPPort', 'HTTPSPort']) {
          if (custom[field] === undefined) continue;
          const port = resolveNumber(t, custom[field]);
          if (port !== undefined && !validPort(port)) report({ messageId: 'badPort', args: [field, String(port)], location: at(field) });
        }
        if (!isApiGatewayDomain(t, origin.DomainName)) return;
        const host = resolveString(t, origin.DomainName) ?? originIdLabel(t, origin, j);
        const policy = resolveString(t, custom.OriginProtocolPolicy);
        if (policy !== undefined && policy !== 'https-only') {
          const inPractice = policy === 'match-viewer' && httpsInPractice(viewerPoliciesTo(origin.Id));
          if (inPractice) report({ messageId: 'matchViewerHttpsInPractice', args: [host], location: at('OriginProtocolPolicy') });
          else report({ messageId: 'notHttpsOnly', args: [policy, host], location: at('OriginProtocolPolicy') });
        }
        if (custom.OriginSSLProtocols === undefined) {
          report({ messageId: 'sslProtocolsOmitted', args: [host], location: templateLocation(template, dist.logicalId, base) });
        } else if (!isIntrinsic(custom.OriginSSLProtocols)) {
          const protocols = asArray(custom.OriginSSLProtocols).map((p) => resolveString(t, p) ?? '?');
          if (protocols.length !== 1 || protocols[0] !== 'TLSv1.2') {
            report({ messageId: 'sslProtocolsWeak', args: [host, protocols.join(', ')], location: at('OriginSSLProtocols') });
          }
        }
      });
    }
  },
});
