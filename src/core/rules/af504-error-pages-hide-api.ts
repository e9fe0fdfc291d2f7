import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/** A single-page-app fallback: 403/404 rewritten to the app shell. */
const isSpaFallback = (page: ApifrontConfig['distribution']['errorPages'][number]) =>
  (page.code === 403 || page.code === 404) && /\/index\.html$/.test(page.pagePath ?? '');

/** The behaviors that serve the site (their origin is not API Gateway). */
function siteBehaviors(config: ApifrontConfig) {
  const apiIds = new Set(config.origins.filter((o) => o.type === 'apigateway').map((o) => o.id));
  return [config.defaultBehavior, ...config.behaviors].filter((b) => !apiIds.has(b.originId));
}

/** The fallback moves into the site behaviors' viewer-request function (fact 185); the error pages go. */
function moveFallbackToFunction(config: ApifrontConfig): ApifrontConfig {
  const next = structuredClone(config);
  for (const b of siteBehaviors(next)) b.spaFallback = true;
  next.distribution.errorPages = next.distribution.errorPages.filter((p) => !isSpaFallback(p));
  return next;
}

/** Error codes whose rewriting hides what an API meant (403 Missing Authentication Token, 404, 5xx). */
const isApiErrorCode = (code: number) => code === 403 || code === 404 || code >= 500;

/**
 * Why: custom error responses apply to the whole distribution, not per behavior (fact 129), so the
 * SPA trick "403/404 -> 200 /index.html" also rewrites the API's errors, including Missing
 * Authentication Token (fact 128). Failing shape: `errorPages: [{ code: 404, responseCode: 200,
 * pagePath: '/index.html' }]` on a distribution with an API behavior.
 */
export const rule = defineRule({
  meta: {
    id: 'AF504',
    name: 'error-pages-hide-api',
    target: 'config',
    step: 'security',
    title: 'Custom error pages also rewrite the API\'s errors',
    description: 'A custom error page rewrites 403, 404 or a 5xx to another page or status while the distribution serves an API.',
    rationale:
      'Custom error responses are distribution-wide: an SPA fallback that turns 404 into 200 /index.html also turns the API\'s 404s and 403s (including Missing Authentication Token) into an HTML page with status 200, so API clients cannot see errors.',
    howToFix: 'Serve the SPA fallback from a CloudFront Function on the site behavior, or put the API on its own distribution.',
    facts: [128, 129, 185],
    messages: {
      hidesApiErrors: {
        severity: 'warning',
        text: (code: number, target: string) =>
          `The error page for ${code} (${target}) applies to the whole distribution, so API responses with ${code} are rewritten too and API clients lose the real error. Do the SPA fallback in a CloudFront Function on the site behavior, or give the API its own distribution.`,
      },
    },
    examples: {
      bad: 'errorPages: [{ code: 404, responseCode: 200, pagePath: "/index.html" }]  # with an API behavior',
      good: 'errorPages: []  # SPA fallback in a viewer-request function on the site behavior',
    },
  },
  check({ config, derived }, report) {
    if (!config || derived.apiBehaviors().length === 0) return;
    config.distribution.errorPages.forEach((page, i) => {
      if (!isApiErrorCode(page.code)) return;
      const rewritesStatus = page.responseCode !== null && page.responseCode !== page.code;
      if (!rewritesStatus && !page.pagePath) return;
      const target = [page.responseCode !== null ? `status ${page.responseCode}` : '', page.pagePath ? `page ${page.pagePath}` : ''].filter(Boolean).join(', ');
      const fix = isSpaFallback(page) && siteBehaviors(config).length > 0 ? { fix: { label: 'Serve app routes from a function on the site behavior', apply: moveFallbackToFunction } } : {};
      report({ messageId: 'hidesApiErrors', args: [page.code, target], location: { configPath: ['distribution', 'errorPages', i] }, ...fix });
    });
  },
});
