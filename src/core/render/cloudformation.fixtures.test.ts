/**
 * Golden fixtures: fixtures/configs/<case>.json -> fixtures/expected/<case>.yaml / .json (and
 * <case>.<region>.yaml for a lock-down stack). Regenerate with
 * UPDATE_SNAPSHOTS=1 npx vitest run src/core/render (or npm run fixtures:update), then review the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configFrom } from '../model/parse';
import { presetConfig } from '../model/presets';
import type { ApifrontConfig } from '../model/schema';
import type { CfnTemplate } from '../rules/types';
import { validateTemplate } from '../validate/validate';
import { renderFiles } from './index';
import { loadCfnYaml } from './yaml';

const ROOT = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const UPDATE = Boolean(process.env.UPDATE_SNAPSHOTS || process.env.UPDATE_FIXTURES);
const cases = readdirSync(`${ROOT}configs`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

function load(name: string): ApifrontConfig {
  return configFrom(JSON.parse(readFileSync(`${ROOT}configs/${name}.json`, 'utf8')));
}

/** `orders-api.yaml` -> `<case>.yaml`; `orders-api.eu-west-1.yaml` -> `<case>.eu-west-1.yaml`. */
function expectedName(caseName: string, fileName: string, region: string | undefined): string {
  const ext = fileName.endsWith('.json') ? 'json' : 'yaml';
  return region && region !== 'us-east-1' ? `${caseName}.${region}.${ext}` : `${caseName}.${ext}`;
}

function templates(config: ApifrontConfig): CfnTemplate[] {
  return renderFiles(config, 'json').map((f) => JSON.parse(f.content) as CfnTemplate);
}

type Obj = Record<string, unknown>;
const dc = (t: CfnTemplate) => (t.Resources.Distribution?.Properties as { DistributionConfig: Obj }).DistributionConfig;
const origins = (t: CfnTemplate) => dc(t).Origins as Obj[];
const byType = (t: CfnTemplate, type: string) => Object.entries(t.Resources).filter(([, r]) => r.Type === type);

describe('golden fixtures', () => {
  it.each(cases)('%s renders as expected, validates, and YAML = JSON', (caseName) => {
    const config = load(caseName);
    const files = [...renderFiles(config, 'yaml'), ...renderFiles(config, 'json')];
    for (const file of files) {
      const path = `${ROOT}expected/${expectedName(caseName, file.fileName, file.region)}`;
      if (UPDATE) writeFileSync(path, file.content);
      const expected = existsSync(path) ? readFileSync(path, 'utf8') : '(missing: run with UPDATE_SNAPSHOTS=1)';
      expect(file.content, `${path} is stale: UPDATE_SNAPSHOTS=1 npx vitest run src/core/render`).toBe(expected);
    }
    const yaml = renderFiles(config, 'yaml');
    const json = renderFiles(config, 'json');
    expect(yaml.map((f) => f.region)).toEqual(json.map((f) => f.region));
    yaml.forEach((f, i) => expect(loadCfnYaml(f.content)).toEqual(JSON.parse((json[i] as { content: string }).content)));
    for (const t of templates(config)) expect(validateTemplate(t)).toEqual([]);
  });
});

