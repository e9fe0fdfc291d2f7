import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { fixedBy, testRule } from '../testing/test-rule';
import { rule } from './af505-error-caching';

testRule(rule, {
  valid: [
    { name: 'preset default', config: buildConfig() },
    { name: 'HTTP API preset', config: buildConfig(undefined, 'api-only-http') },
    {
      name: 'no API behavior',
      config: buildConfig((c) => {
        c.origins = [{ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] }];
        c.defaultBehavior.originId = 'site';
        c.distribution.errorCaching = [];
      }),
    },
    {
      name: 'TTL 0 given on an error page',
      config: buildConfig((c) => {
        c.distribution.errorCaching = c.distribution.errorCaching.filter((e) => e.code !== 503);
        c.distribution.errorPages = [{ code: 503, responseCode: 503, pagePath: '/down.html', ttl: 0 }];
      }),
    },
  ],
  invalid: [
    {
      // Found by the fix property test: only the first of two pages for 502 was set to 0.
      name: 'two error pages for 502, the second with TTL 30',
      output: { 'distribution.errorPages[1].ttl': 0 },
      config: buildConfig((c) => {
        c.distribution.errorCaching = c.distribution.errorCaching.filter((e) => e.code !== 502);
        c.distribution.errorPages = [
          { code: 502, responseCode: null, pagePath: null, ttl: 0 },
          { code: 502, responseCode: null, pagePath: null, ttl: 30 },
        ];
      }),
      findings: [{ messageId: 'errorsCached', path: 'distribution.errorCaching' }],
    },
    {
      name: 'no error caching at all', output: { 'distribution.errorCaching': [404, 500, 501, 502, 503, 504].map((code) => ({ code, ttl: 0 })) },
      config: buildConfig((c) => {
        c.distribution.errorCaching = [];
      }),
      findings: [{ messageId: 'errorsCached', path: 'distribution.errorCaching' }],
    },
    {
      name: 'a 5xx with a non-zero TTL', output: { 'distribution.errorCaching[3].ttl': 0 },
      config: buildConfig((c) => {
        c.distribution.errorCaching = c.distribution.errorCaching.map((e) => (e.code === 502 ? { code: 502, ttl: 30 } : e));
      }),
      findings: [{ messageId: 'errorsCached', path: 'distribution.errorCaching' }],
    },
    {
      name: 'an error page for 404 with TTL 10', output: { 'distribution.errorPages[0].ttl': 0 },
      config: buildConfig((c) => {
        c.distribution.errorCaching = c.distribution.errorCaching.filter((e) => e.code !== 404);
        c.distribution.errorPages = [{ code: 404, responseCode: 404, pagePath: '/404.html', ttl: 10 }];
      }),
      findings: [{ messageId: 'errorsCached', path: 'distribution.errorCaching' }],
    },
  ],
});

describe('AF505 fix', () => {
  it('adds exactly the missing codes with TTL 0', () => {
    const config = buildConfig((c) => {
      c.distribution.errorCaching = [{ code: 500, ttl: 0 }, { code: 400, ttl: 5 }];
    });
    const [f] = runRule(rule, { config });
    expect(f?.message).toContain('404, 501, 502, 503, 504');
    const fixed = fixedBy(f, config);
    expect(fixed?.distribution.errorCaching).toEqual([
      { code: 400, ttl: 5 },
      { code: 404, ttl: 0 },
      { code: 500, ttl: 0 },
      { code: 501, ttl: 0 },
      { code: 502, ttl: 0 },
      { code: 503, ttl: 0 },
      { code: 504, ttl: 0 },
    ]);
  });
});
