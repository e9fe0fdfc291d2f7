import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af413-too-many-names';

const names = (n: number, prefix = 'X-Header-') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    {
      name: 'exactly 10 headers in a custom origin request policy',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'whitelist', names: names(10) }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
      }),
    },
    {
      name: '11 names listed but the behavior is "all" (names unused)',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'none', names: [] }, cookies: { behavior: 'all', names: names(11, 'c') }, queryStrings: { behavior: 'all', names: [] } } };
      }),
    },
  ],
  invalid: [
    {
      name: '11 headers in a custom cache policy',
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 60, headers: { behavior: 'whitelist', names: names(11) }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'none', names: [] }, gzip: false, brotli: false } };
      }),
      findings: [{ messageId: 'tooManyNames', path: 'defaultBehavior.cache.custom.headers.names' }],
    },
    {
      name: 'query strings whose names add up to more than 1024 characters',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'none', names: [] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'whitelist', names: names(5, 'q'.repeat(210)) } } };
      }),
      findings: [{ messageId: 'namesTooLong', path: 'defaultBehavior.originRequest.custom' }],
    },
    {
      name: 'legacy: 12 cookies and a 129-character query string',
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = null;
        c.defaultBehavior.cache = { legacy: { headers: [], queryString: true, queryStringCacheKeys: ['page', 'q'.repeat(129)], cookies: { forward: 'whitelist', names: names(12, 'cookie') }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
      }),
      findings: [
        { messageId: 'tooManyNames', path: 'defaultBehavior.cache.legacy.cookies.names' },
        { messageId: 'nameTooLong', path: 'defaultBehavior.cache.legacy.queryStringCacheKeys[1]' },
      ],
    },
  ],
});
