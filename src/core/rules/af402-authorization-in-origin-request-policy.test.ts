import type { CustomOriginRequestPolicy } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af402-authorization-in-origin-request-policy';

const policy = (behavior: CustomOriginRequestPolicy['headers']['behavior'], names: string[]) =>
  buildConfig((c) => {
    c.defaultBehavior.originRequest = { custom: { headers: { behavior, names }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } };
  });

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'a header whose name merely contains the word', config: policy('whitelist', ['X-Authorization-Context']) },
    { name: 'all viewer headers except Host', config: policy('allExcept', ['Host']) },
    {
      name: 'Authorization in a cache policy key',
      config: buildConfig((c) => {
        c.defaultBehavior.cache = { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 1, headers: { behavior: 'whitelist', names: ['Authorization'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] }, gzip: false, brotli: false } };
        c.defaultBehavior.originRequest = null;
      }),
    },
  ],
  invalid: [
    { name: 'whitelisted Authorization', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } }, config: policy('whitelist', ['X-Request-Id', 'Authorization']), findings: [{ messageId: 'authorizationNamed', path: 'defaultBehavior.originRequest.custom.headers.names[1]' }] },
    { name: 'lower-case authorization', output: { 'defaultBehavior.originRequest': { policy: 'AllViewerExceptHostHeader' } }, config: policy('whitelist', ['authorization']), findings: [{ messageId: 'authorizationNamed', path: 'defaultBehavior.originRequest.custom.headers.names[0]' }] },
    {
      name: 'allViewerAndWhitelistCloudFront naming Authorization on an ordered behavior', output: { 'behaviors[0].originRequest': { policy: 'AllViewerExceptHostHeader' } },
      config: buildConfig((c) => {
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/v2/*', originRequest: { custom: { headers: { behavior: 'allViewerAndWhitelistCloudFront', names: ['Authorization'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'none', names: [] } } } });
      }),
      findings: [{ messageId: 'authorizationNamed', path: 'behaviors[0].originRequest.custom.headers.names[0]' }],
    },
  ],
});
