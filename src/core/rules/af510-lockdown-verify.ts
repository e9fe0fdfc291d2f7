import { DEFAULT_VERIFY_HEADER } from '../model/constants';
import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/**
 * Why: every lock-down checks a secret header that CloudFront adds to origin requests (facts 85,
 * 152, 153); without one there is nothing to check and the WAF rule or authorizer rejects
 * everything. An HTTP API route takes one authorizer, so a lock-down authorizer cannot sit next to
 * a JWT or IAM authorizer on the same routes (fact 153). Failing shapes: `lockdown: waf,
 * verifyHeader: null`; HTTP API `auth: jwt` + `lockdown: authorizer`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF510',
    name: 'lockdown-verify',
    target: 'config',
    step: 'security',
    title: 'A lock-down needs a verify header and its own authorizer slot',
    description:
      'Lock-down is chosen without a verify header, or an HTTP API is locked down by a Lambda authorizer while its routes already use a JWT or IAM authorizer.',
    rationale:
      'The WAF rule or Lambda authorizer lets through only requests carrying the secret header CloudFront adds; with no header configured, nothing can pass. HTTP API routes have exactly one authorizer, so the lock-down check and JWT/IAM authorization cannot both be attached.',
    howToFix: 'Add the verify header (its value becomes a NoEcho parameter); for JWT or IAM routes, combine both checks in one Lambda authorizer.',
    facts: [85, 152, 153],
    messages: {
      noVerifyHeader: {
        severity: 'error',
        text: (originId: string, mode: string) =>
          `Origin ${originId} is locked down (${mode}) but has no verify header, so there is nothing to check and every request would be refused. Add a verify header such as X-Origin-Verify.`,
      },
      authorizerConflict: {
        severity: 'error',
        text: (originId: string, auth: string) =>
          `Origin ${originId} uses ${auth} authorization, and an HTTP API route takes only one authorizer, so a lock-down Lambda authorizer cannot be added. Check the verify header and the ${auth} credentials in one Lambda authorizer instead.`,
      },
    },
    examples: { bad: 'lockdown: waf, verifyHeader: null', good: 'lockdown: waf, verifyHeader: { name: X-Origin-Verify }' },
  },
  check({ config }, report) {
    config?.origins.forEach((origin, i) => {
      // Origin mTLS needs no shared secret (fact 169); AF218 checks it.
      if (origin.type !== 'apigateway' || origin.lockdown === 'none' || origin.lockdown === 'mtls') return;
      if (!origin.verifyHeader?.name.trim()) {
        report({
          messageId: 'noVerifyHeader',
          args: [origin.id, origin.lockdown],
          location: { configPath: ['origins', i, 'verifyHeader'] },
          fix: {
            label: 'Add the verify header X-Origin-Verify',
            apply: (c: ApifrontConfig) => {
              const o = c.origins[i];
              if (o?.type === 'apigateway') o.verifyHeader = { name: DEFAULT_VERIFY_HEADER };
              return c;
            },
          },
        });
      }
      if (origin.api.kind === 'http' && origin.lockdown === 'authorizer' && (origin.api.auth === 'jwt' || origin.api.auth === 'iam')) {
        report({
          messageId: 'authorizerConflict',
          args: [origin.id, origin.api.auth === 'jwt' ? 'JWT' : 'IAM'],
          location: { configPath: ['origins', i, 'lockdown'] },
        });
      }
    });
  },
});
