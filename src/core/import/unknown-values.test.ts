/**
 * Values known only at deploy time, found by the corpus (fixtures/corpus): they are shown as named
 * placeholders (`{CNAME}`), never as invented values, and a parameter Default that is a placeholder
 * word is a hint, not a value an error may rest on.
 */
import { describe, expect, it } from 'vitest';
import { lintTemplate } from './import-template';

function lint(text: string) {
  const result = lintTemplate(text, { fileName: 't.yaml' });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('unknown values in messages', () => {
  it('an alias from a parameter without Default is named after the parameter (video-streaming origin.template)', () => {
    const result = lint(`
Parameters:
  CNAME: { Type: String }
Resources:
  CDN:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Aliases: [!Ref CNAME]
        Enabled: true
        HttpVersion: http2
        Origins: [{ Id: LB, DomainName: lb.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: LB, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }
`);
    const af102 = result.findings.find((f) => f.rule === 'AF102');
    expect(af102?.message).toContain('alias(es) {CNAME} but');
    expect(result.findings.map((f) => f.message).join('\n')).not.toMatch(/unknown-\d/);
  });

  /** A distribution whose only alias is parameter CustomDomain, declared as `declaration`. */
  const aliasFromParameter = (declaration: string) => `
Parameters:
  CustomDomain: ${declaration}
Resources:
  CDN:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Aliases: [!Ref CustomDomain]
        Enabled: true
        HttpVersion: http2
        Origins: [{ Id: LB, DomainName: lb.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: LB, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }
        ViewerCertificate: { AcmCertificateArn: '{{resolve:ssm:/acm/cert/site:1}}', SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021 }
`;

  it('an alias parameter whose Default is a placeholder word is not judged (sessions-with-aws-sam s12d: CustomDomain Default none)', () => {
    const result = lint(aliasFromParameter('{ Type: String, Default: none, Description: Custom domain added to client }'));
    expect(result.findings.filter((f) => f.rule === 'AF101')).toEqual([]);
    expect(result.notes.some((n) => n.message.includes('Parameters.CustomDomain') && n.message.includes('placeholder'))).toBe(true);
  });

  it('an alias parameter whose Default is a host name is still checked', () => {
    const result = lint(aliasFromParameter('{ Type: String, Default: api_example.com }'));
    expect(result.findings.some((f) => f.rule === 'AF101')).toBe(true);
  });
});

describe('a distribution under a resource Condition', () => {
  const template = (conditions: string) => `
${conditions}
Resources:
  Dist:
    Type: AWS::CloudFront::Distribution
    Condition: Never
    Properties:
      DistributionConfig:
        Enabled: true
        HttpVersion: http2
        Origins: [{ Id: LB, DomainName: lb.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
        DefaultCacheBehavior: { TargetOriginId: LB, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }
`;
  it('says so when the condition is defined elsewhere (a Serverless resources file: production-ready-serverless-workshop)', () => {
    const notes = lint(template('')).notes.map((n) => n.message);
    expect(notes.some((m) => m.includes('Resources.Dist.Condition') && m.includes('condition Never') && m.includes('not defined'))).toBe(true);
  });
  it('says so when the condition is false with the parameter defaults', () => {
    const notes = lint(template('Conditions:\n  Never: !Equals ["true", "false"]')).notes.map((n) => n.message);
    expect(notes.some((m) => m.includes('Resources.Dist.Condition') && m.includes('false'))).toBe(true);
  });
  it('says nothing when the condition holds', () => {
    const notes = lint(template('Conditions:\n  Never: !Equals ["true", "true"]')).notes.map((n) => n.message);
    expect(notes.filter((m) => m.includes('Resources.Dist.Condition'))).toEqual([]);
  });
});

describe('origin IDs known only at deploy time', () => {
  it('a behavior targets the origin whose Id is the same expression, not the first origin (two !Ref Ids)', () => {
    const result = lint(`
Resources:
  Bucket: { Type: AWS::S3::Bucket }
  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: api, EndpointConfiguration: { Types: [REGIONAL] } } }
  Dist:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        HttpVersion: http2
        Origins:
          - Id: !Ref Bucket
            DomainName: !GetAtt Bucket.RegionalDomainName
            S3OriginConfig: { OriginAccessIdentity: '' }
          - Id: !Ref Api
            DomainName: !Sub '\${Api}.execute-api.\${AWS::Region}.amazonaws.com'
            OriginPath: /prod
            CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }
        DefaultCacheBehavior:
          TargetOriginId: !Sub '\${Api}'
          ViewerProtocolPolicy: redirect-to-https
          AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]
          ForwardedValues: { QueryString: true, Headers: ['*'] }
`);
    // Headers ['*'] forwards Host to the execute-api origin the behavior really targets (fact 87).
    expect(result.findings.some((f) => f.rule === 'AF401' && f.severity === 'error')).toBe(true);
  });
});
