import { HTTP_VERSIONS } from '../model/schema';
import { distributions, templateLocation } from './template-helpers';
import { defineRule } from './types';

/**
 * Why: HttpVersion is one of four values, and when a template leaves it out CloudFormation creates
 * the distribution with http1.1 (the console and CDK pick http2), which is slower for browsers and
 * easy to miss (facts 111, 112). The config always has a valid value, so this runs on templates only.
 * Failing shapes: `HttpVersion: HTTP2` (error); no `HttpVersion` (warning).
 */
export const rule = defineRule({
  meta: {
    id: 'AF502',
    name: 'http-version',
    target: 'template',
    step: 'security',
    title: 'Set a valid HttpVersion explicitly',
    description: 'The distribution\'s HttpVersion is not http1.1, http2, http2and3 or http3 (error), or is left out so CloudFormation uses http1.1 (warning).',
    rationale:
      'CloudFront rejects other values. When HttpVersion is omitted, distributions created through CloudFormation serve only HTTP/1.1, unlike ones created in the console; HTTP/2 and HTTP/3 need TLS 1.2+ / 1.3 and SNI, which every current client has.',
    howToFix: 'Set HttpVersion: http2and3.',
    facts: [111, 112],
    messages: {
      invalid: {
        severity: 'error',
        text: (value: string) => `HttpVersion "${value}" is not accepted: use http2and3 (or http1.1, http2, http3).`,
      },
      unset: {
        severity: 'warning',
        text: (logicalId: string) => `${logicalId} sets no HttpVersion, so CloudFormation creates it with http1.1 only: set HttpVersion: http2and3.`,
      },
    },
    examples: { bad: 'DistributionConfig: { Enabled: true }  # no HttpVersion', good: 'DistributionConfig: { Enabled: true, HttpVersion: http2and3 }' },
  },
  check({ template }, report) {
    if (!template) return;
    const valid: readonly string[] = HTTP_VERSIONS;
    for (const dist of distributions(template.template)) {
      const value = dist.config.HttpVersion;
      if (value === undefined) {
        report({ messageId: 'unset', args: [dist.logicalId], location: templateLocation(template, dist.logicalId, ['DistributionConfig']) });
      } else if (typeof value === 'string' && !valid.includes(value)) {
        report({ messageId: 'invalid', args: [value], location: templateLocation(template, dist.logicalId, ['DistributionConfig', 'HttpVersion']) });
      }
    }
  },
});
