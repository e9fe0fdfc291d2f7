import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { TemplateInput } from './types';
import { rule } from './af605-record-names';

const withAliases = (aliases: string[], zoneName = 'example.com') =>
  buildConfig((c) => {
    c.domain.aliases = aliases;
    c.domain.dns = { mode: 'route53', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName };
  });
const withRecord = (name: string, aliases: unknown = ['api.example.com']): TemplateInput => ({
  template: {
    Parameters: { DomainName: { Type: 'String' } },
    Resources: {
      Distribution: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Aliases: aliases } } },
      Record: {
        Type: 'AWS::Route53::RecordSet',
        Properties: { HostedZoneId: 'Z0123456789ABCDEFGHIJ', Name: name, Type: 'A', AliasTarget: { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: { 'Fn::GetAtt': ['Distribution', 'DomainName'] } } },
      },
    },
  },
});

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    { name: 'apex and wildcard in the zone', config: withAliases(['example.com', '*.example.com']) },
    { name: 'zone name unknown', config: withAliases(['api.example.org'], '') },
    // Nothing to place in a zone yet (AF101 asks for the name): no "Use the hosted zone of 's domain".
    { name: 'an alias not entered yet', config: withAliases(['']) },
    { name: 'template: record named after the alias (trailing dot)', template: withRecord('api.example.com.') },
    { name: 'template: alias from a parameter without default', template: withRecord('api.example.com', [{ Ref: 'DomainName' }]) },
  ],
  invalid: [
    { name: 'alias outside the zone', config: withAliases(['api.example.com', 'api.example.org']), findings: [{ messageId: 'aliasOutsideZone', path: 'domain.aliases[1]' }] },
    { name: 'look-alike zone suffix', config: withAliases(['api.notexample.com']), findings: [{ messageId: 'aliasOutsideZone', path: 'domain.aliases[0]' }] },
    { name: 'template: record not an alias', template: withRecord('www.example.com'), findings: [{ messageId: 'recordNotAlias', path: 'Record.Name' }] },
  ],
});

describe('AF605 messages', () => {
  it('quotes the record name and the aliases as the template writes them (corpus: fullDomainName was printed as fulldomainname)', () => {
    const [finding] = runRule(rule, { template: withRecord('fullDomainName', ['API.example.com']) });
    expect(finding?.messageId).toBe('recordNotAlias');
    expect(finding?.message).toContain('Record fullDomainName points at the distribution');
    expect(finding?.message).toContain('(API.example.com)');
  });
  it('still matches names case-insensitively and without the trailing dot', () => {
    expect(runRule(rule, { template: withRecord('Api.Example.com.', ['api.example.com']) })).toEqual([]);
  });
});
