import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { TemplateInput } from './types';
import { normaliseZoneId, rule } from './af604-hosted-zone-id';

const withZone = (hostedZoneId: string) =>
  buildConfig((c) => {
    c.domain.dns = { mode: 'route53', hostedZoneId, zoneName: 'example.com' };
  });
const ALIAS = { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: 'd111111abcdef8.cloudfront.net' };
const withRecord = (zone: Record<string, unknown>): TemplateInput => ({
  template: { Resources: { Record: { Type: 'AWS::Route53::RecordSet', Properties: { Name: 'api.example.com', Type: 'A', AliasTarget: ALIAS, ...zone } } } },
});
const withGroup = (groupZone: Record<string, unknown>, recordZone: Record<string, unknown>): TemplateInput => ({
  template: {
    Resources: {
      Records: { Type: 'AWS::Route53::RecordSetGroup', Properties: { ...groupZone, RecordSets: [{ Name: 'api.example.com', Type: 'A', AliasTarget: ALIAS, ...recordZone }] } },
    },
  },
});

describe('normaliseZoneId', () => {
  it('strips the /hostedzone/ prefix and upper-cases', () => {
    expect(normaliseZoneId(' /hostedzone/z0123abc ')).toBe('Z0123ABC');
  });
});

testRule(rule, {
  valid: [
    { name: 'config preset zone', config: buildConfig() },
    { name: 'DNS none', config: buildConfig((c) => void (c.domain.dns = { mode: 'none' })) },
    { name: 'template: HostedZoneId', template: withRecord({ HostedZoneId: 'Z0123456789ABCDEFGHIJ' }) },
    { name: 'template: HostedZoneName with a dot', template: withRecord({ HostedZoneName: 'example.com.' }) },
    { name: 'template: zone from a parameter', template: withRecord({ HostedZoneId: { Ref: 'Zone' } }) },
    { name: 'template: zone on the group only', template: withGroup({ HostedZoneId: 'Z0123456789ABCDEFGHIJ' }, {}) },
  ],
  invalid: [
    { name: 'no zone ID entered yet', config: withZone(''), findings: [{ messageId: 'emptyZoneId', path: 'domain.dns.hostedZoneId', message: /^No hosted zone ID yet: copy it from the Route 53 console/ }] },
    { name: 'console path form (fixable)', output: { 'domain.dns.hostedZoneId': 'Z0123456789ABC' }, config: withZone('/hostedzone/z0123456789abc'), findings: [{ messageId: 'badZoneId', path: 'domain.dns.hostedZoneId' }] },
    { name: 'a domain name instead of an ID', config: withZone('example.com'), findings: [{ messageId: 'badZoneId', path: 'domain.dns.hostedZoneId' }] },
    { name: 'template: both zone properties', template: withRecord({ HostedZoneId: 'Z0123456789ABCDEFGHIJ', HostedZoneName: 'example.com.' }), findings: [{ messageId: 'bothZones', path: 'Record.HostedZoneName' }] },
    { name: 'template: no zone', template: withRecord({}), findings: [{ messageId: 'noZone', path: 'Record' }] },
    { name: 'template: zone name without dot', template: withRecord({ HostedZoneName: 'example.com' }), findings: [{ messageId: 'zoneNameNoDot', path: 'Record.HostedZoneName' }] },
    { name: 'template: malformed zone ID', template: withRecord({ HostedZoneId: 'example.com' }), findings: [{ messageId: 'badZoneId', path: 'Record.HostedZoneId' }] },
    {
      name: 'template: group with both zone properties, reported once for two records',
      template: {
        template: {
          Resources: {
            Records: {
              Type: 'AWS::Route53::RecordSetGroup',
              Properties: {
                HostedZoneId: 'Z0123456789ABCDEFGHIJ',
                HostedZoneName: 'example.com.',
                RecordSets: [
                  { Name: 'api.example.com', Type: 'A', AliasTarget: ALIAS },
                  { Name: 'api.example.com', Type: 'AAAA', AliasTarget: ALIAS },
                ],
              },
            },
          },
        },
      },
      findings: [{ messageId: 'bothZones', path: 'Records.HostedZoneName' }],
    },
    {
      name: 'template: zone on group and record',
      template: withGroup({ HostedZoneId: 'Z0123456789ABCDEFGHIJ' }, { HostedZoneId: 'Z0123456789ABCDEFGHIJ' }),
      findings: [{ messageId: 'zoneOnGroupAndRecord', path: 'Records.RecordSets.0.HostedZoneId' }],
    },
  ],
});
