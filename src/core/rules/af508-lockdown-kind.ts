import type { ApifrontConfig } from '../model/schema';
import { isRecord, resolveString, resourcesOfType, templateLocation } from './template-helpers';
import { defineRule } from './types';

/**
 * A condition key that tries to read a request header other than the two a resource policy can
 * see (aws:Referer, aws:UserAgent; fact 150): `aws:RequestHeader/...`, `X-Origin-Verify`, `header/...`.
 */
function isCustomHeaderKey(key: string): boolean {
  const k = key.toLowerCase();
  if (k === 'aws:referer' || k === 'aws:useragent') return false;
  return k.includes('header') || /^x-[a-z0-9-]+$/.test(k);
}

/** The policy document (object or JSON string), or undefined. */
function policyDocument(value: unknown): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why: HTTP APIs have neither resource policies nor WAF (facts 149, 152): their lock-down is a Lambda
 * authorizer (fact 153). A REST resource policy cannot test a custom header such as X-Origin-Verify;
 * only aws:Referer and aws:UserAgent are visible (fact 150). Failing shapes: `kind: http` +
 * `lockdown: waf`; a RestApi Policy condition on `aws:RequestHeader/X-Origin-Verify` (template).
 */
export const rule = defineRule({
  meta: {
    id: 'AF508',
    name: 'lockdown-kind',
    target: 'both',
    step: 'security',
    title: 'Use a lock-down the API kind supports',
    description:
      'WAF or a resource policy is chosen to lock down an HTTP API, or a REST API resource policy tests a custom header (template).',
    rationale:
      'AWS WAF and resource policies attach only to REST APIs; an HTTP API must check the secret header in a Lambda authorizer. Resource-policy conditions can read only the Referer and User-Agent headers, so a condition on X-Origin-Verify never matches as intended.',
    howToFix: 'REST API: a regional WAF rule on the stage that checks the header. HTTP API: a Lambda (REQUEST) authorizer that checks it.',
    facts: [149, 150, 151, 152, 153],
    messages: {
      wafOnHttpApi: {
        severity: 'error',
        text: (originId: string) =>
          `Origin ${originId} is an HTTP API, which AWS WAF cannot be attached to: lock it down with a Lambda authorizer that checks the verify header.`,
      },
      wafAssociationOnHttpApi: {
        severity: 'error',
        text: (logicalId: string) =>
          `${logicalId} associates a web ACL with an HTTP API stage, which AWS WAF does not support: check the verify header in a Lambda authorizer instead.`,
      },
      policyTestsHeader: {
        severity: 'error',
        text: (logicalId: string, key: string) =>
          `${logicalId}'s resource policy tests "${key}", but resource policies can only read aws:Referer and aws:UserAgent, not custom headers: use a regional WAF rule on the stage to check the verify header.`,
      },
    },
    examples: { bad: 'api: { kind: http }, lockdown: waf', good: 'api: { kind: http }, lockdown: authorizer, verifyHeader: { name: X-Origin-Verify }' },
  },
  check({ config, template }, report) {
    config?.origins.forEach((origin, i) => {
      if (origin.type !== 'apigateway' || origin.api.kind !== 'http' || origin.lockdown !== 'waf') return;
      report({
        messageId: 'wafOnHttpApi',
        args: [origin.id],
        location: { configPath: ['origins', i, 'lockdown'] },
        ...(['jwt', 'iam'].includes(origin.api.auth)
          ? {}
          : {
              fix: {
                label: 'Use a Lambda authorizer',
                mutate: (c: ApifrontConfig) => {
                  const o = c.origins[i];
                  if (o?.type === 'apigateway') o.lockdown = 'authorizer';
                },
              },
            }),
      });
    });
    if (!template) return;
    const t = template.template;
    for (const assoc of resourcesOfType(t, 'AWS::WAFv2::WebACLAssociation')) {
      const arn = resolveString(t, assoc.properties.ResourceArn) ?? JSON.stringify(assoc.properties.ResourceArn ?? '');
      if (!/:apigateway:.*::\/apis\//.test(arn)) continue;
      report({ messageId: 'wafAssociationOnHttpApi', args: [assoc.logicalId], location: templateLocation(template, assoc.logicalId, ['ResourceArn']) });
    }
    for (const api of resourcesOfType(t, 'AWS::ApiGateway::RestApi')) {
      const doc = policyDocument(api.properties.Policy);
      if (!doc) continue;
      const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
      statements.forEach((statement, s) => {
        if (!isRecord(statement) || !isRecord(statement.Condition)) return;
        for (const operator of Object.values(statement.Condition)) {
          const key = isRecord(operator) ? Object.keys(operator).find(isCustomHeaderKey) : undefined;
          if (!key) continue;
          const path = Array.isArray(doc.Statement) ? ['Policy', 'Statement', s, 'Condition'] : ['Policy', 'Statement', 'Condition'];
          report({ messageId: 'policyTestsHeader', args: [api.logicalId, key], location: templateLocation(template, api.logicalId, path) });
          return;
        }
      });
    }
  },
});
