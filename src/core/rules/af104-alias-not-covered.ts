import { defineRule } from './types';

/**
 * True when a certificate name covers the alias: the same name, or a `*.parent` name and an alias
 * with exactly one more label (fact 105: `*.example.com` covers `api.example.com`, not
 * `example.com` nor `a.b.example.com`). A wildcard alias needs the same wildcard on the certificate.
 */
export function certificateCovers(certName: string, alias: string): boolean {
  const name = certName.trim().toLowerCase().replace(/\.$/, '');
  const host = alias.trim().toLowerCase().replace(/\.$/, '');
  if (name === host) return true;
  if (!name.startsWith('*.') || host.startsWith('*.')) return false;
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === name.slice(2);
}

/**
 * Why: CloudFront refuses an alias that the attached certificate does not cover (fact 102); a
 * wildcard covers exactly one label (fact 105). Only checked when the certificate's names are known
 * (an existing certificate with names entered; a created one is made for the aliases).
 * Failing shape: names `['*.example.com']`, aliases `['example.com']`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF104',
    name: 'alias-not-covered',
    target: 'config',
    step: 'domain',
    title: 'Every alias must be covered by the certificate',
    description: "Each alias must match one of the certificate's names; `*.example.com` covers exactly one label below example.com.",
    rationale:
      'CloudFront checks the certificate against every alternate domain name and fails with InvalidViewerCertificate ("doesn\'t cover the alternate domain name") otherwise. A wildcard does not cover the apex nor deeper names.',
    howToFix: 'Add the name to the certificate (or request a new one that includes it), or remove the alias.',
    facts: [102, 105],
    messages: {
      notCovered: {
        severity: 'error',
        text: (alias: string, names: string) =>
          `Alias "${alias}" is not covered by the certificate's names (${names}); CloudFront rejects it with InvalidViewerCertificate. Add "${alias}" to the certificate (a wildcard covers exactly one label, not the apex).`,
      },
    },
    examples: {
      bad: "aliases: ['example.com', 'a.b.example.com'], certificate: { mode: existing, names: ['*.example.com'] }",
      good: "aliases: ['example.com', 'api.example.com'], certificate: { mode: existing, names: ['example.com', '*.example.com'] }",
    },
  },
  check({ config }, report) {
    if (!config) return;
    const cert = config.domain.certificate;
    // A created certificate is issued for the aliases themselves, so it covers them by construction.
    if (cert.mode !== 'existing' || cert.names.length === 0) return;
    config.domain.aliases.forEach((alias, i) => {
      if (cert.names.some((n) => certificateCovers(n, alias))) return;
      report({ messageId: 'notCovered', args: [alias, cert.names.join(', ')], location: { configPath: ['domain', 'aliases', i] } });
    });
  },
});
