import type { ApifrontConfig } from '../model/schema';
import { distributions, templateLocation } from './template-helpers';
import { defineRule } from './types';

const COMMENT_MAX = 128; // fact 122
const ROOT_OBJECT_MAX = 255; // fact 121
// Fact 113; the 2026 registry schema also lists "None" (meaning unconfirmed), so it is not flagged.
const PRICE_CLASSES = ['PriceClass_100', 'PriceClass_200', 'PriceClass_All', 'None'];

/**
 * Why: CloudFront rejects a comment over 128 characters, a price class outside its list, and a
 * default root object with a leading `/` or over 255 characters (facts 113, 121, 122). The config's
 * price class is an enum, so that check runs on templates; the default root object is checked on both.
 * Failing shapes: `defaultRootObject: /index.html`; `PriceClass: PriceClass_300` (template).
 */
export const rule = defineRule({
  meta: {
    id: 'AF509',
    name: 'distribution-values',
    target: 'both',
    step: 'security',
    title: 'Comment, price class and default root object within CloudFront\'s limits',
    description:
      'The comment is longer than 128 characters, the price class is not one CloudFront accepts (template), or the default root object starts with `/` or is longer than 255 characters.',
    rationale:
      'CloudFront rejects the distribution on any of these. The default root object is an object name (index.html), never a path; for an API it is rarely useful, since it only rewrites requests for `/`.',
    howToFix: 'Shorten the comment; use PriceClass_100, PriceClass_200 or PriceClass_All; drop the leading `/` of the root object.',
    facts: [113, 121, 122],
    messages: {
      commentTooLong: {
        severity: 'error',
        text: (length: number) => `The distribution comment is ${length} characters; CloudFront accepts at most ${COMMENT_MAX}. Shorten it.`,
      },
      rootObjectSlash: {
        severity: 'error',
        text: (value: string) => `Default root object "${value}" starts with /; give the object name only (${value.replace(/^\/+/, '')}).`,
      },
      rootObjectTooLong: {
        severity: 'error',
        text: (length: number) => `The default root object is ${length} characters; CloudFront accepts at most ${ROOT_OBJECT_MAX}.`,
      },
      badPriceClass: {
        severity: 'error',
        text: (value: string) => `PriceClass "${value}" is not accepted: use PriceClass_100, PriceClass_200 or PriceClass_All.`,
      },
    },
    examples: { bad: 'distribution: { defaultRootObject: "/index.html" }', good: 'distribution: { defaultRootObject: "index.html" }' },
  },
  check({ config, template }, report) {
    if (config) {
      const { comment, defaultRootObject } = config.distribution;
      if (comment.length > COMMENT_MAX) {
        report({
          messageId: 'commentTooLong',
          args: [comment.length],
          location: { configPath: ['distribution', 'comment'] },
          fix: {
            label: `Cut the comment to ${COMMENT_MAX} characters`,
            mutate: (c: ApifrontConfig) => {
              c.distribution.comment = c.distribution.comment.slice(0, COMMENT_MAX);
            },
          },
        });
      }
      const rootLocation = { configPath: ['distribution', 'defaultRootObject'] };
      if (defaultRootObject.startsWith('/')) {
        report({
          messageId: 'rootObjectSlash',
          args: [defaultRootObject],
          location: rootLocation,
          fix: {
            label: 'Remove the leading /',
            mutate: (c: ApifrontConfig) => {
              c.distribution.defaultRootObject = c.distribution.defaultRootObject.replace(/^\/+/, '');
            },
          },
        });
      }
      if (defaultRootObject.length > ROOT_OBJECT_MAX) report({ messageId: 'rootObjectTooLong', args: [defaultRootObject.length], location: rootLocation });
    }
    if (!template) return;
    for (const dist of distributions(template.template)) {
      const { PriceClass, DefaultRootObject } = dist.config;
      const at = (key: string) => templateLocation(template, dist.logicalId, ['DistributionConfig', key]);
      if (typeof PriceClass === 'string' && !PRICE_CLASSES.includes(PriceClass)) report({ messageId: 'badPriceClass', args: [PriceClass], location: at('PriceClass') });
      if (typeof DefaultRootObject === 'string') {
        if (DefaultRootObject.startsWith('/')) report({ messageId: 'rootObjectSlash', args: [DefaultRootObject], location: at('DefaultRootObject') });
        if (DefaultRootObject.length > ROOT_OBJECT_MAX) report({ messageId: 'rootObjectTooLong', args: [DefaultRootObject.length], location: at('DefaultRootObject') });
      }
    }
  },
});
