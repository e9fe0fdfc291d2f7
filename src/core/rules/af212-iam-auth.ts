import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: SigV4 signatures cover the Host header, which CloudFront rewrites to the origin host, so
 * IAM-authorised calls through the distribution fail signature checks (fact 91).
 * Failing shape: `api: { auth: 'iam' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF212',
    name: 'iam-auth',
    target: 'config',
    step: 'origin',
    title: 'IAM (SigV4) authorization breaks through CloudFront',
    description: 'An API that uses IAM (SigV4) authorization does not work unchanged behind CloudFront.',
    rationale:
      'Clients sign the request for the host they call (your alias); CloudFront replaces Host with the execute-api host, so API Gateway computes a different signature and answers 403 "The request signature we calculated does not match".',
    howToFix: 'Sign at the edge (Lambda@Edge), have clients sign for the execute-api host, call the API directly, or use another authorizer.',
    facts: [91],
    messages: {
      iamAuth: {
        severity: 'warning',
        text: (apiId: string) =>
          `API ${apiId} uses IAM (SigV4) authorization: the signature covers Host, which CloudFront rewrites, so calls through the distribution get 403 signature mismatch. Sign at the edge, sign for the execute-api host, or call the API directly.`,
      },
    },
    examples: { bad: 'api: { auth: iam }', good: 'api: { auth: cognito }' },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, path } of apiOriginRefs(config)) {
      if (origin.api.auth !== 'iam') continue;
      report({ messageId: 'iamAuth', args: [origin.api.id], location: { configPath: [...path, 'api', 'auth'] } });
    }
  },
});
