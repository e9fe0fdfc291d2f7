import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af410-compress-without-caching';

testRule(rule, {
  valid: [
    { name: 'preset (compress off)', config: buildConfig() },
    { name: 'compress with CachingOptimized', config: buildConfig((c) => { c.defaultBehavior.cache = { policy: 'CachingOptimized' }; c.defaultBehavior.compress = true; }) },
    { name: 'compress with an unknown policy ID', config: buildConfig((c) => { c.defaultBehavior.cache = { policyId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' }; c.defaultBehavior.compress = true; }) },
  ],
  invalid: [
    { name: 'compress with CachingDisabled', output: { 'defaultBehavior.compress': false }, config: buildConfig((c) => (c.defaultBehavior.compress = true)), findings: [{ messageId: 'compressNoEffect', path: 'defaultBehavior.compress' }] },
    {
      name: 'compress with CachingDisabled given by ID on an ordered behavior', output: { 'behaviors[0].compress': false },
      config: buildConfig((c) => {
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/v1/*', compress: true, cache: { policyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' } });
      }),
      findings: [{ messageId: 'compressNoEffect', path: 'behaviors[0].compress' }],
    },
    {
      name: 'compress with legacy Headers ["*"]', output: { 'defaultBehavior.compress': false },
      config: buildConfig((c) => {
        c.defaultBehavior.originRequest = null;
        c.defaultBehavior.compress = true;
        c.defaultBehavior.cache = { legacy: { headers: ['*'], queryString: true, queryStringCacheKeys: [], cookies: { forward: 'all', names: [] }, minTtl: 0 } };
      }, 'api-only-http'),
      findings: [{ messageId: 'compressNoEffect', path: 'defaultBehavior.compress' }],
    },
  ],
});
