import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af205-custom-domain-stage-path';

const viaCustomDomain = (basePath: string, originPath: string | undefined) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    origin.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath, endpoint: 'regional', originHost: 'name' };
    if (originPath === undefined) delete origin.originPath;
    else origin.originPath = originPath;
  });

testRule(rule, {
  valid: [
    { name: 'derived (empty) path', config: viaCustomDomain('', undefined) },
    { name: 'the base path', config: viaCustomDomain('v1', '/v1') },
    { name: 'base path named like the stage', config: viaCustomDomain('prod', '/prod') },
    { name: 'no custom domain', config: buildConfig() },
  ],
  invalid: [
    { name: 'stage with an empty mapping', output: { 'origins[0].originPath': '' }, config: viaCustomDomain('', '/prod'), findings: [{ messageId: 'stageThroughCustomDomain', path: 'origins[0].originPath' }] },
    { name: 'stage while the mapping is v1', output: { 'origins[0].originPath': '/v1/users' }, config: viaCustomDomain('v1', '/prod/users'), findings: [{ messageId: 'stageThroughCustomDomain', path: 'origins[0].originPath' }] },
  ],
});
