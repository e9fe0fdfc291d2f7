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
    { name: 'HTTP $default with a sub-path', config: httpWithPath('/v1') },
    { name: 'REST API at /prod', config: buildConfig() },
  ],
  invalid: [
    { name: '/$default', output: { 'origins[0].originPath': '' }, config: httpWithPath('/$default'), findings: [{ messageId: 'defaultStageInPath', path: 'origins[0].originPath' }] },
    { name: '/$default/v1', output: { 'origins[0].originPath': '/v1' }, config: httpWithPath('/$default/v1'), findings: [{ messageId: 'defaultStageInPath', path: 'origins[0].originPath' }] },
  ],
});
