import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../render/cloudformation';
import { buildConfig } from '../testing/build-config';
import { validateTemplate } from './validate';

type Tpl = ReturnType<typeof buildTemplate>;
const distConfig = (t: Tpl) =>
  (t.Resources.Distribution?.Properties as { DistributionConfig: Record<string, unknown> }).DistributionConfig;

describe('validateTemplate', () => {
  it('accepts the rendered presets (intrinsics where values are expected)', () => {
    expect(validateTemplate(buildTemplate(buildConfig()))).toEqual([]);
    expect(validateTemplate(buildTemplate(buildConfig(undefined, 'api-only-http')))).toEqual([]);
  });

  it('reports an enum value with the path and the allowed values', () => {
    const t = buildTemplate(buildConfig());
    distConfig(t).HttpVersion = 'http9';
    expect(validateTemplate(t)).toContainEqual({
      resource: 'Distribution',
      path: ['Properties', 'DistributionConfig', 'HttpVersion'],
      message: expect.stringContaining('must be one of "http1.1", "http2", "http2and3", "http3"'),
    });
  });

  it('reports unknown and missing properties', () => {
    const t = buildTemplate(buildConfig());
    distConfig(t).Colour = 'red';
    delete distConfig(t).DefaultCacheBehavior;
    const messages = validateTemplate(t).map((p) => p.message);
    expect(messages).toContain('unknown property "Colour"');
    expect(messages).toContain('missing required property "DefaultCacheBehavior"');
  });

  it('checks exactly one viewer certificate kind (requiredXor)', () => {
    const t = buildTemplate(buildConfig());
    (distConfig(t).ViewerCertificate as Record<string, unknown>).CloudFrontDefaultCertificate = true;
    expect(validateTemplate(t)).toContainEqual({
      resource: 'Distribution',
      path: ['Properties', 'DistributionConfig', 'ViewerCertificate'],
      message: expect.stringContaining('AcmCertificateArn and CloudFrontDefaultCertificate are set'),
    });
  });

  it('checks HostedZoneId xor HostedZoneName on record sets', () => {
    const t = buildTemplate(buildConfig());
    (t.Resources.ApiExampleComARecord?.Properties as Record<string, unknown>).HostedZoneName = 'example.com.';
    expect(validateTemplate(t).map((p) => [p.resource, p.message])).toContainEqual([
      'ApiExampleComARecord',
      expect.stringContaining('needs exactly one of HostedZoneId, HostedZoneName'),
    ]);
  });

  it('refuses an origin with both S3 and custom configs (dependentExcluded)', () => {
    const t = buildTemplate(buildConfig());
    const origin = (distConfig(t).Origins as Record<string, unknown>[])[0] as Record<string, unknown>;
    origin.S3OriginConfig = { OriginAccessIdentity: '' };
    expect(validateTemplate(t).map((p) => p.message)).toContain('CustomOriginConfig and S3OriginConfig cannot be set together');
  });

  it('still type-checks values next to intrinsics', () => {
    const t = buildTemplate(buildConfig());
    distConfig(t).IPV6Enabled = 'yes';
    distConfig(t).PriceClass = { Ref: 'PriceClassParam' };
    const problems = validateTemplate(t);
    expect(problems.map((p) => p.path.at(-1))).toContain('IPV6Enabled');
    expect(problems.map((p) => p.message)).toContain('Ref to "PriceClassParam", which is neither a parameter nor a resource');
  });

  it('finds dangling GetAtt and Sub references', () => {
    const t = buildTemplate(buildConfig());
    (t.Resources.ApiExampleComARecord?.Properties as { AliasTarget: Record<string, unknown> }).AliasTarget.DNSName = {
      'Fn::GetAtt': ['Dist', 'DomainName'],
    };
    t.Outputs = { X: { Value: { 'Fn::Sub': 'https://${Missing.DomainName}/${AWS::Region}' } } };
    const messages = validateTemplate(t).map((p) => p.message);
    expect(messages).toContain('GetAtt of "Dist", which is not a resource of this template');
    expect(messages).toContain('Sub refers to "Missing", which is neither a parameter nor a resource');
  });

  it('never throws on odd input', () => {
    expect(validateTemplate(null)[0]?.message).toContain('object');
    expect(validateTemplate({ Resources: {} })[0]?.path).toEqual(['Resources']);
    expect(validateTemplate({ Resources: { 'bad-id': { Properties: 1 } } }).map((p) => p.message)).toEqual([
      'logical IDs are alphanumeric (A-Z, a-z, 0-9)',
      'every resource needs a Type',
    ]);
  });
});
