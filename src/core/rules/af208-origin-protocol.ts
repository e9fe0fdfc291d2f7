import {
  asArray,
  distributions,
  isApiGatewayDomain,
  isIntrinsic,
  isRecord,
  resolveNumber,
  resolveString,
  templateLocation,
} from './template-helpers';
import { defineRule } from './types';

const EXECUTE_API = /\.execute-api\.[a-z0-9-]+\.amazonaws\.com$/i;

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
      'API Gateway accepts only HTTPS, so `http-only` or `match-viewer` fails for HTTP viewers or always. Ports outside 80, 443 and 1024-65535 are rejected. Without OriginSSLProtocols CloudFormation uses `[TLSv1, SSLv3]`.',
    howToFix: 'Set OriginProtocolPolicy `https-only`, ports 80/443, and OriginSSLProtocols `[TLSv1.2]`.',
    facts: [72, 73, 74, 75],
    messages: {
      notHttpsOnly: {
        severity: 'error',
        text: (policy: string, host: string) =>
          `Origin ${host} uses protocol policy "${policy}", but API Gateway speaks HTTPS only: plain-HTTP requests to it fail. Use "https-only".`,
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
      config.origins.forEach((origin, i) => {
        if (origin.type !== 'custom' || !EXECUTE_API.test(origin.domainName.trim()) || origin.protocol === 'https-only') return;
        report({
          messageId: 'notHttpsOnly',
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
        const host = resolveString(t, origin.DomainName) ?? String(origin.Id ?? `Origins[${j}]`);
        const policy = resolveString(t, custom.OriginProtocolPolicy);
        if (policy !== undefined && policy !== 'https-only') {
          report({ messageId: 'notHttpsOnly', args: [policy, host], location: at('OriginProtocolPolicy') });
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
