import { describe, expect, it } from 'vitest';
import type { CfnTemplate, TemplateInput } from './types';
import {
  cloudFrontAliasTarget,
  distributions,
  getAt,
  getAttTarget,
  isApiGatewayDomain,
  isDynamicReference,
  isIntrinsic,
  isParameterRef,
  literalAliases,
  resolveBoolean,
  resolveNumber,
  resolveString,
  resourcesOfType,
  route53Records,
  templateLocation,
} from './template-helpers';

const template: CfnTemplate = {
  Parameters: { Domain: { Type: 'String', Default: 'api.example.com' }, Timeout: { Type: 'Number', Default: '30' }, NoDefault: { Type: 'String' } },
  Resources: {
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders' } },
    Distribution: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: { DistributionConfig: { Aliases: [{ Ref: 'Domain' }, { Ref: 'NoDefault' }, 'www.example.com'], IPV6Enabled: 'true' } },
    },
    Records: {
      Type: 'AWS::Route53::RecordSetGroup',
      Properties: { HostedZoneId: 'Z1', RecordSets: [{ Name: 'a', AliasTarget: { DNSName: { 'Fn::GetAtt': 'Distribution.DomainName' } } }, { Name: 'b' }] },
    },
    Single: { Type: 'AWS::Route53::RecordSet', Properties: { Name: 'c', AliasTarget: { DNSName: 'd111.cloudfront.net.' } } },
  },
};

describe('template helpers', () => {
  it('tells intrinsics from literals', () => {
    expect(isIntrinsic({ Ref: 'X' })).toBe(true);
    expect(isIntrinsic({ 'Fn::Sub': 'x' })).toBe(true);
    expect(isIntrinsic({ Ref: 'X', Other: 1 })).toBe(false);
    expect(isIntrinsic('x')).toBe(false);
    expect(isParameterRef(template, { Ref: 'Domain' })).toBe(true);
    expect(isParameterRef(template, { Ref: 'Api' })).toBe(false);
    expect(isDynamicReference('{{resolve:secretsmanager:s:SecretString:v}}')).toBe(true);
  });
  it('resolves intrinsics through the one evaluator; placeholders and deploy-time values stay unknown', () => {
    expect(resolveString(template, { Ref: 'Domain' })).toBe('api.example.com');
    expect(resolveString(template, { Ref: 'NoDefault' })).toBeUndefined();
    expect(resolveNumber(template, { Ref: 'Timeout' })).toBe(30);
    expect(resolveBoolean(template, 'true')).toBe(true);
    expect(resolveString(template, { 'Fn::Sub': 'x' })).toBe('x');
    expect(resolveString(template, { 'Fn::Sub': 'www.${Domain}' })).toBe('www.api.example.com');
    expect(resolveString(template, { 'Fn::Join': ['.', ['www', { Ref: 'Domain' }]] })).toBe('www.api.example.com');
    expect(resolveString(template, { 'Fn::Sub': '${NoDefault}.example.com' })).toBeUndefined();
    expect(resolveString(template, { 'Fn::GetAtt': ['Api', 'Arn'] })).toBeUndefined();
    // Serverless Framework variables and dynamic references are never judged as literals.
    expect(resolveString(template, '${self:custom.domain}')).toBeUndefined();
    expect(resolveString(template, 'api.${opt:stage, "dev"}.example.com')).toBeUndefined();
    expect(resolveString(template, '{{resolve:ssm:/cert/arn}}')).toBeUndefined();
  });
  it('finds resources, distributions, aliases and records', () => {
    expect(resourcesOfType(template, 'AWS::ApiGateway::RestApi').map((r) => r.logicalId)).toEqual(['Api']);
    const [dist] = distributions(template);
    expect(dist?.logicalId).toBe('Distribution');
    expect(dist && literalAliases(template, dist)).toEqual(['api.example.com', 'www.example.com']);
    const records = route53Records(template);
    expect(records.map((r) => [r.logicalId, r.path])).toEqual([
      ['Records', ['RecordSets', 0]],
      ['Records', ['RecordSets', 1]],
      ['Single', []],
    ]);
    expect(records.map((r) => cloudFrontAliasTarget(template, r.record))).toEqual(['Distribution', undefined, 'external']);
    expect(getAttTarget({ 'Fn::GetAtt': ['A', 'B'] })).toEqual({ logicalId: 'A', attribute: 'B' });
    expect(getAt(template.Resources, ['Records', 'Properties', 'RecordSets', 1, 'Name'])).toBe('b');
  });
  it('recognises API Gateway origin hosts', () => {
    expect(isApiGatewayDomain(template, 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com')).toBe(true);
    expect(isApiGatewayDomain(template, { 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.amazonaws.com' })).toBe(true);
    expect(isApiGatewayDomain(template, 'www.example.org')).toBe(false);
  });
  it('locates a property, falling back to its nearest located parent', () => {
    const input: TemplateInput = {
      template,
      locate: (path) => (path.join('.') === 'Resources.Distribution.Properties.DistributionConfig' ? { line: 7, column: 7 } : undefined),
    };
    expect(templateLocation(input, 'Distribution', ['DistributionConfig', 'Aliases', 0])).toEqual({
      kind: 'template',
      logicalId: 'Distribution',
      propertyPath: ['DistributionConfig', 'Aliases', 0],
      line: 7,
      column: 7,
    });
    expect(templateLocation({ template }, 'Distribution', [])).toEqual({ kind: 'template', logicalId: 'Distribution', propertyPath: [] });
  });
});
