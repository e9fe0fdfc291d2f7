import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTemplate, lintTemplate, type ImportSuccess } from './import-template';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/templates/${name}`, import.meta.url), 'utf8');

function imported(text: string, options = {}): ImportSuccess {
  const result = importTemplate(text, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('importTemplate on real-world styles', () => {
  it('classic hand-written REST template with ForwardedValues', () => {
    const r = imported(fixture('classic-rest-forwarded-values.yaml'));
    expect(r.chosen).toBe('Distribution');
    const origin = r.config.origins[0];
    expect(origin).toMatchObject({ id: 'ApiOrigin', type: 'apigateway', originPath: '/prod', verifyHeader: { name: 'X-Origin-Verify' } });
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({ kind: 'rest', endpoint: 'regional', stage: 'prod', auth: 'cognito' });
    expect(r.config.defaultBehavior.cache).toEqual({
      legacy: {
        headers: ['Authorization', 'Origin', 'Access-Control-Request-Headers', 'Access-Control-Request-Method'],
        queryString: true,
        queryStringCacheKeys: [],
        cookies: { forward: 'none', names: [] },
      },
    });
    expect(r.config.defaultBehavior.originRequest).toBeNull();
    expect(r.config.domain).toMatchObject({ aliases: ['api.example.com'], certificate: { mode: 'existing' }, dns: { mode: 'route53' } });
    // The hosted zone parameter has no default; the API id and Region exist only at deploy time.
    expect([...r.unknownPaths].sort()).toEqual(['domain.dns.hostedZoneId', 'origins[0].api.id', 'origins[0].api.region']);
    // The secret never reaches the config.
    expect(JSON.stringify(r.config)).not.toMatch(/OriginVerifySecret/);
  });

  it('HTTP API through !Select/!Split of ApiEndpoint, certificate created in the template', () => {
    const r = imported(fixture('correct-http-api.yaml'));
    const origin = r.config.origins[0];
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({ kind: 'http', stage: '$default' });
    expect(origin?.originPath).toBe('');
    expect(r.config.domain.certificate).toEqual({ mode: 'create' });
    expect(r.config.defaultBehavior).toMatchObject({ cache: { policy: 'CachingDisabled' }, originRequest: { policy: 'AllViewerExceptHostHeader' } });
    expect(r.config.distribution.errorCaching).toHaveLength(6);
  });

  it('SAM Serverless::Api: stage from StageName, Cognito default authorizer, CORS', () => {
    const r = imported(fixture('sam-rest-api.yaml'), { region: 'eu-west-1' });
    const origin = r.config.origins[0];
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({ kind: 'rest', stage: 'v1', auth: 'cognito', cors: true, region: 'eu-west-1' });
    expect(r.unknownPaths.has('origins[0].api.region')).toBe(false);
    expect(r.config.defaultBehavior.cache).toEqual({ policy: 'CachingOptimized' });
  });

  it('CDK JSON: hashed IDs, Fn::Join URL split back to the host, custom cache policy resource', () => {
    const r = imported(fixture('cdk-synth-rest.json'));
    const origin = r.config.origins[0];
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({ kind: 'rest', stage: 'prod', auth: 'apiKey' });
    expect(r.config.defaultBehavior.cache).toMatchObject({ custom: { maxTtl: 1, headers: { behavior: 'whitelist', names: ['x-api-key'] } } });
    expect(r.locateConfigPath(['defaultBehavior', 'cache', 'custom', 'maxTtl'])).toMatchObject({ logicalId: 'ApiCachePolicy5D2E8F11' });
  });

  it('Serverless Framework resources: the framework-made ApiGatewayRestApi is an API with unknown details', () => {
    const r = imported(fixture('serverless-framework-resources.yml'));
    const origin = r.config.origins[0];
    expect(origin?.type).toBe('apigateway');
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({ kind: 'rest', stage: 'dev' });
    expect(r.unknownPaths.has('origins[0].api.endpoint')).toBe(true);
    expect(r.dropped.some((d) => /Serverless Framework/.test(d.why))).toBe(true);
  });

  it('several distributions: the first by default, another on request', () => {
    const text = fixture('two-distributions-spa.yaml');
    const first = imported(text);
    expect(first.distributions).toEqual(['SiteDistribution', 'ApiDistribution']);
    expect(first.chosen).toBe('SiteDistribution');
    expect(first.config.origins.map((o) => o.type)).toEqual(['s3', 'apigateway']);
    expect(first.config.distribution.errorPages).toHaveLength(2);
    expect(first.dropped.map((d) => d.path)).toContain('Resources.SiteDistribution.Properties.DistributionConfig.Restrictions');
    const second = imported(text, { distribution: 'ApiDistribution' });
    expect(second.config.origins[0]).toMatchObject({ type: 'custom' });
    expect(second.unknownPaths.has('origins[0].domainName')).toBe(true);
    const missing = importTemplate(text, { distribution: 'Nope' });
    expect(!missing.ok && missing.message).toMatch(/SiteDistribution, ApiDistribution/);
  });
});

describe('importTemplate refuses what it cannot read, with a message', () => {
  it('YAML that is not CloudFormation', () => {
    const r = importTemplate('name: my-app\nversion: 3\n');
    expect(!r.ok && r.message).toMatch(/no "Resources" section/);
  });
  it('a template without a distribution', () => {
    const r = importTemplate('Resources:\n  B:\n    Type: AWS::S3::Bucket\n');
    expect(!r.ok && r.message).toMatch(/no AWS::CloudFront::Distribution/);
  });
  it('a resource without Type, with its line', () => {
    const r = importTemplate('Resources:\n  B:\n    Properties: {}\n');
    expect(r).toMatchObject({ ok: false, line: 2 });
  });
  it('dangling and circular references are unknown, not errors', () => {
    const text = [
      'Conditions:',
      '  A: !Condition B',
      '  B: !Condition A',
      'Resources:',
      '  D:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Aliases: [!If [A, x.example.com, y.example.com]]',
      '        Origins: [{ Id: o, DomainName: !GetAtt Ghost.DomainName }]',
      '        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only, CachePolicyId: !Ref Missing }',
    ].join('\n');
    const r = imported(text);
    expect(r.unknownPaths.has('domain.aliases[0]')).toBe(true);
    expect(r.unknownPaths.has('origins[0].domainName')).toBe(true);
    expect(r.unknownPaths.has('defaultBehavior.cache')).toBe(true);
    expect(r.dropped.map((d) => d.path)).toEqual(expect.arrayContaining(['Ghost', 'Missing']));
  });
});

describe('lintTemplate', () => {
  it('gives every finding a template location with a line', () => {
    const result = lintTemplate(fixture('classic-rest-forwarded-values.yaml'));
    if (!result.ok) throw new Error(result.message);
    for (const f of result.findings) {
      expect('logicalId' in f.location && f.location.line).toBeGreaterThan(0);
    }
  });
  it('runs template rules even without a distribution and says why no config was checked', () => {
    const result = lintTemplate('Resources:\n  B:\n    Type: AWS::S3::Bucket\n');
    expect(result).toMatchObject({ ok: true, imported: undefined, note: expect.stringMatching(/no AWS::CloudFront::Distribution/) });
  });
  it('reports a problem both sides see once, at the template property', () => {
    const result = lintTemplate(fixture('mistakes-grab-bag.yaml'));
    if (!result.ok) throw new Error(result.message);
    const af213 = result.findings.filter((f) => f.rule === 'AF213');
    expect(af213).toHaveLength(1);
    expect(af213[0]?.location).toMatchObject({ logicalId: 'Distribution' });
    expect(result.imported?.config.origins[0]).toMatchObject({ verifyHeader: { name: 'X-Origin-Verify' }, customHeaders: [] });
  });

  it('maps a config finding back to the template line', () => {
    const text = fixture('sam-rest-api.yaml');
    const r = imported(text);
    const loc = r.locateConfigPath(['defaultBehavior', 'cache']);
    expect(loc).toMatchObject({ logicalId: 'Cdn', propertyPath: ['DistributionConfig', 'DefaultCacheBehavior', 'CachePolicyId'] });
    const line = text.split('\n').findIndex((l) => l.includes('CachePolicyId: 658327ea')) + 1;
    expect(loc?.line).toBe(line);
  });
});
