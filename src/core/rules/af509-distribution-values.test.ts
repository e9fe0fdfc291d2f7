import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af509-distribution-values';
import type { TemplateInput } from './types';

function template(distributionConfig: Record<string, unknown>): TemplateInput {
  return { template: { Resources: { Dist: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: distributionConfig } } } } };
}

testRule(rule, {
  valid: [
    { name: 'preset', config: buildConfig() },
    {
      name: '128-character comment and a root object name',
      config: buildConfig((c) => {
        c.distribution.comment = 'c'.repeat(128);
        c.distribution.defaultRootObject = 'index.html';
      }),
    },
    { name: 'template: valid values', template: template({ PriceClass: 'PriceClass_200', DefaultRootObject: 'index.html' }) },
    { name: 'template: parameters', template: template({ PriceClass: { Ref: 'PriceClass' } }) },
  ],
  invalid: [
    {
      name: 'long comment', output: { 'distribution.comment': 'c'.repeat(128) },
      config: buildConfig((c) => {
        c.distribution.comment = 'c'.repeat(129);
      }),
      findings: [{ messageId: 'commentTooLong', path: 'distribution.comment' }],
    },
    {
      name: 'root object with a slash', output: { 'distribution.defaultRootObject': 'index.html' },
      config: buildConfig((c) => {
        c.distribution.defaultRootObject = '/index.html';
      }),
      findings: [{ messageId: 'rootObjectSlash', path: 'distribution.defaultRootObject' }],
    },
    {
      name: 'root object too long',
      config: buildConfig((c) => {
        c.distribution.defaultRootObject = `${'a'.repeat(256)}.html`;
      }),
      findings: [{ messageId: 'rootObjectTooLong', path: 'distribution.defaultRootObject' }],
    },
    {
      name: 'template: bad price class and root object',
      template: template({ PriceClass: 'PriceClass_300', DefaultRootObject: '/index.html' }),
      findings: [
        { messageId: 'badPriceClass', path: 'Dist.DistributionConfig.PriceClass' },
        { messageId: 'rootObjectSlash', path: 'Dist.DistributionConfig.DefaultRootObject' },
      ],
    },
  ],
});
