import type { ApifrontConfig } from '../model/schema';
import { defineRule, type Fix } from './types';

/** Fact 83: headers CloudFront cannot add as origin custom headers (compared case-insensitively). */
const FORBIDDEN = new Set(
  [
    'Cache-Control', 'Connection', 'Content-Length', 'Cookie', 'Host',
    'If-Match', 'If-Modified-Since', 'If-None-Match', 'If-Range', 'If-Unmodified-Since',
    'Max-Forwards', 'Pragma', 'Proxy-Authorization', 'Proxy-Connection',
    'Range', 'Request-Range', 'TE', 'Trailer', 'Transfer-Encoding', 'Upgrade', 'Via', 'X-Real-Ip',
  ].map((h) => h.toLowerCase()),
);
const FORBIDDEN_PREFIXES: Record<string, string> = { 'x-amz-': 'X-Amz-', 'x-edge-': 'X-Edge-' };
const MAX_NAME = 256; // fact 84
const MAX_VALUE = 1783;
const MAX_HEADERS = 10; // adjustable
/** An HTTP header name token (RFC 9110). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Why CloudFront refuses a name, or undefined when it may be added. */
export function forbiddenHeaderReason(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  if (FORBIDDEN.has(lower)) return 'CloudFront manages this header itself';
  const prefix = Object.keys(FORBIDDEN_PREFIXES).find((p) => lower.startsWith(p));
  return prefix ? `names starting with ${FORBIDDEN_PREFIXES[prefix]} are reserved for AWS` : undefined;
}

function dropHeader(originIndex: number, headerIndex: number) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[originIndex];
    if (origin) origin.customHeaders = origin.customHeaders.filter((_h, k) => k !== headerIndex);
  };
}

/**
 * Why: CloudFront refuses certain origin custom header names and over-long names or values, and a
 * name twice (facts 83, 84); more than 10 headers need a quota increase.
 * Failing shapes: `{ name: 'Host' }`, `{ name: 'x-amz-date' }`, the same name twice.
 */
export const rule = defineRule({
  meta: {
    id: 'AF210',
    name: 'custom-header-names',
    target: 'config',
    step: 'origin',
    title: 'Origin custom headers CloudFront can add',
    description:
      'Origin custom headers must not be ones CloudFront manages (Host, Cookie, X-Amz-*, X-Edge-*, ...), must respect the name (256) and value (1783) lengths, and appear once; more than 10 need a quota increase.',
    rationale:
      'CloudFront rejects the distribution when an origin custom header is on its reserved list, too long, or repeated. The verify header counts as a custom header too.',
    howToFix: 'Rename or drop the header (one click drops it).',
    facts: [83, 84],
    messages: {
      forbidden: {
        severity: 'error',
        text: (name: string, reason: string) => `Origin custom header "${name}" cannot be added: ${reason}. Rename it or drop it.`,
      },
      invalidName: {
        severity: 'error',
        text: (name: string) =>
          `"${name}" is not a valid header name (use letters, digits and - only, no spaces or colons).`,
      },
      nameTooLong: {
        severity: 'error',
        text: (name: string, length: number) => `Header name "${name.slice(0, 40)}..." is ${length} characters; CloudFront allows at most ${MAX_NAME}.`,
      },
      valueTooLong: {
        severity: 'error',
        text: (name: string, length: number) => `The value of header "${name}" is ${length} characters; CloudFront allows at most ${MAX_VALUE}.`,
      },
      duplicate: {
        severity: 'error',
        text: (name: string) => `Origin custom header "${name}" is set twice (names are case-insensitive); CloudFront rejects repeats. Keep one.`,
      },
      tooMany: {
        severity: 'warning',
        text: (count: number, originId: string) =>
          `Origin "${originId}" adds ${count} custom headers; the default quota is ${MAX_HEADERS} per origin. Request a quota increase first or drop some.`,
      },
    },
    examples: {
      bad: "customHeaders: [{ name: 'Host', value: 'api.example.com' }, { name: 'X-Amz-Date', value: 'x' }]",
      good: "customHeaders: [{ name: 'X-Team', value: 'payments' }]",
    },
  },
  check({ config }, report) {
    if (!config) return;
    config.origins.forEach((origin, i) => {
      const seen = new Set<string>();
      /** Reports what is wrong with a header name; true when the name is fine. */
      const checkName = (name: string, path: (string | number)[], fix?: Fix): boolean => {
        const location = { configPath: path };
        const reason = forbiddenHeaderReason(name);
        if (name.length > MAX_NAME) report({ messageId: 'nameTooLong', args: [name, name.length], location });
        else if (!TOKEN.test(name)) report({ messageId: 'invalidName', args: [name], location });
        else if (reason) report({ messageId: 'forbidden', args: [name, reason], location, ...(fix ? { fix } : {}) });
        return name.length <= MAX_NAME && TOKEN.test(name) && !reason;
      };
      origin.customHeaders.forEach((header, k) => {
        const path = ['origins', i, 'customHeaders', k];
        const fix = { label: `Drop header ${header.name}`, mutate: dropHeader(i, k) };
        const lower = header.name.trim().toLowerCase();
        if (seen.has(lower)) {
          report({ messageId: 'duplicate', args: [header.name], location: { configPath: [...path, 'name'] }, fix });
          return;
        }
        seen.add(lower);
        checkName(header.name, [...path, 'name'], fix);
        if (header.value.length > MAX_VALUE) {
          report({ messageId: 'valueTooLong', args: [header.name, header.value.length], location: { configPath: [...path, 'value'] } });
        }
      });
      const verify = origin.type === 'apigateway' ? origin.verifyHeader : null;
      let count = origin.customHeaders.length;
      if (verify) {
        count += 1;
        const path = ['origins', i, 'verifyHeader', 'name'];
        if (checkName(verify.name, path) && seen.has(verify.name.trim().toLowerCase())) {
          report({ messageId: 'duplicate', args: [verify.name], location: { configPath: path } });
        }
      }
      if (count > MAX_HEADERS) {
        report({ messageId: 'tooMany', args: [count, origin.id], location: { configPath: ['origins', i, 'customHeaders'] } });
      }
    });
  },
});
