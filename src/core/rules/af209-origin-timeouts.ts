import { effectiveIntegrationTimeout } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

type TimeoutField = 'readTimeout' | 'keepAliveTimeout' | 'connectionAttempts' | 'connectionTimeout' | 'responseCompletionTimeout';

const QUOTA_LIMIT = 120; // fact 164: the default quota; more needs an approved increase, not a different value
/** Fact 166: how long a REST stream may stay silent, by endpoint type. */
const STREAM_IDLE = { regional: 300, private: 300, edge: 30 } as const;

function setField(index: number, field: TimeoutField, value: number) {
  return (config: ApifrontConfig): ApifrontConfig => {
    const next = structuredClone(config);
    const origin = next.origins[index];
    if (origin && origin.type !== 's3') origin[field] = value;
    return next;
  };
}

const inRange = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
const isSeconds = (value: number) => Number.isInteger(value) && value >= 1;

/**
 * Why: CloudFront rejects timeouts below 1 s or fractional (facts 76, 78); above 120 s it needs an approved
 * quota increase first, which is a warning with the figure, never an error (fact 164); a read timeout below
 * the API's integration timeout cuts off slow but valid responses, and one far above it only delays the
 * error (facts 77, 80). For a streaming REST API the read timeout is the idle gap allowed between chunks
 * (fact 166), and a response completion timeout must not be shorter than the read timeout (fact 165).
 * Failing shapes: `readTimeout: 0`, `readTimeout: 20` for a REST API (29 s), `connectionAttempts: 5`,
 * `responseCompletionTimeout: 10` with `readTimeout: 30`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF209',
    name: 'origin-timeouts',
    target: 'config',
    step: 'origin',
    title: 'Origin timeouts within range and matched to the API',
    description:
      "Read and keep-alive timeouts are whole seconds from 1 (above 120 s they need a quota increase); the read timeout matches the API's integration timeout, or its stream idle time for a streaming REST API; a response completion timeout is at least the read timeout; connection attempts 1-3; connection timeout 1-10 s.",
    rationale:
      "CloudFront rejects out-of-range values (InvalidOriginReadTimeout ...). A read timeout shorter than the API's integration timeout turns slow valid answers into 504s (and POSTs are not retried); one far longer only makes failing requests hang.",
    howToFix: "Set the read timeout to the API's integration timeout (30 s for REST's 29 s); keep the others at their defaults (one click).",
    facts: [76, 77, 78, 79, 80, 164, 165, 166],
    messages: {
      readOutOfRange: {
        severity: 'error',
        text: (value: number) => `Read (response) timeout ${value} s is not a whole number of seconds from 1; CloudFront rejects it.`,
      },
      readNeedsQuota: {
        severity: 'warning',
        text: (value: number) =>
          `Read timeout ${value} s is above the default quota of ${QUOTA_LIMIT} s: request a quota increase ("Response timeout per origin", up to 180 s) before deploying, or the deploy fails with InvalidOriginReadTimeout.`,
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
        text: (value: number) => `Keep-alive timeout ${value} s is not a whole number of seconds from 1; CloudFront rejects it. The default is 5 s.`,
      },
      keepAliveNeedsQuota: {
        severity: 'warning',
        text: (value: number) => `Keep-alive timeout ${value} s is above the default quota of ${QUOTA_LIMIT} s: request a quota increase ("Keep-alive timeout per origin") before deploying.`,
      },
      completionBelowRead: {
        severity: 'error',
        text: (completion: number, read: number) =>
          `Response completion timeout ${completion} s is shorter than the read timeout (${read} s); CloudFront requires it to be at least the read timeout.`,
      },
      completionWithStreaming: {
        severity: 'warning',
        text: (completion: number) =>
          `Response completion timeout ${completion} s caps the whole streamed response (API Gateway streams up to 15 minutes); leave it unset for a streaming API unless you want that cap.`,
      },
      streamIdleBelow: {
        severity: 'warning',
        text: (value: number, idle: number, endpoint: string) =>
          `The API streams responses: the read timeout (${value} s) is the longest silence CloudFront allows between chunks, and API Gateway allows ${idle} s on a ${endpoint} endpoint. Use ${Math.min(idle, QUOTA_LIMIT)} s${idle > QUOTA_LIMIT ? ' (more needs a quota increase)' : ''} if the stream can pause that long.`,
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
      const api = origin.type === 'apigateway' ? origin.api : undefined;
      const streaming = api?.kind === 'rest' && api.responseStreaming;
      const integration = api && !streaming ? effectiveIntegrationTimeout(api) : undefined;
      // CloudFront's default 30 s, or the API's own timeout when it is longer (REST quota increase).
      const suggested = Math.max(30, integration ?? 30);
      const readFix = { label: `Set the read timeout to ${suggested} s`, apply: setField(i, 'readTimeout', suggested) };

      const read = origin.readTimeout;
      if (!isSeconds(read)) {
        report({ messageId: 'readOutOfRange', args: [read], location: at('readTimeout'), fix: readFix });
      } else {
        if (read > QUOTA_LIMIT) report({ messageId: 'readNeedsQuota', args: [read], location: at('readTimeout') });
        if (streaming && api) {
          // Streaming: the read timeout is judged as idle time, against the stream's own idle limit.
          const idle = STREAM_IDLE[api.endpoint];
          if (read < Math.min(idle, QUOTA_LIMIT)) {
            report({ messageId: 'streamIdleBelow', args: [read, idle, api.endpoint], location: at('readTimeout'), fix: { label: `Set the read timeout to ${Math.min(idle, QUOTA_LIMIT)} s`, apply: setField(i, 'readTimeout', Math.min(idle, QUOTA_LIMIT)) } });
          }
        } else if (integration !== undefined && read < integration) {
          report({ messageId: 'readBelowIntegration', args: [read, integration, suggested], location: at('readTimeout'), fix: readFix });
        } else if (integration !== undefined && read > integration + 30) {
          report({ messageId: 'readFarAbove', args: [read, integration, suggested], location: at('readTimeout'), fix: readFix });
        }
      }

      const completion = origin.responseCompletionTimeout;
      if (completion !== undefined) {
        if (isSeconds(read) && completion < read) {
          report({ messageId: 'completionBelowRead', args: [completion, read], location: at('responseCompletionTimeout'), fix: { label: `Use ${read} s`, apply: setField(i, 'responseCompletionTimeout', read) } });
        } else if (streaming) {
          report({ messageId: 'completionWithStreaming', args: [completion], location: at('responseCompletionTimeout') });
        }
      }

      const keepAlive = origin.keepAliveTimeout;
      if (!isSeconds(keepAlive)) {
        report({ messageId: 'keepAliveOutOfRange', args: [keepAlive], location: at('keepAliveTimeout'), fix: { label: 'Use 5 s', apply: setField(i, 'keepAliveTimeout', 5) } });
      } else if (keepAlive > QUOTA_LIMIT) {
        report({ messageId: 'keepAliveNeedsQuota', args: [keepAlive], location: at('keepAliveTimeout') });
      }
      if (!inRange(origin.connectionAttempts, 1, 3)) {
        report({ messageId: 'attemptsOutOfRange', args: [origin.connectionAttempts], location: at('connectionAttempts'), fix: { label: 'Use 3', apply: setField(i, 'connectionAttempts', 3) } });
      }
      if (!inRange(origin.connectionTimeout, 1, 10)) {
        report({ messageId: 'connectTimeoutOutOfRange', args: [origin.connectionTimeout], location: at('connectionTimeout'), fix: { label: 'Use 10 s', apply: setField(i, 'connectionTimeout', 10) } });
      }
    });
  },
});
