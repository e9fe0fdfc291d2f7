import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApifrontConfig } from '../model/schema';
import { rule } from './af506-error-responses';

type Dist = ApifrontConfig['distribution'];
const withErrors = (errorCaching: Dist['errorCaching'], errorPages: Dist['errorPages'] = []) =>
  buildConfig((c) => {
    c.distribution.errorCaching = errorCaching;
    c.distribution.errorPages = errorPages;
  });

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'page with both response code and path', config: withErrors([{ code: 500, ttl: 0 }], [{ code: 404, responseCode: 200, pagePath: '/index.html', ttl: 10 }]) },
    { name: 'page entry that only tunes caching', config: withErrors([], [{ code: 503, responseCode: null, pagePath: null, ttl: 0 }]) },
  ],
  invalid: [
    { name: '429 is not accepted', config: withErrors([{ code: 429, ttl: 0 }]), findings: [{ messageId: 'badErrorCode', path: 'distribution.errorCaching[0].code' }] },
    {
      name: 'same code in both lists',
      config: withErrors([{ code: 404, ttl: 0 }], [{ code: 404, responseCode: 200, pagePath: '/index.html', ttl: 0 }]),
      findings: [{ messageId: 'duplicate', path: 'distribution.errorPages[0].code' }],
    },
    { name: 'same code twice in one list', config: withErrors([{ code: 502, ttl: 0 }, { code: 502, ttl: 5 }]), findings: [{ messageId: 'duplicate', path: 'distribution.errorCaching[1].code' }] },
    {
      name: 'response code without page path',
      config: withErrors([], [{ code: 404, responseCode: 200, pagePath: null, ttl: 0 }]),
      findings: [{ messageId: 'unpaired', path: 'distribution.errorPages[0].pagePath' }],
    },
    {
      name: 'page path without response code, and a bad response code',
      config: withErrors([], [{ code: 403, responseCode: null, pagePath: '/denied.html', ttl: 0 }, { code: 500, responseCode: 302, pagePath: '/x.html', ttl: 0 }]),
      findings: [
        { messageId: 'unpaired', path: 'distribution.errorPages[0].responseCode' },
        { messageId: 'badResponseCode', path: 'distribution.errorPages[1].responseCode' },
      ],
    },
  ],
});

describe('AF506 messages', () => {
  it('name the place as the wizard shows it, never the internal config path', () => {
    const findings = runRule(rule, { config: withErrors([{ code: 404, ttl: 0 }], [{ code: 404, responseCode: null, pagePath: null, ttl: 10 }]) });
    expect(findings.map((f) => f.message)).toEqual(['Error code 404 is listed again (first under Error caching, entry 1); keep one entry per code.']);
    expect(findings[0]?.message).not.toMatch(/distribution\.|\[\d+\]/);
  });
});
