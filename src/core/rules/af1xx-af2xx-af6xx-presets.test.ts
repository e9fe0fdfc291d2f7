import { describe, expect, it } from 'vitest';
import { lint, lintTemplateRules } from '../lint';
import { PRESETS, presetConfig } from '../model/presets';
import { rules } from './index';
import type { TemplateInput } from './types';

/** The presets are the recommended setup: the domain, origin and DNS rules must have nothing to say but info. */
const mine = rules.filter((r) => /^AF[126]\d\d$/.test(r.meta.id));

describe('AF1xx, AF2xx, AF6xx on the presets', () => {
  it('covers the three rule groups', () => {
    expect(mine.map((r) => r.meta.id)).toEqual([
      'AF101', 'AF102', 'AF103', 'AF104', 'AF105', 'AF106', 'AF107', 'AF108', 'AF109',
      'AF201', 'AF202', 'AF203', 'AF204', 'AF205', 'AF206', 'AF207', 'AF208', 'AF209', 'AF210',
      'AF211', 'AF212', 'AF213', 'AF214', 'AF215', 'AF216', 'AF217', 'AF218', 'AF219', 'AF220', 'AF221',
      'AF222', 'AF223', 'AF224',
      'AF601', 'AF602', 'AF603', 'AF604', 'AF605',
    ]);
  });
  for (const preset of PRESETS) {
    it(`${preset.id}: no error or warning`, () => {
      const findings = lint(presetConfig(preset.id), { rules: mine }).filter((f) => f.severity !== 'info');
      expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    });
  }
});

describe('template rules of AF1xx, AF2xx, AF6xx together', () => {
  const DNS = { 'Fn::GetAtt': ['Distribution', 'DomainName'] };
  const template: TemplateInput = {
    region: 'eu-west-1',
    template: {
      Parameters: { ZoneId: { Type: 'String' }, Secret: { Type: 'String' } },
      Resources: {
        Certificate: { Type: 'AWS::CertificateManager::Certificate', Properties: { DomainName: 'api.example.com' } },
        Distribution: {
          Type: 'AWS::CloudFront::Distribution',
          Properties: {
            DistributionConfig: {
              Aliases: ['api.example.com'],
              IPV6Enabled: true,
              ViewerCertificate: { AcmCertificateArn: { Ref: 'Certificate' }, SslSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1.2_2021' },
              Origins: [
                {
                  Id: 'api',
                  DomainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
                  CustomOriginConfig: { OriginProtocolPolicy: 'match-viewer' },
                  OriginCustomHeaders: [{ HeaderName: 'X-Origin-Verify', HeaderValue: { Ref: 'Secret' } }],
                },
              ],
            },
          },
        },
        Record: {
          Type: 'AWS::Route53::RecordSet',
          Properties: { HostedZoneName: 'example.com', Name: 'www.example.com', Type: 'A', TTL: 60, AliasTarget: { HostedZoneId: { Ref: 'ZoneId' }, DNSName: DNS } },
        },
      },
    },
    locate: (path) => ({ line: path.length, column: 1 }),
  };

  it('reports each problem once, with a line', () => {
    const findings = lintTemplateRules(template, { rules: mine });
    expect(findings.map((f) => `${f.rule}:${f.messageId}`).sort()).toEqual([
      'AF106:vipWithModernPolicy',
      'AF107:certificateOutsideUsEast1',
      'AF208:notHttpsOnly',
      'AF208:sslProtocolsOmitted',
      'AF211:parameterNotNoEcho',
      'AF601:zoneFromParameter',
      'AF602:missingAaaa',
      'AF603:ttlOnAlias',
      'AF604:zoneNameNoDot',
      'AF605:recordNotAlias',
    ]);
    for (const f of findings) expect('line' in f.location && typeof f.location.line === 'number').toBe(true);
  });
});
