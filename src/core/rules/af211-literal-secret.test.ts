import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { CustomHeader } from '../model/schema';
import type { CfnTemplate, TemplateInput } from './types';
import { rule } from './af211-literal-secret';

const withHeaders = (headers: CustomHeader[], verify: string | null = null) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    origin.customHeaders = headers;
    origin.verifyHeader = verify === null ? null : { name: verify };
  });
const withTemplateHeader = (value: unknown, parameters: CfnTemplate['Parameters'] = {}, header = 'X-Origin-Verify', domain: unknown = 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com'): TemplateInput => ({
  template: {
    Parameters: parameters,
    Resources: {
      Distribution: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: {
          DistributionConfig: {
            Origins: [{ Id: 'api', DomainName: domain, OriginCustomHeaders: [{ HeaderName: header, HeaderValue: value }] }],
          },
        },
      },
    },
  },
});
const VALUE = 'Distribution.DistributionConfig.Origins.0.OriginCustomHeaders.0.HeaderValue';

testRule(rule, {
  valid: [
    { name: 'plain team header', config: withHeaders([{ name: 'X-Team', value: 'payments' }]) },
    { name: 'verify header (value is a parameter)', config: withHeaders([], 'X-Origin-Verify') },
    { name: 'template: NoEcho parameter', template: withTemplateHeader({ Ref: 'OriginSecret' }, { OriginSecret: { Type: 'String', NoEcho: true } }) },
    { name: 'template: dynamic reference', template: withTemplateHeader('{{resolve:secretsmanager:origin-verify:SecretString:value}}') },
    {
      name: 'template: an innocent header from a parameter on a non-API origin',
      template: withTemplateHeader({ Ref: 'Team' }, { Team: { Type: 'String', Description: 'team name' } }, 'X-Team', 'shop.example.com'),
    },
  ],
  invalid: [
    {
      name: 'verify-like name with a literal value (fix: make it the verify header)', output: { 'origins[0].customHeaders': [], 'origins[0].verifyHeader': { name: 'X-Origin-Verify' } },
      config: withHeaders([{ name: 'X-Origin-Verify', value: 'hunter2' }]),
      findings: [{ messageId: 'secretInConfig', path: 'origins[0].customHeaders[0].value' }],
    },
    { name: 'x-api-key', output: { 'origins[0].customHeaders': [], 'origins[0].verifyHeader': { name: 'x-api-key' } }, config: withHeaders([{ name: 'x-api-key', value: 'k' }]), findings: [{ messageId: 'secretInConfig', path: 'origins[0].customHeaders[0].value' }] },
    {
      name: 'long random value under an innocent name, verify header already set',
      config: withHeaders([{ name: 'X-Team', value: 'b3f1c9a27e5d48f0a6c2d9' }], 'X-Origin-Verify'),
      findings: [{ messageId: 'secretInConfig', path: 'origins[0].customHeaders[0].value' }],
    },
    { name: 'template: literal value', template: withTemplateHeader('b3f1c9a27e5d48f0a6c2d9'), findings: [{ messageId: 'literalInTemplate', path: VALUE }] },
    {
      name: 'template: parameter without NoEcho',
      template: withTemplateHeader({ Ref: 'OriginSecret' }, { OriginSecret: { Type: 'String' } }),
      findings: [{ messageId: 'parameterNotNoEcho', path: VALUE }],
    },
    {
      name: 'template: the verify-header shape on an execute-api origin, parameter without NoEcho (rynop/aws-blueprint)',
      template: withTemplateHeader(
        { Ref: 'VerifyFromCfHeaderVal' },
        { ApiGatewayId: { Type: 'String' }, VerifyFromCfHeaderVal: { Type: 'String', Description: 'A custom header X-From-CDN with val below be passed to your orgin, to verify request came' } },
        'X-From-CDN',
        { 'Fn::Sub': '${ApiGatewayId}.execute-api.${AWS::Region}.amazonaws.com' },
      ),
      findings: [{ messageId: 'parameterNotNoEcho', path: VALUE }],
    },
    {
      name: 'template: headers chosen by Fn::If, value from a parameter described as a secret (cloudfront-authorization-at-edge)',
      template: {
        template: {
          Parameters: {
            CustomOriginHeaderName: { Type: 'String', Default: '' },
            CustomOriginHeaderValue: { Type: 'String', Default: '', Description: 'The HTTP header value of the (secret) custom header that you want CloudFront to send to your custom origin.' },
          },
          Conditions: { UseS3Origin: { 'Fn::Equals': ['a', 'b'] }, HeaderProvided: { 'Fn::Equals': ['a', 'a'] } },
          Resources: {
            Distribution: {
              Type: 'AWS::CloudFront::Distribution',
              Properties: {
                DistributionConfig: {
                  Origins: [
                    {
                      Id: 'protected-origin',
                      DomainName: 'app.example.com',
                      CustomOriginConfig: { OriginProtocolPolicy: 'https-only' },
                      OriginCustomHeaders: {
                        'Fn::If': [
                          'UseS3Origin',
                          { Ref: 'AWS::NoValue' },
                          { 'Fn::If': ['HeaderProvided', [{ HeaderName: { Ref: 'CustomOriginHeaderName' }, HeaderValue: { Ref: 'CustomOriginHeaderValue' } }], { Ref: 'AWS::NoValue' }] },
                        ],
                      },
                    },
                  ],
                  DefaultCacheBehavior: { TargetOriginId: 'protected-origin', ViewerProtocolPolicy: 'redirect-to-https' },
                },
              },
            },
          },
        },
      },
      findings: [{ messageId: 'parameterNotNoEcho', path: 'Distribution.DistributionConfig.Origins.0.OriginCustomHeaders.Fn::If.2.Fn::If.1.0.HeaderValue' }],
    },
  ],
});

describe('AF211 messages', () => {
  it('names a header whose name is a parameter by that parameter, never ""', () => {
    const template = withTemplateHeader({ Ref: 'Secret' }, { HeaderName: { Type: 'String', Default: '' }, Secret: { Type: 'String', Description: 'the shared secret' } });
    const origin = (template.template.Resources.Distribution?.Properties as { DistributionConfig: { Origins: { OriginCustomHeaders: { HeaderName: unknown }[] }[] } }).DistributionConfig.Origins[0];
    if (origin?.OriginCustomHeaders[0]) origin.OriginCustomHeaders[0].HeaderName = { Ref: 'HeaderName' };
    const [finding] = runRule(rule, { template });
    expect(finding?.message).toContain('Origin custom header "{HeaderName}" takes its value from parameter Secret');
  });
});
