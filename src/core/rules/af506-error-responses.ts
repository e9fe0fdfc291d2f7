import type { ConfigPath } from '../model/parse';
import { defineRule } from './types';

const ERROR_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504]; // fact 123
const RESPONSE_CODES = [200, ...ERROR_CODES];

/**
 * Why: CustomErrorResponses accepts only certain error codes and response codes, ResponseCode and
 * ResponsePagePath go together, and each code may appear once (facts 123, 124). errorCaching and
 * errorPages merge by code into that one list, so a code in both is a duplicate too.
 * Failing shapes: `errorCaching: [{ code: 429 }]`; `errorPages: [{ code: 404, responseCode: 200 }]` (no page).
 */
export const rule = defineRule({
  meta: {
    id: 'AF506',
    name: 'error-responses',
    target: 'config',
    step: 'security',
    title: 'Custom error responses CloudFront accepts',
    description:
      'An error caching entry or error page with a code CloudFront does not accept, a response code without a page path (or the reverse), or the same error code twice.',
    rationale:
      'CloudFront accepts custom error responses only for 400, 403, 404, 405, 414, 416 and 500-504, with a response code among those or 200; ResponseCode and ResponsePagePath must be set together; each error code can be listed once.',
    howToFix: 'Fix the pair: give both a response code and a page path, or neither; keep one entry per code.',
    facts: [123, 124],
    messages: {
      badErrorCode: {
        severity: 'error',
        text: (code: number) => `Error code ${code} cannot have a custom error response; CloudFront accepts ${ERROR_CODES.join(', ')}.`,
      },
      badResponseCode: {
        severity: 'error',
        text: (code: number) => `Response code ${code} is not accepted; use 200 or one of ${ERROR_CODES.join(', ')}.`,
      },
      unpaired: {
        severity: 'error',
        text: (code: number, has: string, lacks: string) =>
          `The error page for ${code} has a ${has} but no ${lacks}; set both, or neither to only tune error caching.`,
      },
      duplicate: {
        severity: 'error',
        text: (code: number, first: string) => `Error code ${code} is listed again (first under ${first}); keep one entry per code.`,
      },
    },
    examples: {
      bad: 'errorPages: [{ code: 404, responseCode: 200, pagePath: null }]',
      good: 'errorPages: [{ code: 404, responseCode: 200, pagePath: "/index.html" }]',
    },
  },
  check({ config }, report) {
    if (!config) return;
    const { errorCaching, errorPages } = config.distribution;
    const firstAt = new Map<number, string>();
    // The place as the wizard names it, never the config path.
    const visit = (code: number, path: ConfigPath, place: string) => {
      const location = { configPath: [...path, 'code'] };
      if (!ERROR_CODES.includes(code)) report({ messageId: 'badErrorCode', args: [code], location });
      const first = firstAt.get(code);
      if (first !== undefined) report({ messageId: 'duplicate', args: [code, first], location });
      else firstAt.set(code, place);
    };
    errorCaching.forEach((e, i) => visit(e.code, ['distribution', 'errorCaching', i], `Error caching, entry ${i + 1}`));
    errorPages.forEach((page, i) => {
      const path = ['distribution', 'errorPages', i];
      visit(page.code, path, `Custom error pages, entry ${i + 1}`);
      if (page.responseCode !== null && !RESPONSE_CODES.includes(page.responseCode)) {
        report({ messageId: 'badResponseCode', args: [page.responseCode], location: { configPath: [...path, 'responseCode'] } });
      }
      const hasPage = page.pagePath !== null && page.pagePath !== '';
      if (page.responseCode !== null && !hasPage) {
        report({ messageId: 'unpaired', args: [page.code, 'response code', 'page path'], location: { configPath: [...path, 'pagePath'] } });
      } else if (page.responseCode === null && hasPage) {
        report({ messageId: 'unpaired', args: [page.code, 'page path', 'response code'], location: { configPath: [...path, 'responseCode'] } });
      }
    });
  },
});
