import { defineRule } from './types';

const MAX_ORIGINS = 25; // fact 82, adjustable

/**
 * Why: 25 origins per distribution is the default quota (fact 82); more fails until an increase is approved.
 * Failing shape: 26 origins.
 */
export const rule = defineRule({
  meta: {
    id: 'AF215',
    name: 'too-many-origins',
    target: 'config',
    step: 'origin',
    title: 'At most 25 origins without a quota increase',
    description: 'More than 25 origins exceed the default (adjustable) quota per distribution.',
    rationale: 'CloudFront rejects the 26th origin unless the account has an approved quota increase for "Origins per distribution".',
    howToFix: 'Merge origins, split the distribution, or request a quota increase before deploying.',
    facts: [82],
    messages: {
      tooManyOrigins: {
        severity: 'warning',
        text: (count: number) =>
          `${count} origins exceed the default quota of ${MAX_ORIGINS} per distribution; request a quota increase first, or use fewer origins.`,
      },
    },
    examples: { bad: 'origins: [ ...26 origins ]', good: 'origins: [ ...25 or fewer ]' },
  },
  check({ config }, report) {
    if (!config || config.origins.length <= MAX_ORIGINS) return;
    report({ messageId: 'tooManyOrigins', args: [config.origins.length], location: { configPath: ['origins'] } });
  },
});
