import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { CfnTemplate, TemplateInput } from './types';
import { rule } from './af208-origin-protocol';

const withOrigin = (origin: Record<string, unknown>, extra: CfnTemplate['Resources'] = {}, viewer = 'allow-all'): TemplateInput => ({
  template: {
    Resources: {
      ...extra,
      Distribution: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: { DistributionConfig: { Origins: [origin], DefaultCacheBehavior: { TargetOriginId: origin.Id, ViewerProtocolPolicy: viewer } } },
      },
    },
  },
});
const apiOrigin = (custom: Record<string, unknown>, viewer?: string) =>
  withOrigin({ Id: 'api', DomainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', OriginPath: '/prod', CustomOriginConfig: custom }, {}, viewer);
const P = 'Distribution.DistributionConfig.Origins.0.CustomOriginConfig';

testRule(rule, {
  valid: [
    { name: 'config preset', config: buildConfig() },
    { name: 'https-only with [TLSv1.2]', template: apiOrigin({ OriginProtocolPolicy: 'https-only', HTTPSPort: 443, OriginSSLProtocols: ['TLSv1.2'] }) },
    {
      name: 'Sub-built host, https-only, [TLSv1.2]',
      template: withOrigin({ Id: 'api', DomainName: { 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.amazonaws.com' }, CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } }),
    },
    { name: 'non-API custom origin on http-only', template: withOrigin({ Id: 'site', DomainName: 'www.example.org', CustomOriginConfig: { OriginProtocolPolicy: 'http-only', HTTPPort: 8080 } }) },
  ],
  invalid: [
    {
      name: 'match-viewer to API Gateway',
      template: apiOrigin({ OriginProtocolPolicy: 'match-viewer', OriginSSLProtocols: ['TLSv1.2'] }),
      findings: [{ messageId: 'notHttpsOnly', path: `${P}.OriginProtocolPolicy` }],
    },
    {
      name: 'match-viewer to API Gateway behind redirect-to-https only: HTTPS in practice, a warning',
      template: apiOrigin({ OriginProtocolPolicy: 'match-viewer', OriginSSLProtocols: ['TLSv1.2'] }, 'redirect-to-https'),
      findings: [{ messageId: 'matchViewerHttpsInPractice', path: `${P}.OriginProtocolPolicy` }],
    },
    {
      name: 'bad port',
      template: withOrigin({ Id: 'site', DomainName: 'www.example.org', CustomOriginConfig: { OriginProtocolPolicy: 'https-only', HTTPSPort: 444 } }),
      findings: [{ messageId: 'badPort', path: `${P}.HTTPSPort` }],
    },
    { name: 'SSL protocols omitted', template: apiOrigin({ OriginProtocolPolicy: 'https-only' }), findings: [{ messageId: 'sslProtocolsOmitted', path: P }] },
    {
      name: 'TLSv1 still allowed (GetAtt of a custom domain)',
      template: withOrigin(
        { Id: 'api', DomainName: { 'Fn::GetAtt': ['ApiDomain', 'RegionalDomainName'] }, CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1', 'TLSv1.2'] } },
        { ApiDomain: { Type: 'AWS::ApiGateway::DomainName', Properties: {} } },
      ),
      findings: [{ messageId: 'sslProtocolsWeak', path: `${P}.OriginSSLProtocols` }],
    },
    {
      name: 'config: execute-api host as a custom origin over HTTP', output: { 'origins[1].protocol': 'https-only' },
      config: buildConfig((c) => {
        c.origins.push({ id: 'raw', type: 'custom', domainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', originPath: '/prod', protocol: 'match-viewer', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] });
        c.defaultBehavior.originId = 'raw';
        c.defaultBehavior.viewerProtocol = 'allow-all';
      }),
      findings: [{ messageId: 'notHttpsOnly', path: 'origins[1].protocol' }],
    },
    {
      name: 'config: match-viewer where every behavior redirects to HTTPS', output: { 'origins[1].protocol': 'https-only' },
      config: buildConfig((c) => {
        c.origins.push({ id: 'raw', type: 'custom', domainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', originPath: '/prod', protocol: 'match-viewer', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] });
        c.defaultBehavior.originId = 'raw';
      }),
      findings: [{ messageId: 'matchViewerHttpsInPractice', path: 'origins[1].protocol' }],
    },
    {
      name: 'config: http-only stays an error whatever the viewers do', output: { 'origins[1].protocol': 'https-only' },
      config: buildConfig((c) => {
        c.origins.push({ id: 'raw', type: 'custom', domainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', originPath: '/prod', protocol: 'http-only', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] });
      }),
      findings: [{ messageId: 'notHttpsOnly', path: 'origins[1].protocol' }],
    },
  ],
});

describe('AF208 messages', () => {
  it('names an origin whose Id is an expression by its position, never "[object Object]" (image-handler v4.2: Id = Ref of the API)', () => {
    const template = withOrigin({
      Id: { Ref: 'Api' },
      DomainName: { 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.amazonaws.com' },
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1', 'TLSv1.2'] },
    });
    const [finding] = runRule(rule, { template });
    expect(finding?.messageId).toBe('sslProtocolsWeak');
    expect(finding?.message).toContain('Origin Origins[0] allows');
    expect(finding?.message).not.toContain('[object Object]');
  });
});
