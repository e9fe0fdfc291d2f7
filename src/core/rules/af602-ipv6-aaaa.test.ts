import { testRule } from '../testing/test-rule';
import type { TemplateInput } from './types';
import { rule } from './af602-ipv6-aaaa';

const record = (type: string, name: unknown = 'api.example.com.') => ({
  Type: 'AWS::Route53::RecordSet',
  Properties: { HostedZoneId: 'Z0123456789ABCDEFGHIJ', Name: name, Type: type, AliasTarget: { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: { 'Fn::GetAtt': ['Distribution', 'DomainName'] } } },
});
const withRecords = (ipv6: boolean | undefined, types: string[], name?: unknown): TemplateInput => ({
  template: {
    Parameters: { Stage: { Type: 'String' } },
    Resources: {
      Distribution: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: ipv6 === undefined ? {} : { IPV6Enabled: ipv6 } } },
      ...Object.fromEntries(types.map((t) => [`Record${t}`, record(t, name)])),
    },
  },
});

testRule(rule, {
  valid: [
    { name: 'IPv6 with A and AAAA', template: withRecords(true, ['A', 'AAAA']) },
    { name: 'no IPv6, A only', template: withRecords(false, ['A']) },
    { name: 'IPv6 unknown (unset), A only', template: withRecords(undefined, ['A']) },
    { name: 'IPv6, A and AAAA named by the same deploy-time expression', template: withRecords(true, ['A', 'AAAA'], { 'Fn::Sub': '${Stage}--api.example.com' }) },
  ],
  invalid: [
    { name: 'IPv6 with A only', template: withRecords(true, ['A']), findings: [{ messageId: 'missingAaaa', path: 'RecordA.Type' }] },
    {
      name: 'IPv6, only an A record whose name is known at deploy time',
      template: withRecords(true, ['A'], { 'Fn::Sub': '${Stage}--api.example.com' }),
      findings: [{ messageId: 'missingAaaa', path: 'RecordA.Type' }],
    },
    { name: 'AAAA without IPv6', template: withRecords(false, ['A', 'AAAA']), findings: [{ messageId: 'aaaaWithoutIpv6', path: 'RecordAAAA.Type' }] },
  ],
});
