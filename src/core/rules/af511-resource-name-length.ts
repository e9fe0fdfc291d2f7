import { getAt, isRecord, resolveString, resourcesOfType, templateLocation } from './template-helpers';
import { defineRule } from './types';

/** Name limits of the account-unique resources a CloudFront template names (facts 167, 181). */
const LIMITS: readonly { type: string; path: readonly string[]; max: number; pattern: RegExp; what: string }[] = [
  { type: 'AWS::CloudFront::Function', path: ['Name'], max: 64, pattern: /^[a-zA-Z0-9_-]+$/, what: 'CloudFront Function' },
  { type: 'AWS::WAFv2::WebACL', path: ['Name'], max: 128, pattern: /^[\w-]+$/, what: 'web ACL' },
  // OAC: "up to 64 characters" (API OriginAccessControlConfig.Name; the shipped schema sets no maxLength);
  // no character pattern is documented (the console fills in the bucket's domain).
  { type: 'AWS::CloudFront::OriginAccessControl', path: ['OriginAccessControlConfig', 'Name'], max: 64, pattern: /^.+$/s, what: 'Origin Access Control' },
];

/** Stack names may be 128 characters long: the most `${AWS::StackName}` can add. */
const MAX_STACK_NAME = 128;

/**
 * `Fn::Sub` strings with `${AWS::StackName}`: the longest the name can get, and the stack-name budget
 * that keeps it within `max`. Other variables are counted as their literal default when a parameter
 * has one, else left out (unknown, so the rule stays quiet about them).
 */
function subBudget(template: Parameters<typeof resolveString>[0], value: unknown): { fixed: number } | undefined {
  if (!isRecord(value) || !('Fn::Sub' in value)) return undefined;
  const sub = value['Fn::Sub'];
  const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (text === undefined || !text.includes('${AWS::StackName}')) return undefined;
  let fixed = 0;
  for (const part of text.split(/(\$\{[^}]+\})/)) {
    const variable = /^\$\{([^}]+)\}$/.exec(part)?.[1];
    if (variable === undefined) fixed += part.length;
    else if (variable !== 'AWS::StackName') fixed += resolveString(template, { Ref: variable })?.length ?? 0;
  }
  return { fixed };
}

/**
 * Why: a CloudFront Function name is at most 64 characters of `[a-zA-Z0-9-_]`, an Origin Access Control
 * name at most 64 (fact 181) and a web ACL name at most 128 (fact 167); a name built from `${AWS::StackName}` is only as short as the stack name typed at deploy
 * time, so a long stack name fails the deploy late, after other resources were created.
 * Failing shapes: `Name: !Sub '${AWS::StackName}-strip-api-prefix-and-set-forwarded-host'`, `Name: my.function`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF511',
    name: 'resource-name-length',
    target: 'template',
    step: 'review',
    title: 'Generated resource names within their limits',
    description:
      'A CloudFront Function name must be 1-64 characters of letters, digits, `-` and `_`; an Origin Access Control name at most 64; a web ACL name at most 128. A name built from `${AWS::StackName}` must leave room for the stack name.',
    rationale:
      'CloudFormation validates the name only when it creates the resource: a stack whose name makes `${AWS::StackName}-<suffix>` longer than 64 characters fails halfway through the deploy and rolls back.',
    howToFix: 'Write the name out (hash it when long), or keep the suffix short and the stack name within the budget the message gives.',
    facts: [167, 181, 186],
    messages: {
      tooLong: {
        severity: 'error',
        text: (what: string, name: string, max: number) => `The ${what} name "${name}" has ${name.length} characters; the limit is ${max}.`,
      },
      badCharacters: {
        severity: 'error',
        text: (what: string, name: string) => `The ${what} name "${name}" has characters the name pattern refuses; use letters, digits, - and _ only.`,
      },
      stackNameBudget: {
        severity: 'warning',
        text: (what: string, budget: number, max: number) =>
          budget <= 0
            ? `The ${what} name is built from \${AWS::StackName} and is already over ${max} characters without it.`
            : `The ${what} name is built from \${AWS::StackName}: any stack name longer than ${budget} characters makes it exceed ${max} and fails the deploy (stack names may have ${MAX_STACK_NAME}).`,
      },
    },
    examples: {
      bad: "Type: AWS::CloudFront::Function\nProperties: { Name: !Sub '${AWS::StackName}-strip-the-api-prefix-and-copy-the-host-header' }",
      good: 'Type: AWS::CloudFront::Function\nProperties: { Name: orders-api-api-star }',
    },
  },
  check({ template }, report) {
    if (!template) return;
    const t = template.template;
    for (const limit of LIMITS) {
      for (const r of resourcesOfType(t, limit.type)) {
        const value = getAt(r.properties, limit.path);
        const at = templateLocation(template, r.logicalId, limit.path);
        const literal = resolveString(t, value);
        if (literal !== undefined) {
          if (literal.length > limit.max) report({ messageId: 'tooLong', args: [limit.what, literal, limit.max], location: at });
          else if (!limit.pattern.test(literal)) report({ messageId: 'badCharacters', args: [limit.what, literal], location: at });
          continue;
        }
        const sub = subBudget(t, value);
        if (sub && sub.fixed + MAX_STACK_NAME > limit.max) {
          report({ messageId: 'stackNameBudget', args: [limit.what, limit.max - sub.fixed, limit.max], location: at });
        }
      }
    }
  },
});
