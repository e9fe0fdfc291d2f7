import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af204-default-stage-path';

const httpWithPath = (originPath: string) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin) origin.originPath = originPath;
  }, 'api-only-http');

testRule(rule, {
  valid: [
    { name: 'HTTP $default with an empty path', config: buildConfig(undefined, 'api-only-http') },
    {
      name: 'HTTP $default with a prefix every route carries',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') return;
        origin.originPath = '/v1';
        origin.api.routes = [{ method: 'GET', path: '/v1/orders' }, { method: 'POST', path: '/v1' }];
      }, 'api-only-http'),
    },
    { name: 'REST API at /prod', config: buildConfig() },
  ],
  invalid: [
    { name: '/$default', output: { 'origins[0].originPath': '' }, config: httpWithPath('/$default'), findings: [{ messageId: 'defaultStageInPath', path: 'origins[0].originPath' }] },
    { name: '/$default/v1', output: { 'origins[0].originPath': '/v1' }, config: httpWithPath('/$default/v1'), findings: [{ messageId: 'defaultStageInPath', path: 'origins[0].originPath' }] },
    { name: 'a prefix with routes unknown (serverless-patterns OriginPath /mypath)', config: httpWithPath('/mypath'), findings: [{ messageId: 'pathBeforeDefaultStage', path: 'origins[0].originPath' }] },
    {
      name: 'a prefix some routes lack',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') return;
        origin.originPath = '/v1';
        origin.api.routes = [{ method: 'GET', path: '/v1/orders' }, { method: 'GET', path: '/health' }];
      }, 'api-only-http'),
      findings: [{ messageId: 'pathBeforeDefaultStage', path: 'origins[0].originPath' }],
    },
  ],
});
