import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { CfnTemplate, TemplateInput } from './types';
import { rule } from './af601-alias-target-zone';

const DIST = { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Aliases: ['api.example.com'] } } };
const withRecord = (aliasTarget: Record<string, unknown>, parameters: CfnTemplate['Parameters'] = {}): TemplateInput => ({
  template: {
    Parameters: parameters,
    Resources: {
      Distribution: DIST,
      RecordA: {
        Type: 'AWS::Route53::RecordSet',
        Properties: { HostedZoneId: 'Z0123456789ABCDEFGHIJ', Name: 'api.example.com', Type: 'A', AliasTarget: aliasTarget },
      },
    },
  },
  locate: (path) => (path.at(-1) === 'HostedZoneId' ? { line: 20, column: 11 } : undefined),
});
const DNS = { 'Fn::GetAtt': ['Distribution', 'DomainName'] };
const AT = 'RecordA.AliasTarget.HostedZoneId';

testRule(rule, {
  valid: [
    { name: 'config preset', config: buildConfig() },
    { name: 'Z2FDTNDATAQYW2', template: withRecord({ HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: DNS }) },
    {
      name: 'an alias to something that is not CloudFront',
      template: withRecord({ HostedZoneId: 'Z32O12XQLNTSW2', DNSName: 'my-alb-123.eu-west-1.elb.amazonaws.com' }),
    },
    {
      name: 'record group with the right zone',
      template: {
        template: {
          Resources: {
            Distribution: DIST,
            Records: {
              Type: 'AWS::Route53::RecordSetGroup',
              Properties: { HostedZoneId: 'Z0123456789ABCDEFGHIJ', RecordSets: [{ Name: 'api.example.com', Type: 'A', AliasTarget: { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: DNS } }] },
            },
          },
        },
      },
    },
  ],
  invalid: [
    { name: 'own zone ID in AliasTarget', template: withRecord({ HostedZoneId: 'Z0123456789ABCDEFGHIJ', DNSName: DNS }), findings: [{ messageId: 'wrongZone', path: AT }] },
    { name: 'literal cloudfront.net target, missing zone', template: withRecord({ DNSName: 'd111111abcdef8.cloudfront.net' }), findings: [{ messageId: 'wrongZone', path: AT }] },
    {
      name: 'zone from a parameter',
      template: withRecord({ HostedZoneId: { Ref: 'HostedZoneId' }, DNSName: DNS }, { HostedZoneId: { Type: 'String' } }),
      findings: [{ messageId: 'zoneFromParameter', path: AT }],
    },
    {
      name: 'zone from a parameter whose default is not CloudFront\'s',
      template: withRecord({ HostedZoneId: { Ref: 'ZoneId' }, DNSName: DNS }, { ZoneId: { Type: 'String', Default: 'Z0123456789ABCDEFGHIJ' } }),
      findings: [{ messageId: 'wrongZone', path: AT }],
    },
    {
      name: "the record's own zone parameter reused in AliasTarget (the classic swap)",
      template: {
        template: {
          Parameters: { HostedZoneId: { Type: 'AWS::Route53::HostedZone::Id' } },
          Resources: {
            Distribution: DIST,
            RecordA: {
              Type: 'AWS::Route53::RecordSet',
              Properties: { HostedZoneId: { Ref: 'HostedZoneId' }, Name: 'api.example.com', Type: 'A', AliasTarget: { HostedZoneId: { Ref: 'HostedZoneId' }, DNSName: DNS } },
            },
          },
        },
      },
      findings: [{ messageId: 'ownZone', path: AT }],
    },
    {
      name: 'config: CloudFront zone given as the own zone',
      config: buildConfig((c) => {
        c.domain.dns = { mode: 'route53', hostedZoneId: 'Z2FDTNDATAQYW2', zoneName: 'example.com' };
      }),
      findings: [{ messageId: 'cloudFrontZoneAsOwn', path: 'domain.dns.hostedZoneId' }],
    },
  ],
});
