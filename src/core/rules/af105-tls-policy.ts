import type { ApifrontConfig } from '../model/schema';
import { TLS_POLICIES } from '../model/schema';
import { RECOMMENDED_TLS_POLICY as RECOMMENDED } from '../model/constants';
import { defineRule } from './types';

/** Below this a policy still accepts TLS 1.0/1.1 or CBC ciphers: a warning. */
const BASELINE = 'TLSv1.2_2021';

function setRecommended(config: ApifrontConfig): ApifrontConfig {
  const next = structuredClone(config);
  next.domain.minimumProtocolVersion = RECOMMENDED;
  return next;
}

/**
 * Why: policies older than TLSv1.2_2021 still accept TLS 1.0/1.1 or weak ciphers and fail common
 * scanner baselines (facts 98, 101); unset, CloudFormation does not pick the recommended policy. The fix
 * goes to TLSv1.2_2025, the newest policy that still admits TLS 1.2 clients (fact 168).
 * Failing shape: `certificate: { mode: 'create' }` with `minimumProtocolVersion: 'TLSv1'` or null.
 */
export const rule = defineRule({
  meta: {
    id: 'AF105',
    name: 'tls-policy',
    target: 'config',
    step: 'domain',
    title: 'Viewer TLS policy TLSv1.2_2021 or newer',
    description: 'With a custom certificate, the viewer minimum TLS policy should be TLSv1.2_2021 or newer (TLSv1.2_2025 recommended), and set explicitly.',
    rationale:
      'Older security policies let viewers connect with TLS 1.0/1.1 or weak ciphers; AWS Config and common scanners flag them. TLSv1.2_2021 is the widely used baseline (CDK default); TLSv1.2_2025 keeps TLS 1.2 with AEAD ciphers only and is what posture checkers now recommend, and the shipped CloudFormation schema accepts it.',
    howToFix: 'Set the viewer security policy to TLSv1.2_2025 (one click), or TLSv1.3_2025 if every client speaks TLS 1.3.',
    facts: [98, 101, 168],
    messages: {
      outdated: {
        severity: 'warning',
        text: (policy: string) =>
          `Viewer TLS policy ${policy} is older than ${BASELINE} and still allows old protocols or weak ciphers; use ${RECOMMENDED}.`,
      },
      unset: {
        severity: 'warning',
        text: () =>
          `The viewer TLS policy is left unset with a custom certificate; set it explicitly to ${RECOMMENDED} so viewers cannot negotiate old protocols.`,
      },
    },
    examples: {
      bad: 'certificate: { mode: create }, minimumProtocolVersion: TLSv1',
      good: 'certificate: { mode: create }, minimumProtocolVersion: TLSv1.2_2025',
    },
  },
  check({ config }, report) {
    if (!config || config.domain.certificate.mode === 'none') return;
    const policy = config.domain.minimumProtocolVersion;
    const location = { configPath: ['domain', 'minimumProtocolVersion'] };
    const fix = { label: `Use ${RECOMMENDED}`, apply: setRecommended };
    if (policy === null) {
      report({ messageId: 'unset', args: [], location, fix });
    } else if (TLS_POLICIES.indexOf(policy) < TLS_POLICIES.indexOf(BASELINE)) {
      report({ messageId: 'outdated', args: [policy], location, fix });
    }
  },
});
