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
});
