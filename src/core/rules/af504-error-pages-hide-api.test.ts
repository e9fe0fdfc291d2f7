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
    { name: '5xx page with the same status', config: withPages([page(503, 503, '/maintenance.html')]), findings: [{ messageId: 'hidesApiErrors', path: 'distribution.errorPages[0]' }] },
  ],
});
