import { defineRule } from './types';

const QUOTA = 75; // fact 34 (adjustable)

/**
 * Why: a distribution takes 75 cache behaviors by default; more needs an approved quota increase
 * first, or the deploy fails (fact 34). Failing shape: 76 ordered behaviors.
 */
export const rule = defineRule({
  meta: {
    id: 'AF309',
    name: 'too-many-behaviors',
    target: 'config',
    step: 'paths',
    title: 'At most 75 behaviors without a quota increase',
    description: 'The distribution has more than 75 cache behaviors (the default, adjustable quota).',
    rationale: 'CloudFront refuses a distribution with more cache behaviors than the account\'s quota, which is 75 unless AWS raised it.',
    howToFix: 'Merge patterns (one `/api/*` instead of one behavior per route), or request a quota increase before deploying.',
    facts: [34],
    messages: {
      tooMany: {
        severity: 'warning',
        text: (count: number) =>
          `${count} behaviors exceed CloudFront's default quota of ${QUOTA} per distribution: merge patterns, or request a quota increase (Service Quotas, CloudFront) before deploying.`,
      },
    },
    examples: { bad: 'behaviors: [/users/*, /orders/*, ... 76 patterns]', good: 'behaviors: [/api/*]' },
  },
  check({ config }, report) {
    if (!config || config.behaviors.length <= QUOTA) return;
    report({ messageId: 'tooMany', args: [config.behaviors.length], location: { configPath: ['behaviors'] } });
  },
});
