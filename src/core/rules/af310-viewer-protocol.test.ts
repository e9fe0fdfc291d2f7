import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af310-viewer-protocol';
import type { TemplateInput } from './types';

function template(...policies: unknown[]): TemplateInput {
  const [first, ...rest] = policies;
  return {
    template: {
      Resources: {
        Dist: {
          Type: 'AWS::CloudFront::Distribution',
          Properties: {
            DistributionConfig: {
              DefaultCacheBehavior: { ViewerProtocolPolicy: first },
              CacheBehaviors: rest.map((p, i) => ({ PathPattern: `/p${i}/*`, ViewerProtocolPolicy: p })),
            },
          },
        },
      },
    },
  };
}

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    {
      name: 'allow-all on a non-API origin',
      config: buildConfig((c) => {
        c.origins.push({ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] });
        c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/static/*', originId: 'site', viewerProtocol: 'allow-all' }];
      }),
    },
    { name: 'template: valid values and an intrinsic', template: template('https-only', 'redirect-to-https', 'allow-all', { Ref: 'Policy' }) },
  ],
  invalid: [
    {
      name: 'allow-all on the API', output: { 'defaultBehavior.viewerProtocol': 'redirect-to-https' },
      config: buildConfig((c) => {
        c.defaultBehavior.viewerProtocol = 'allow-all';
      }),
      findings: [{ messageId: 'allowAllOnApi', path: 'defaultBehavior.viewerProtocol' }],
    },
    {
      name: 'template: made-up values',
      template: template('https', 'redirect-to-https', 'HTTPS-ONLY'),
      findings: [
        { messageId: 'invalid', path: 'Dist.DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy' },
        { messageId: 'invalid', path: 'Dist.DistributionConfig.CacheBehaviors.1.ViewerProtocolPolicy' },
      ],
    },
  ],
});
