import type { CustomCachePolicy } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af411-options-cached-without-cors-key';

const keyedOn = (names: string[]): { custom: CustomCachePolicy } => ({
  custom: {
    minTtl: 0,
    defaultTtl: 0,
    maxTtl: 60,
    headers: { behavior: 'whitelist', names },
    cookies: { behavior: 'none', names: [] },
    queryStrings: { behavior: 'none', names: [] },
    gzip: false,
    brotli: false,
  },
});
const cachingOptions = (cache: Parameters<typeof buildConfig>[0]) =>
  buildConfig((c) => {
    c.defaultBehavior.cachedMethods = 'get-head-options';
    cache?.(c);
  });

testRule(rule, {
  valid: [
    { name: 'preset (GET/HEAD cached)', config: buildConfig() },
    { name: 'OPTIONS in cached methods but caching disabled', config: cachingOptions(() => {}) },
    {
      name: 'OPTIONS cached with the three CORS headers in the key (any case)',
      config: cachingOptions((c) => (c.defaultBehavior.cache = keyedOn(['origin', 'Access-Control-Request-Method', 'access-control-request-headers']))),
    },
  ],
  invalid: [
    {
      name: 'OPTIONS cached with CachingOptimized', output: { 'defaultBehavior.cachedMethods': 'get-head' },
      config: cachingOptions((c) => (c.defaultBehavior.cache = { policy: 'CachingOptimized' })),
      findings: [{ messageId: 'optionsCachedWithoutCorsKey', path: 'defaultBehavior.cachedMethods' }],
    },
    {
      name: 'OPTIONS cached keyed on Origin only', output: { 'defaultBehavior.cachedMethods': 'get-head' },
      config: cachingOptions((c) => (c.defaultBehavior.cache = keyedOn(['Origin']))),
      findings: [{ messageId: 'optionsCachedWithoutCorsKey', path: 'defaultBehavior.cachedMethods' }],
    },
  ],
});
