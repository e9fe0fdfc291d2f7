import { defineRule } from './types';

/**
 * Why: a created certificate validates by DNS automatically only when the template names the Route 53
 * hosted zone; otherwise the stack waits in CREATE_IN_PROGRESS until someone adds the records (fact 143).
 * Failing shape: `certificate: { mode: 'create' }` with `dns: { mode: 'none' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF109',
    name: 'certificate-validation-zone',
    target: 'config',
    step: 'domain',
    title: 'A created certificate needs the hosted zone for DNS validation',
    description: 'When the template creates the certificate, give the Route 53 hosted zone so DNS validation completes on its own.',
    rationale:
      'Without a HostedZoneId in DomainValidationOptions, ACM waits for someone to add the validation CNAME records by hand and the stack stays in CREATE_IN_PROGRESS (and times out after days).',
    howToFix: 'Choose Route 53 DNS and give the hosted zone ID of the aliases\' domain, or use an existing certificate.',
    facts: [143],
    messages: {
      noHostedZone: {
        severity: 'warning',
        text: (aliases: string) =>
          `The template creates a certificate for ${aliases} but no Route 53 hosted zone is given: the stack will wait in CREATE_IN_PROGRESS until someone adds the DNS validation records by hand. Give the hosted zone, or use an existing certificate.`,
      },
    },
    examples: {
      bad: 'certificate: { mode: create }, dns: { mode: none }',
      good: "certificate: { mode: create }, dns: { mode: route53, hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: example.com }",
    },
  },
  check({ config }, report) {
    if (!config) return;
    const { certificate, dns, aliases } = config.domain;
    if (certificate.mode !== 'create' || dns.mode !== 'none') return;
    report({ messageId: 'noHostedZone', args: [aliases.join(', ') || 'the aliases'], location: { configPath: ['domain', 'dns'] } });
  },
});
