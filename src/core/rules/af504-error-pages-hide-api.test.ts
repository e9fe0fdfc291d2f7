import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApifrontConfig } from '../model/schema';
import { rule } from './af504-error-pages-hide-api';

type Page = ApifrontConfig['distribution']['errorPages'][number];
const page = (code: number, responseCode: number | null, pagePath: string | null): Page => ({ code, responseCode, pagePath, ttl: 10 });

const withPages = (pages: Page[], siteOnly = false) =>
  buildConfig((c) => {
    c.distribution.errorPages = pages;
    c.distribution.errorCaching = c.distribution.errorCaching.filter((e) => !pages.some((p) => p.code === e.code));
    if (siteOnly) {
      c.origins = [{ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] }];
      c.defaultBehavior.originId = 'site';
    }
  });

testRule(rule, {
  valid: [
    { name: 'no error pages', config: buildConfig() },
    { name: 'SPA fallback on a site-only distribution', config: withPages([page(404, 200, '/index.html')], true) },
    { name: 'a 400 page is not an API error code here', config: withPages([page(400, 400, '/errors/400.html')]) },
  ],
  invalid: [
    {
      name: 'SPA fallback with an API behavior',
      config: withPages([page(403, 200, '/index.html'), page(404, 200, '/index.html')]),
      findings: [
        { messageId: 'hidesApiErrors', path: 'distribution.errorPages[0]' },
        { messageId: 'hidesApiErrors', path: 'distribution.errorPages[1]' },
      ],
    },
    {
      name: 'SPA fallback on a site + API distribution: the fix moves it into the site behavior\'s function',
      config: (() => {
        const c = withPages([page(404, 200, '/index.html')]);
        c.origins.push({ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
        c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/api/*' }];
        c.defaultBehavior = { ...c.defaultBehavior, originId: 'site', methods: 'get-head', cache: { policy: 'CachingOptimized' }, originRequest: null };
        return c;
      })(),
      findings: [{ messageId: 'hidesApiErrors', path: 'distribution.errorPages[0]' }],
    },
    { name: '5xx page with the same status', config: withPages([page(503, 503, '/maintenance.html')]), findings: [{ messageId: 'hidesApiErrors', path: 'distribution.errorPages[0]' }] },
  ],
});

describe('AF504 fix', () => {
  it('turns the fallback into the site behavior\'s function: no error page, API errors untouched, app routes still get the shell', async () => {
    const { lint } = await import('../lint');
    const { traceUrl } = await import('../request');
    const c = buildConfig((cfg) => {
      cfg.origins.push({ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
      cfg.behaviors = [{ ...cfg.defaultBehavior, pathPattern: '/api/*' }];
      cfg.defaultBehavior = { ...cfg.defaultBehavior, originId: 'site', methods: 'get-head', cache: { policy: 'CachingOptimized' }, originRequest: null };
      cfg.distribution.errorCaching = cfg.distribution.errorCaching.filter((e) => e.code !== 404);
      cfg.distribution.errorPages = [{ code: 404, responseCode: 200, pagePath: '/index.html', ttl: 10 }];
    });
    const finding = lint(c).find((f) => f.rule === 'AF504');
    const fixed = finding?.fix?.apply(structuredClone(c));
    if (!fixed) throw new Error('AF504 offers no fix');
    expect(fixed.distribution.errorPages).toEqual([]);
    expect(fixed.defaultBehavior.spaFallback).toBe(true);
    expect(fixed.behaviors[0]?.spaFallback).toBeUndefined();
    const deepLink = traceUrl(fixed, { url: '/orders/42' });
    expect(deepLink.ok && deepLink.trace.originRequest.path).toBe('/index.html');
    const asset = traceUrl(fixed, { url: '/app.js' });
    expect(asset.ok && asset.trace.originRequest.path).toBe('/app.js');
    const api = traceUrl(fixed, { url: '/api/orders/42' });
    expect(api.ok && api.trace.originRequest.path).toBe('/prod/api/orders/42');
  });
});
