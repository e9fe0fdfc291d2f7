import { defineRule } from './types';

// arn:aws:acm:<region>:<12-digit account>:certificate/<id>
const ACM_ARN = /^arn:aws(?:-[a-z]+)*:acm:([a-z0-9-]+):(\d{12}):certificate\/[A-Za-z0-9-]+$/;

/**
 * Why: CloudFront only accepts ACM certificates from us-east-1 (fact 93); any other Region fails the
 * deploy. Failing shape: `certificate: { mode: 'existing', arn: 'arn:aws:acm:eu-west-1:...' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF103',
    name: 'certificate-region',
    target: 'config',
    step: 'domain',
    title: 'Certificate must be an ACM certificate in us-east-1',
    description: 'The existing certificate ARN must be a well-formed ACM ARN in us-east-1.',
    rationale:
      'CloudFront is global and reads viewer certificates only from ACM in us-east-1; a certificate from another Region (for example the API\'s own Regional custom-domain certificate) is rejected when the distribution is created.',
    howToFix: 'Request or import the certificate in ACM in us-east-1 (N. Virginia) and use that ARN, or let the template create one.',
    facts: [93],
    messages: {
      empty: {
        severity: 'error',
        text: () =>
          'No certificate ARN yet: paste the ARN of an ACM certificate in us-east-1 (arn:aws:acm:us-east-1:<account>:certificate/<id>) that covers the aliases, or let apifront create one.',
      },
      wrongRegion: {
        severity: 'error',
        text: (region: string, arn: string) =>
          `Certificate ${arn} is in ${region}; CloudFront only accepts ACM certificates from us-east-1. Request or import it in us-east-1, or choose "create" to let the template make one.`,
      },
      malformed: {
        severity: 'error',
        text: (arn: string) =>
          `"${arn}" is not an ACM certificate ARN (expected arn:aws:acm:us-east-1:<account>:certificate/<id>). Copy the ARN from the ACM console in us-east-1.`,
      },
    },
    examples: {
      bad: 'certificate: { mode: existing, arn: "arn:aws:acm:eu-west-1:123456789012:certificate/abcd-1234" }',
      good: 'certificate: { mode: existing, arn: "arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234" }',
    },
  },
  check({ config }, report) {
    const cert = config?.domain.certificate;
    if (cert?.mode !== 'existing') return;
    const location = { configPath: ['domain', 'certificate', 'arn'] };
    if (cert.arn.trim() === '') {
      report({ messageId: 'empty', args: [], location });
      return;
    }
    const match = ACM_ARN.exec(cert.arn.trim());
    if (!match) {
      report({ messageId: 'malformed', args: [cert.arn], location });
      return;
    }
    const region = match[1] ?? '';
    if (region !== 'us-east-1') {
      report({ messageId: 'wrongRegion', args: [region, cert.arn], location });
    }
  },
});
