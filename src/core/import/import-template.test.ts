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
    expect([...r.unknownPaths].sort()).toEqual(['domain.dns.hostedZoneId', 'origins[0].api.id', 'origins[0].api.region', 'origins[0].api.usesQueryStrings']);
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

  it('API Gateway custom domain origin: the API behind its base-path mapping', () => {
    const r = imported(fixture('custom-domain-origin.yaml'));
    const origin = r.config.origins[0];
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({
      kind: 'rest',
      stage: 'prod',
      customDomain: { name: 'api-origin.example.com', basePath: 'v1', endpoint: 'regional', originHost: 'regionalDomainName' },
    });
    expect(r.unknownPaths.has('origins[0].api.customDomain.regionalDomainName')).toBe(true);
    expect(r.locateConfigPath(['origins', 0, 'api', 'customDomain', 'originHost'])).toMatchObject({ logicalId: 'Distribution', propertyPath: ['DistributionConfig', 'Origins', 0, 'DomainName'] });
  });

  it('SAM implicit REST API: stage Prod, edge endpoint', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn: { Type: AWS::Serverless::Function, Properties: { Handler: a.b, Runtime: nodejs20.x, Events: { E: { Type: Api, Properties: { Path: /x, Method: get } } } } }',
      '  D:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Origins: [{ Id: o, DomainName: !Sub "${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com", OriginPath: /Prod }]',
      '        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }',
    ].join('\n');
    const r = imported(text);
    const origin = r.config.origins[0];
    expect(origin?.type === 'apigateway' && origin.api).toMatchObject({ kind: 'rest', stage: 'Prod', endpoint: 'edge', id: '{ServerlessRestApi}' });
    expect(r.unknownPaths.has('origins[0].api.auth')).toBe(true);
  });

  it('Route 53 record-set group, template policy resources and FindInMap', () => {
    const text = [
      'Mappings: { Env: { prod: { Host: a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com } } }',
      'Resources:',
      '  Cache: { Type: AWS::CloudFront::CachePolicy, Properties: { CachePolicyConfig: { Name: c, MinTTL: 0, DefaultTTL: 0, MaxTTL: 0, ParametersInCacheKeyAndForwardedToOrigin: { EnableAcceptEncodingGzip: true, HeadersConfig: { HeaderBehavior: none }, CookiesConfig: { CookieBehavior: none }, QueryStringsConfig: { QueryStringBehavior: none } } } } }',
      '  Fwd: { Type: AWS::CloudFront::OriginRequestPolicy, Properties: { OriginRequestPolicyConfig: { Name: f, HeadersConfig: { HeaderBehavior: whitelist, Headers: [Authorization] }, CookiesConfig: { CookieBehavior: none }, QueryStringsConfig: { QueryStringBehavior: all } } } }',
      '  D:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Aliases: [api.example.com]',
      '        Origins: [{ Id: o, DomainName: !FindInMap [Env, prod, Host], OriginPath: /prod }]',
      '        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only, CachePolicyId: !Ref Cache, OriginRequestPolicyId: !GetAtt Fwd.Id }',
      '  Records:',
      '    Type: AWS::Route53::RecordSetGroup',
      '    Properties:',
      '      HostedZoneName: example.com.',
      '      RecordSets:',
      '        - { Name: api.example.com, Type: A, AliasTarget: { DNSName: !GetAtt D.DomainName, HostedZoneId: Z2FDTNDATAQYW2 } }',
    ].join('\n');
    const r = imported(text);
    expect(r.config.origins[0]).toMatchObject({ type: 'apigateway', api: { id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } });
    expect(r.config.defaultBehavior.cache).toMatchObject({ custom: { maxTtl: 0, gzip: true } });
    expect(r.config.defaultBehavior.originRequest).toEqual({
      custom: { headers: { behavior: 'whitelist', names: ['Authorization'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } },
    });
    expect(r.config.domain.dns).toMatchObject({ mode: 'route53', zoneName: 'example.com' });
    expect(r.unknownPaths.has('domain.dns.hostedZoneId')).toBe(true);
  });

  it('conditions choose branches; AWS::NoValue removes a property; unknown conditions are noted', () => {
    const text = [
      'Parameters: { Domain: { Type: String, Default: "" }, Env: { Type: String } }',
      'Conditions: { HasDomain: !Not [!Equals [!Ref Domain, ""]], IsProd: !Equals [!Ref Env, prod] }',
      'Resources:',
      '  D:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Aliases: !If [HasDomain, [!Ref Domain], !Ref AWS::NoValue]',
      '        ViewerCertificate: !If [HasDomain, { AcmCertificateArn: x, SslSupportMethod: sni-only }, { CloudFrontDefaultCertificate: true }]',
      '        PriceClass: !If [IsProd, PriceClass_All, PriceClass_100]',
      '        Logging: !If [IsProd, { Bucket: logs.s3.amazonaws.com }, !Ref AWS::NoValue]',
      '        Origins: [{ Id: o, DomainName: a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com, OriginPath: /prod }]',
      '        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }',
    ].join('\n');
    const r = imported(text);
    expect(r.config.domain.aliases).toEqual([]);
    expect(r.config.domain.certificate).toEqual({ mode: 'none' });
    expect(r.unknownPaths.has('distribution.priceClass')).toBe(true);
    expect(r.config.distribution.logging).toMatchObject({ bucket: 'logs.s3.amazonaws.com' });
    expect(r.dropped).toContainEqual({ path: 'Conditions.IsProd', why: expect.stringMatching(/cannot be evaluated/) });
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
  it('a resource without Type is left out with a note at its line, and the rest is still checked', () => {
    const r = lintTemplate('Resources:\n  B:\n    Properties: {}\n  C:\n    Type: AWS::S3::Bucket\n');
    expect(r).toMatchObject({ ok: true, notes: expect.arrayContaining([{ message: expect.stringMatching(/resource B has no Type/), line: 2, column: 3 }]) });
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
    expect(r.configLocations.get('defaultBehavior.cache')).toMatchObject({ logicalId: 'Cdn', line });
  });
});

describe('values known only at deploy time', () => {
  // The shape of the classic StackOverflow answer (rynop/aws-blueprint): API ID and stage are
  // parameters without Default.
  const stackOverflow = (headers: string) =>
    [
      'Parameters:',
      '  Stage: { Type: String }',
      '  ApiGatewayId: { Type: String }',
      'Resources:',
      '  CloudFront:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Enabled: true',
      '        HttpVersion: http2',
      '        Origins:',
      '        - Id: APIGOrigin',
      '          DomainName: !Sub ${ApiGatewayId}.execute-api.${AWS::Region}.amazonaws.com',
      '          OriginPath: !Sub /${Stage}',
      '          CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }',
      '        DefaultCacheBehavior:',
      '          TargetOriginId: APIGOrigin',
      '          ViewerProtocolPolicy: https-only',
      '          AllowedMethods: [DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT]',
      '          DefaultTTL: 0',
      '          MaxTTL: 0',
      '          ForwardedValues:',
      `            Headers: ${headers}`,
      '            QueryString: true',
    ].join('\n');

  it('an execute-api host with a parameter ID is an API Gateway origin; Host forwarded reports AF401', () => {
    for (const headers of ['[Host]', "['*']"]) {
      const result = lintTemplate(stackOverflow(headers));
      if (!result.ok) throw new Error(result.message);
      const origin = result.imported?.config.origins[0];
      expect(origin?.type).toBe('apigateway');
      expect(result.findings.filter((f) => f.rule === 'AF401').map((f) => f.severity)).toEqual(['error']);
      // Nothing is invented about the API: no stage, no query-string use.
      expect(result.findings.some((f) => f.rule === 'AF202' || f.rule === 'AF409')).toBe(false);
      expect(result.findings.filter((f) => f.severity === 'error').every((f) => f.rule === 'AF401')).toBe(true);
    }
  });

  it('without Host the same template raises no error', () => {
    const result = lintTemplate(stackOverflow('[Authorization]'));
    if (!result.ok) throw new Error(result.message);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const api = result.imported?.config.origins[0];
    // `OriginPath: !Sub /${Stage}`: the stage is unknown but named after its parameter.
    expect(api?.type === 'apigateway' && api.api).toMatchObject({ id: '{ApiGatewayId}', region: '{AWS::Region}', stage: '{Stage}' });
    expect([...(result.imported?.unknownPaths ?? [])]).toContain('origins[0].api.stage');
    expect(result.notes.some((n) => /ApiGatewayId has no Default/.test(n.message))).toBe(true);
  });

  it('ImportValue and Select/Split of an imported URL still make an API origin', () => {
    const text = stackOverflow('[Host]').replace(
      '!Sub ${ApiGatewayId}.execute-api.${AWS::Region}.amazonaws.com',
      "!Sub ['${Id}.execute-api.${AWS::Region}.amazonaws.com', { Id: !ImportValue shared-api-id }]",
    );
    const result = lintTemplate(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.imported?.config.origins[0]?.type).toBe('apigateway');
    expect(result.findings.some((f) => f.rule === 'AF401')).toBe(true);
  });

  it('Serverless variables and dynamic references are never judged as literals', () => {
    const text = [
      'service: shop',
      'provider: { name: aws }',
      'resources:',
      '  Resources:',
      '    Cdn:',
      '      Type: AWS::CloudFront::Distribution',
      '      Properties:',
      '        DistributionConfig:',
      '          Enabled: true',
      '          HttpVersion: http2',
      '          Aliases:',
      '            - ${self:custom.domain}',
      '          ViewerCertificate:',
      '            AcmCertificateArn: "{{resolve:ssm:/shop/cert-arn}}"',
      '            SslSupportMethod: sni-only',
      '            MinimumProtocolVersion: TLSv1.2_2021',
      '          Origins:',
      '          - Id: api',
      '            DomainName: { "Fn::Join": ["", [{ Ref: ApiGatewayRestApi }, ".execute-api.${self:provider.region}.amazonaws.com"]] }',
      '            OriginPath: /${opt:stage, "dev"}',
      '            CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }',
      '          DefaultCacheBehavior:',
      '            TargetOriginId: api',
      '            ViewerProtocolPolicy: https-only',
      '            CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
      '            OriginRequestPolicyId: b689b0a8-53d0-40ab-baf2-68738e2966ac',
      '    Record:',
      '      Type: AWS::Route53::RecordSet',
      '      Properties:',
      '        HostedZoneName: ${self:custom.zone}.',
      '        Name: ${self:custom.domain}',
      '        Type: A',
      '        AliasTarget: { HostedZoneId: Z2FDTNDATAQYW2, DNSName: !GetAtt Cdn.DomainName }',
    ].join('\n');
    const result = lintTemplate(text, { fileName: 'serverless.yml' });
    if (!result.ok) throw new Error(result.message);
    expect(result.imported?.config.origins[0]?.type).toBe('apigateway');
    const judged = result.findings.filter((f) => ['AF101', 'AF103', 'AF203', 'AF605'].includes(f.rule));
    expect(judged).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Locations point into the serverless.yml text (under resources:).
    expect(result.findings.every((f) => !('logicalId' in f.location) || f.location.line === undefined || f.location.line >= 5)).toBe(true);
    expect(result.notes.some((n) => /Serverless Framework file/.test(n.message))).toBe(true);
  });

  it('a behavior targeting an origin group is checked against its primary origin, not reported missing', () => {
    const text = [
      'Resources:',
      '  D:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        OriginGroups:',
      '          Quantity: 1',
      '          Items:',
      '          - Id: Failover',
      '            FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [503] } }',
      '            Members: { Quantity: 2, Items: [{ OriginId: A }, { OriginId: B }] }',
      '        Origins:',
      '        - { Id: A, DomainName: a.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }',
      '        - { Id: B, DomainName: b.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }',
      '        DefaultCacheBehavior: { TargetOriginId: Failover, ViewerProtocolPolicy: https-only, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }',
    ].join('\n');
    const result = lintTemplate(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.imported?.config.defaultBehavior.originId).toBe('A');
    expect(result.findings.some((f) => f.rule === 'AF214')).toBe(false);
  });
});

describe('importTemplate on 2025-26 features (facts 165, 169, 174, 175)', () => {
  const template = `
Resources:
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        ConnectionMode: tenant-only
        TenantConfig:
          ParameterDefinitions: []
        Origins:
          - Id: api
            DomainName: a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com
            OriginPath: /prod
            ResponseCompletionTimeout: 120
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
              OriginSSLProtocols: [TLSv1.2]
              IpAddressType: dualstack
              OriginMtlsConfig:
                ClientCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/cf-client
        DefaultCacheBehavior:
          TargetOriginId: api
          ViewerProtocolPolicy: https-only
          CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad
  Tenant:
    Type: AWS::CloudFront::DistributionTenant
    Properties:
      DistributionId: !Ref Distribution
      Domains: [tenant.example.com]
`;

  it('maps the completion timeout, IP address type and origin mTLS into the config', () => {
    const origin = imported(template).config.origins[0];
    expect(origin).toMatchObject({ type: 'apigateway', responseCompletionTimeout: 120, ipAddressType: 'dualstack', lockdown: 'mtls', clientCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/cf-client' });
  });

  it('recognises a multi-tenant distribution and says what it does not check', () => {
    const r = imported(template);
    const note = r.dropped.find((d) => d.path.endsWith('DistributionConfig.ConnectionMode'));
    expect(note?.why).toMatch(/multi-tenant.*DistributionTenant.*does not check/);
    expect(r.dropped.map((d) => d.path)).toContain('Resources.Distribution.Properties.DistributionConfig.TenantConfig');
  });
});
