import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af214-origin-references';

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    {
      name: 'behavior to a second origin',
      config: buildConfig((c) => {
        c.origins.push({ id: 'assets', type: 's3', bucketDomainName: 'assets.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/static/*', originId: 'assets' });
      }),
    },
  ],
  invalid: [
    {
      name: 'two origins with the same ID', output: { 'origins[1].id': 'api-2' },
      config: buildConfig((c) => {
        c.origins.push({ id: 'api', type: 's3', bucketDomainName: 'assets.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
      }),
      findings: [{ messageId: 'duplicateId', path: 'origins[1].id' }],
    },
    {
      name: 'behavior to a missing origin', output: { 'behaviors[0].originId': 'api' },
      config: buildConfig((c) => {
        c.behaviors.push({ ...c.defaultBehavior, pathPattern: '/v2/*', originId: 'api-v2' });
      }),
      findings: [{ messageId: 'unknownOrigin', path: 'behaviors[0].originId' }],
    },
    {
      name: 'default behavior to a missing origin', output: { 'defaultBehavior.originId': 'api' },
      config: buildConfig((c) => {
        c.defaultBehavior.originId = 'gone';
      }),
      findings: [{ messageId: 'unknownOrigin', path: 'defaultBehavior.originId' }],
    },
  ],
});
