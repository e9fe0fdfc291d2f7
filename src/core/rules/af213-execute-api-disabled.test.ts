import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { TemplateInput } from './types';
import { rule } from './af213-execute-api-disabled';

const withApi = (disabled: boolean, domainName: unknown): TemplateInput => ({
  template: {
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders', DisableExecuteApiEndpoint: disabled } },
      Distribution: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: { DistributionConfig: { Origins: [{ Id: 'api', DomainName: domainName }] } },
      },
    },
  },
});
const SUB = { 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.amazonaws.com' };

testRule(rule, {
  valid: [
    { name: 'endpoint enabled', config: buildConfig() },
    {
      name: 'disabled, origin is the custom domain',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') throw new Error('preset origin');
        origin.api.executeApiEndpointDisabled = true;
        origin.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name' };
      }),
    },
    { name: 'template: enabled', template: withApi(false, SUB) },
    { name: 'template: disabled, custom-domain origin', template: withApi(true, 'api-origin.example.com') },
  ],
  invalid: [
    {
      name: 'disabled with the execute-api origin',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type === 'apigateway') origin.api.executeApiEndpointDisabled = true;
      }),
      findings: [{ messageId: 'disabledEndpoint', path: 'origins[0].api.executeApiEndpointDisabled' }],
    },
    {
      name: 'template: disabled, origin built from the API',
      template: withApi(true, SUB),
      findings: [{ messageId: 'disabledEndpoint', path: 'Distribution.DistributionConfig.Origins.0.DomainName' }],
    },
    {
      name: 'template: disabled, origin joined from Ref',
      template: withApi(true, { 'Fn::Join': ['', [{ Ref: 'Api' }, '.execute-api.eu-west-1.amazonaws.com']] }),
      findings: [{ messageId: 'disabledEndpoint', path: 'Distribution.DistributionConfig.Origins.0.DomainName' }],
    },
  ],
});
