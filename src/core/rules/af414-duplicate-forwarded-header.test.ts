import type { ApifrontConfig } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af414-duplicate-forwarded-header';

const orpWhitelist = (names: string[], mutate: (c: ApifrontConfig) => void = () => {}) =>
  buildConfig((c) => {
    c.defaultBehavior.originRequest = { custom: { headers: { behavior: 'whitelist', names }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
    mutate(c);
  });
const teamHeader = (c: ApifrontConfig) => c.origins[0]?.customHeaders.push({ name: 'X-Team', value: 'payments' });

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'custom header with an all-viewer policy', config: buildConfig(teamHeader) },
    { name: 'whitelist without duplicates', config: orpWhitelist(['X-Request-Id'], teamHeader) },
  ],
  invalid: [
    { name: 'whitelisted header also set by the origin', output: { 'defaultBehavior.originRequest.custom.headers': { behavior: 'none', names: [] } }, config: orpWhitelist(['x-team'], teamHeader), findings: [{ messageId: 'duplicatesCustomHeader', path: 'defaultBehavior.originRequest.custom.headers.names[0]' }] },
    {
      name: 'verify header named in a whitelist', output: { 'defaultBehavior.originRequest.custom.headers.names': ['X-Request-Id'] },
      config: orpWhitelist(['X-Request-Id', 'X-Origin-Verify'], (c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') origin.verifyHeader = { name: 'X-Origin-Verify' };
      }),
      findings: [{ messageId: 'duplicatesCustomHeader', path: 'defaultBehavior.originRequest.custom.headers.names[1]' }],
    },
    { name: 'Accept-Encoding in an origin request policy', output: { 'defaultBehavior.originRequest.custom.headers': { behavior: 'none', names: [] } }, config: orpWhitelist(['Accept-Encoding']), findings: [{ messageId: 'acceptEncodingListed', path: 'defaultBehavior.originRequest.custom.headers.names[0]' }] },
    {
      name: 'legacy headers with Accept-Encoding and a custom header',
      config: buildConfig((c) => {
        teamHeader(c);
        c.defaultBehavior.originRequest = null;
        c.defaultBehavior.cache = { legacy: { headers: ['accept-encoding', 'X-Team'], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } };
      }),
      findings: [
        { messageId: 'acceptEncodingListed', path: 'defaultBehavior.cache.legacy.headers[0]', output: { 'defaultBehavior.cache.legacy.headers': ['X-Team'] } },
        { messageId: 'duplicatesCustomHeader', path: 'defaultBehavior.cache.legacy.headers[1]', output: { 'defaultBehavior.cache.legacy.headers': ['accept-encoding'] } },
      ],
    },
    {
      name: 'Accept-Encoding in a custom cache policy', output: { 'defaultBehavior.cache.custom.headers': { behavior: 'none', names: [] } },
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 60, headers: { behavior: 'whitelist', names: ['Accept-Encoding'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'none', names: [] }, gzip: true, brotli: true } };
      }),
      findings: [{ messageId: 'acceptEncodingListed', path: 'defaultBehavior.cache.custom.headers.names[0]' }],
    },
  ],
});
