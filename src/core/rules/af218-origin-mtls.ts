import type { ApifrontConfig } from '../model/schema';
import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

const US_EAST_1_ACM = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[A-Za-z0-9-]+$/;

/**
 * Why: origin mTLS (lock-down `mtls`) needs an ACM client certificate in us-east-1 for CloudFront to
 * present, and it is enforced by an API Gateway custom domain that requires mutual TLS; the execute-api
 * host cannot ask for a client certificate and, left enabled, lets callers skip the domain (facts 148, 169).
 * Failing shapes: `lockdown: mtls` without `clientCertificateArn`, with an eu-west-1 certificate, or
 * without `customDomain`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF218',
    name: 'origin-mtls',
    target: 'config',
    step: 'security',
    title: 'Origin mTLS: a us-east-1 client certificate and a custom domain that requires it',
    description:
      'With lock-down `mtls`, the origin names an ACM client certificate in us-east-1, the origin is the API custom domain (which requires mutual TLS), and the execute-api endpoint is disabled.',
    rationale:
      'CloudFront can only present ACM certificates from us-east-1. API Gateway checks client certificates on custom domains only, so with the execute-api host as origin nothing is checked, and while the execute-api endpoint stays on, callers can reach the API without any certificate.',
    howToFix:
      'Set the client certificate ARN (us-east-1), use the API custom domain as origin, require mutual TLS on it with a truststore holding the issuing CA, and disable the execute-api endpoint.',
    facts: [93, 148, 169],
    messages: {
      noCertificate: {
        severity: 'error',
        text: (originId: string) => `Origin ${originId} uses origin mTLS but names no client certificate: CloudFront has nothing to present.`,
      },
      certificateRegion: {
        severity: 'error',
        text: (originId: string, arn: string) =>
          `The client certificate of origin ${originId} (${arn}) is not an ACM certificate ARN in us-east-1; CloudFront only uses certificates from us-east-1.`,
      },
      noCustomDomain: {
        severity: 'error',
        text: (originId: string) =>
          `Origin ${originId} uses origin mTLS against the execute-api host, which never asks for a client certificate: add the API's custom domain (with mutual TLS required) and use it as origin.`,
      },
      executeApiOpen: {
        severity: 'warning',
        text: (originId: string) =>
          `API of origin ${originId} still has its default execute-api endpoint enabled: callers can skip the custom domain and its mTLS check. Disable it (DisableExecuteApiEndpoint).`,
      },
    },
    examples: {
      bad: 'lockdown: mtls, clientCertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/abc, api: { customDomain: null }',
      good: 'lockdown: mtls, clientCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc, api: { customDomain: { name: api-origin.example.com }, executeApiEndpointDisabled: true }',
    },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, index, path } of apiOriginRefs(config)) {
      if (origin.lockdown !== 'mtls') continue;
      const arn = origin.clientCertificateArn?.trim() ?? '';
      if (!arn) report({ messageId: 'noCertificate', args: [origin.id], location: { configPath: [...path, 'clientCertificateArn'] } });
      else if (!US_EAST_1_ACM.test(arn)) report({ messageId: 'certificateRegion', args: [origin.id, arn], location: { configPath: [...path, 'clientCertificateArn'] } });
      if (!origin.api.customDomain) {
        report({ messageId: 'noCustomDomain', args: [origin.id], location: { configPath: [...path, 'api', 'customDomain'] } });
      } else if (!origin.api.executeApiEndpointDisabled) {
        report({
          messageId: 'executeApiOpen',
          args: [origin.id],
          location: { configPath: [...path, 'api', 'executeApiEndpointDisabled'] },
          fix: {
            label: 'Mark the execute-api endpoint disabled',
            apply: (c: ApifrontConfig) => {
              const o = c.origins[index];
              if (o?.type === 'apigateway') o.api.executeApiEndpointDisabled = true;
              return c;
            },
          },
        });
      }
    }
  },
});