describe('what AWS recommends, pinned', () => {
  it('REST preset: execute-api origin with the stage, https-only TLSv1.2, managed policies by ID, seven methods', () => {
    const [t] = templates(presetConfig('api-only-rest')) as [CfnTemplate];
    expect(origins(t)[0]).toMatchObject({
      Id: 'api',
      DomainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
      OriginPath: '/prod',
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'], OriginReadTimeout: 30, OriginKeepaliveTimeout: 5 },
    });
    const def = dc(t).DefaultCacheBehavior as Obj;
    expect(def).toMatchObject({
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      ViewerProtocolPolicy: 'redirect-to-https',
    });
    expect(def).not.toHaveProperty('ForwardedValues');
    expect(dc(t)).toMatchObject({ HttpVersion: 'http2and3', IPV6Enabled: true });
    expect(dc(t).ViewerCertificate).toEqual({
      AcmCertificateArn: { Ref: 'Certificate' },
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2025',
    });
    expect(t.Resources.Certificate?.Properties).toEqual({
      DomainName: 'api.example.com',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [{ DomainName: 'api.example.com', HostedZoneId: { Ref: 'HostedZoneId' } }],
    });
    const records = byType(t, 'AWS::Route53::RecordSet').map(([, r]) => r.Properties as Obj);
    expect(records.map((r) => r.Type)).toEqual(['A', 'AAAA']);
    for (const r of records) {
      expect(r).toEqual({
        HostedZoneId: { Ref: 'HostedZoneId' },
        Name: 'api.example.com',
        Type: r.Type,
        AliasTarget: { DNSName: { 'Fn::GetAtt': ['Distribution', 'DomainName'] }, HostedZoneId: 'Z2FDTNDATAQYW2', EvaluateTargetHealth: false },
      });
    }
    expect(dc(t).CustomErrorResponses).toEqual([404, 500, 501, 502, 503, 504].map((c) => ({ ErrorCode: c, ErrorCachingMinTTL: 0 })));
    expect(Object.keys(t.Outputs ?? {})).toEqual(['DistributionDomainName', 'DistributionId', 'URL']);
    expect((t.Outputs as Obj).URL).toMatchObject({ Value: 'https://api.example.com' });
  });

  it('HTTP preset: no origin path for $default', () => {
    const [t] = templates(presetConfig('api-only-http')) as [CfnTemplate];
    expect(origins(t)[0]).not.toHaveProperty('OriginPath');
    expect(origins(t)[0]?.DomainName).toBe('f6g7h8i9j0.execute-api.eu-west-1.amazonaws.com');
  });

  it('lock-down: secret as NoEcho parameter of both stacks, regional WAF on the stage ARN, functions published', () => {
    const config = load('rest-lockdown-prefix');
    const files = renderFiles(config, 'yaml');
    expect(files.map((f) => [f.fileName, f.region])).toEqual([
      ['billing.yaml', 'us-east-1'],
      ['billing.eu-central-1.yaml', 'eu-central-1'],
    ]);
    const [main, regional] = templates(config) as [CfnTemplate, CfnTemplate];
    for (const t of [main, regional]) expect(t.Parameters?.BillingApiVerifySecret).toMatchObject({ Type: 'String', NoEcho: true });
    expect(JSON.stringify([main, regional])).not.toMatch(/"HeaderValue":"[^"]*secret/i);
    expect(origins(main)[0]?.OriginCustomHeaders).toEqual([
      { HeaderName: 'X-Team', HeaderValue: 'payments' },
      { HeaderName: 'X-Origin-Verify', HeaderValue: { Ref: 'BillingApiVerifySecret' } },
    ]);
    expect(main.Parameters?.CertificateArn).toMatchObject({ Default: expect.stringContaining(':us-east-1:') });
    expect(dc(main).ViewerCertificate).toMatchObject({ AcmCertificateArn: { Ref: 'CertificateArn' }, MinimumProtocolVersion: 'TLSv1.2_2025' });
    const acl = regional.Resources.BillingApiLockdownWebAcl?.Properties as Obj;
    expect(acl.Scope).toBe('REGIONAL');
    expect(JSON.stringify(acl.Rules)).toContain('"SearchString":{"Ref":"BillingApiVerifySecret"}');
    expect(regional.Resources.BillingApiLockdownWebAclAssociation?.Properties).toEqual({
      ResourceArn: 'arn:aws:apigateway:eu-central-1::/restapis/k1l2m3n4o5/stages/live',
      WebACLArn: { 'Fn::GetAtt': ['BillingApiLockdownWebAcl', 'Arn'] },
    });
    const fns = byType(main, 'AWS::CloudFront::Function');
    expect(fns.map(([id]) => id).sort()).toEqual(['ApiStarFunction', 'DefaultFunction']);
    for (const [, f] of fns) expect(f.Properties).toMatchObject({ AutoPublish: true, FunctionConfig: { Runtime: 'cloudfront-js-2.0' } });
    const apiBehavior = (dc(main).CacheBehaviors as Obj[])[0] as Obj;
    expect(apiBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': ['ApiStarFunction', 'FunctionARN'] } },
    ]);
    const policies = byType(main, 'AWS::CloudFront::CachePolicy');
    expect(policies).toHaveLength(1);
    const [policyId, policy] = policies[0] as [string, { Properties?: Obj }];
    expect(policyId).toBe('CatalogStarCachePolicy');
    expect((policy.Properties?.CachePolicyConfig as Obj).Name).toBe('billing-catalog-star-cache');
    expect(((dc(main).CacheBehaviors as Obj[])[1] as Obj).CachePolicyId).toEqual({ Ref: 'CatalogStarCachePolicy' });
    const header = (files[0] as { content: string }).content.split('\n').slice(0, 8).join('\n');
    expect(header).toContain('aws cloudformation deploy --region us-east-1 --stack-name billing --template-file billing.yaml');
    expect(header).toContain("BillingApiVerifySecret='<BillingApiVerifySecret");
    expect((files[1] as { content: string }).content).toContain('--region eu-central-1');
  });

  it('default certificate, legacy forwarding only when asked, no policy resources for managed or existing policies', () => {
    const [t] = templates(load('mixed-origins-legacy')) as [CfnTemplate];
    expect(dc(t).ViewerCertificate).toEqual({ CloudFrontDefaultCertificate: true });
    expect(dc(t)).not.toHaveProperty('Aliases');
    expect(byType(t, 'AWS::Route53::RecordSet')).toEqual([]);
    const behaviors = dc(t).CacheBehaviors as Obj[];
    const legacy = behaviors.find((b) => b.PathPattern === '/legacy/*') as Obj;
    expect(legacy).toMatchObject({ ForwardedValues: { QueryString: true, Headers: ['Authorization'] }, MinTTL: 0, DefaultTTL: 0, MaxTTL: 0 });
    expect(legacy).not.toHaveProperty('CachePolicyId');
    for (const b of behaviors.filter((x) => x !== legacy)) expect(b).not.toHaveProperty('ForwardedValues');
    expect(byType(t, 'AWS::CloudFront::CachePolicy')).toEqual([]);
    expect(byType(t, 'AWS::CloudFront::OriginRequestPolicy').map(([id]) => id)).toEqual(['SearchOriginRequestPolicy']);
    expect(origins(t).find((o) => o.Id === 'assets')).toMatchObject({ S3OriginConfig: { OriginAccessIdentity: '' } });
    expect(origins(t).find((o) => o.Id === 'api')?.OriginPath).toBe('/v2');
    expect(dc(t).IPV6Enabled).toBe(false);
    expect((t.Outputs as Obj).URL).toEqual({ Description: expect.any(String), Value: { 'Fn::Sub': 'https://${Distribution.DomainName}' } });
  });

  it('a REST API in us-east-1 keeps its WAF lock-down in the one template', () => {
    const files = renderFiles(load('us-east-1-lockdown'), 'json');
    expect(files).toHaveLength(1);
    const t = JSON.parse((files[0] as { content: string }).content) as CfnTemplate;
    expect(byType(t, 'AWS::WAFv2::WebACL')).toHaveLength(1);
    expect(t.Resources.Certificate?.Properties).not.toHaveProperty('DomainValidationOptions');
  });
});
