import { effectiveIntegrationTimeout } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

type TimeoutField = 'readTimeout' | 'keepAliveTimeout' | 'connectionAttempts' | 'connectionTimeout';

const QUOTA_LIMIT = 120; // facts 76, 78: default limit without a quota increase
const HARD_LIMIT = 180;

function setField(index: number, field: TimeoutField, value: number) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[index];
    if (origin && origin.type !== 's3') origin[field] = value;
  };
}

const inRange = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/**
 * Why: CloudFront rejects timeouts outside their ranges (facts 76, 78); above 120 s it needs an approved
 * quota increase first; a read timeout below the API's integration timeout cuts off slow but valid
 * responses, and one far above it only delays the error (facts 77, 80).
 * Failing shapes: `readTimeout: 200`, `readTimeout: 20` for a REST API (29 s), `connectionAttempts: 5`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF209',
    name: 'origin-timeouts',
    target: 'config',
    step: 'origin',
    title: 'Origin timeouts within range and matched to the API',
    description:
      "Read timeout 1-180 s (above 120 s needs a quota increase) and close to the API's integration timeout; keep-alive 1-180 s; connection attempts 1-3; connection timeout 1-10 s.",
    rationale:
      "CloudFront rejects out-of-range values (InvalidOriginReadTimeout ...). A read timeout shorter than the API's integration timeout turns slow valid answers into 504s (and POSTs are not retried); one far longer only makes failing requests hang.",
    howToFix: "Set the read timeout to the API's integration timeout (30 s for REST's 29 s); keep the others at their defaults (one click).",
    facts: [76, 77, 78, 79, 80],
    messages: {
      readOutOfRange: {
        severity: 'error',
        text: (value: number) => `Read (response) timeout ${value} s is outside 1-${HARD_LIMIT} s (whole seconds); CloudFront rejects it.`,
      },
      readNeedsQuota: {
        severity: 'warning',
        text: (value: number) =>
          `Read timeout ${value} s is above ${QUOTA_LIMIT} s: the deploy fails with InvalidOriginReadTimeout unless a quota increase ("Response timeout per origin") is approved first.`,
      },
      readBelowIntegration: {
        severity: 'warning',
        text: (value: number, integration: number, suggested: number) =>
          `Read timeout ${value} s is shorter than the API's integration timeout (${integration} s): slow but valid responses become 504 errors, and non-GET requests are not retried. Use ${suggested} s.`,
      },
      readFarAbove: {
        severity: 'info',
        text: (value: number, integration: number, suggested: number) =>
          `Read timeout ${value} s is more than 30 s above the API's integration timeout (${integration} s): API Gateway gives up first, so the extra wait never helps. ${suggested} s is enough.`,
      },
      keepAliveOutOfRange: {
        severity: 'error',
        text: (value: number) => `Keep-alive timeout ${value} s is outside 1-${HARD_LIMIT} s (whole seconds); CloudFront rejects it. The default is 5 s.`,
      },
      keepAliveNeedsQuota: {
        severity: 'warning',
        text: (value: number) => `Keep-alive timeout ${value} s is above ${QUOTA_LIMIT} s, which needs an approved quota increase first.`,
      },
      attemptsOutOfRange: {
        severity: 'error',
        text: (value: number) => `Connection attempts ${value} is outside 1-3; CloudFront rejects it. The default is 3.`,
      },
      connectTimeoutOutOfRange: {
        severity: 'error',
        text: (value: number) => `Connection timeout ${value} s is outside 1-10 s (whole seconds); CloudFront rejects it. The default is 10 s.`,
      },
    },
    examples: {
      bad: 'api: { kind: rest }, readTimeout: 10, connectionAttempts: 5',
      good: 'api: { kind: rest }, readTimeout: 30, connectionAttempts: 3',
    },
  },
  check({ config }, report) {
    if (!config) return;
    config.origins.forEach((origin, i) => {
      if (origin.type === 's3') return;
      const at = (field: TimeoutField) => ({ configPath: ['origins', i, field] });
      const integration = origin.type === 'apigateway' ? effectiveIntegrationTimeout(origin.api) : undefined;
      // CloudFront's default 30 s, or the API's own timeout when it is longer (REST quota increase).
      const suggested = Math.min(HARD_LIMIT, Math.max(30, integration ?? 30));
      const readFix = { label: `Set the read timeout to ${suggested} s`, mutate: setField(i, 'readTimeout', suggested) };

      const read = origin.readTimeout;
      if (!inRange(read, 1, HARD_LIMIT)) {
        report({ messageId: 'readOutOfRange', args: [read], location: at('readTimeout'), fix: readFix });
      } else {
        if (read > QUOTA_LIMIT) report({ messageId: 'readNeedsQuota', args: [read], location: at('readTimeout') });
        if (integration !== undefined && read < integration) {
          report({ messageId: 'readBelowIntegration', args: [read, integration, suggested], location: at('readTimeout'), fix: readFix });
        } else if (integration !== undefined && read > integration + 30) {
          report({ messageId: 'readFarAbove', args: [read, integration, suggested], location: at('readTimeout'), fix: readFix });
        }
      }

      const keepAlive = origin.keepAliveTimeout;
      if (!inRange(keepAlive, 1, HARD_LIMIT)) {
        report({ messageId: 'keepAliveOutOfRange', args: [keepAlive], location: at('keepAliveTimeout'), fix: { label: 'Use 5 s', mutate: setField(i, 'keepAliveTimeout', 5) } });
      } else if (keepAlive > QUOTA_LIMIT) {
        report({ messageId: 'keepAliveNeedsQuota', args: [keepAlive], location: at('keepAliveTimeout') });
      }
      if (!inRange(origin.connectionAttempts, 1, 3)) {
        report({ messageId: 'attemptsOutOfRange', args: [origin.connectionAttempts], location: at('connectionAttempts'), fix: { label: 'Use 3', mutate: setField(i, 'connectionAttempts', 3) } });
      }
      if (!inRange(origin.connectionTimeout, 1, 10)) {
        report({ messageId: 'connectTimeoutOutOfRange', args: [origin.connectionTimeout], location: at('connectionTimeout'), fix: { label: 'Use 10 s', mutate: setField(i, 'connectionTimeout', 10) } });
      }
    });
  },
});
