import { testRule } from '../testing/test-rule';
import type { TemplateInput } from './types';
import { rule } from './af602-ipv6-aaaa';

const record = (type: string) => ({
  Type: 'AWS::Route53::RecordSet',
  Properties: { HostedZoneId: 'Z0123456789ABCDEFGHIJ', Name: 'api.example.com.', Type: type, AliasTarget: { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: { 'Fn::GetAtt': ['Distribution', 'DomainName'] } } },
});
const withRecords = (ipv6: boolean | undefined, types: string[]): TemplateInput => ({
  template: {
    Resources: {
      Distribution: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: ipv6 === undefined ? {} : { IPV6Enabled: ipv6 } } },
      ...Object.fromEntries(types.map((t) => [`Record${t}`, record(t)])),
    },
  },
});

testRule(rule, {
  valid: [
    { name: 'IPv6 with A and AAAA', template: withRecords(true, ['A', 'AAAA']) },
    { name: 'no IPv6, A only', template: withRecords(false, ['A']) },
    { name: 'IPv6 unknown (unset), A only', template: withRecords(undefined, ['A']) },
  ],
  invalid: [
    { name: 'IPv6 with A only', template: withRecords(true, ['A']), findings: [{ messageId: 'missingAaaa', path: 'RecordA.Type' }] },
    { name: 'AAAA without IPv6', template: withRecords(false, ['A', 'AAAA']), findings: [{ messageId: 'aaaaWithoutIpv6', path: 'RecordAAAA.Type' }] },
  ],
});
