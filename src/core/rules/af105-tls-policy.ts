import { RECOMMENDED_TLS_POLICY } from '../model/constants';
import type { ApifrontConfig } from '../model/schema';
import { TLS_POLICIES } from '../model/schema';
import { defineRule } from './types';

const RECOMMENDED = RECOMMENDED_TLS_POLICY;

function setRecommended(config: ApifrontConfig): ApifrontConfig {
  const next = structuredClone(config);
  next.domain.minimumProtocolVersion = RECOMMENDED;
  return next;
}

/**
 * Why: policies older than TLSv1.2_2021 still accept TLS 1.0/1.1 or weak ciphers and fail common
 * scanner baselines (facts 98, 101); unset, CloudFormation does not pick the recommended policy.
 * Failing shape: `certificate: { mode: 'create' }` with `minimumProtocolVersion: 'TLSv1'` or null.
 */
export const rule = defineRule({
  meta: {
    id: 'AF105',
    name: 'tls-policy',
    target: 'config',
    step: 'domain',
    title: 'Viewer TLS policy TLSv1.2_2021 or newer',
    description: 'With a custom certificate, the viewer minimum TLS policy should be TLSv1.2_2021 or newer, and set explicitly.',
    rationale:
      'Older security policies let viewers connect with TLS 1.0/1.1 or weak ciphers; AWS Config and common scanners flag them. TLSv1.2_2021 is the widely used baseline (CDK default).',
    howToFix: 'Set the viewer security policy to TLSv1.2_2021 (one click), or TLSv1.2_2025 / TLSv1.3_2025 if every client supports it.',
    facts: [98, 101],
    messages: {
      outdated: {
        severity: 'warning',
        text: (policy: string) =>
          `Viewer TLS policy ${policy} is older than ${RECOMMENDED} and still allows old protocols or weak ciphers; use ${RECOMMENDED} or newer.`,
      },
      unset: {
        severity: 'warning',
        text: () =>
          `The viewer TLS policy is left unset with a custom certificate; set it explicitly to ${RECOMMENDED} so viewers cannot negotiate old protocols.`,
      },
    },
    examples: {
      bad: 'certificate: { mode: create }, minimumProtocolVersion: TLSv1',
      good: 'certificate: { mode: create }, minimumProtocolVersion: TLSv1.2_2021',
    },
  },
  check({ config }, report) {
    if (!config || config.domain.certificate.mode === 'none') return;
    const policy = config.domain.minimumProtocolVersion;
    const location = { configPath: ['domain', 'minimumProtocolVersion'] };
    const fix = { label: `Use ${RECOMMENDED}`, apply: setRecommended };
    if (policy === null) {
      report({ messageId: 'unset', args: [], location, fix });
    } else if (TLS_POLICIES.indexOf(policy) < TLS_POLICIES.indexOf(RECOMMENDED)) {
      report({ messageId: 'outdated', args: [policy], location, fix });
    }
  },
});
