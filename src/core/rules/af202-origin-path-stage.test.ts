import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af202-origin-path-stage';

const withPath = (originPath: string | undefined, preset: 'api-only-rest' | 'api-only-http' = 'api-only-rest', stage?: string) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    if (originPath === undefined) delete origin.originPath;
    else origin.originPath = originPath;
    if (stage) origin.api.stage = stage;
  }, preset);

testRule(rule, {
  valid: [
    { name: 'derived path (absent)', config: withPath(undefined) },
    { name: '/prod', config: withPath('/prod') },
    { name: 'deeper path under the stage', config: withPath('/prod/v1') },
    { name: 'HTTP $default stage, empty path', config: withPath('', 'api-only-http') },
    { name: 'trailing slash is left to AF203', config: withPath('prod/') },
    {
      name: 'a WebSocket origin is left to AF201',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') throw new Error('preset origin');
        origin.api.id = 'wss://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod';
        origin.originPath = '/v1';
      }),
    },
  ],
  invalid: [
    { name: 'path without the stage', output: { 'origins[0].originPath': '/prod' }, config: withPath('/v1'), findings: [{ messageId: 'missingStage', path: 'origins[0].originPath' }] },
    { name: 'stage prefix but different stage', output: { 'origins[0].originPath': '/prod' }, config: withPath('/production'), findings: [{ messageId: 'missingStage', path: 'origins[0].originPath' }] },
    { name: 'empty path on a REST API', output: { 'origins[0].originPath': '/prod' }, config: withPath(''), findings: [{ messageId: 'emptyPath', path: 'origins[0].originPath' }] },
    {
      name: 'named HTTP API stage with an empty path', output: { 'origins[0].originPath': '/live' },
      config: withPath('', 'api-only-http', 'live'),
      findings: [{ messageId: 'emptyPath', path: 'origins[0].originPath' }],
    },
  ],
});
