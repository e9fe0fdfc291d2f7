import { RECOMMENDED_TLS_POLICY } from '../model/constants';
import { defineRule } from './types';

/**
 * Why: an alias needs a trusted certificate that covers it; with CloudFront's default certificate
 * the create fails with InvalidViewerCertificate (fact 102).
 * Failing shape: `aliases: ['api.example.com']` with `certificate: { mode: 'none' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF102',
    name: 'aliases-need-certificate',
    target: 'config',
    step: 'domain',
    title: 'Aliases need a certificate',
    description: 'When the distribution has alternate domain names it needs an ACM certificate, not the default *.cloudfront.net one.',
    rationale:
      'CloudFront refuses an alternate domain name unless a trusted certificate covering it is attached ("InvalidViewerCertificate: To add an alternate domain name (CNAME) ... you must attach a trusted certificate").',
    howToFix: 'Choose an existing ACM certificate in us-east-1, or let the template create a DNS-validated one (one click).',
    facts: [102],
    messages: {
      noCertificate: {
        severity: 'error',
        text: (aliases: string) =>
          `The distribution has the alias(es) ${aliases} but uses CloudFront's default certificate; CloudFront rejects aliases without a certificate that covers them. Pick an ACM certificate in us-east-1 or let the template create one.`,
      },
    },
    examples: {
      bad: "domain: { aliases: ['api.example.com'], certificate: { mode: none } }",
      good: "domain: { aliases: ['api.example.com'], certificate: { mode: create }, minimumProtocolVersion: TLSv1.2_2021 }",
    },
  },
  check({ config }, report) {
    if (!config) return;
    const { certificate } = config.domain;
    // Aliases not entered yet are AF101's to ask for; the certificate question waits for a name.
    const aliases = config.domain.aliases.filter((a) => a.trim() !== '');
    if (aliases.length === 0 || certificate.mode !== 'none') return;
    report({
      messageId: 'noCertificate',
      args: [aliases.join(', ')],
      location: { configPath: ['domain', 'certificate'] },
      fix: {
        label: 'Let the template create a DNS-validated certificate',
        mutate: (c) => {
          c.domain.certificate = { mode: 'create' };
          c.domain.minimumProtocolVersion ??= RECOMMENDED_TLS_POLICY;
        },
      },
    });
  },
});
