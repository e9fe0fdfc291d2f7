import { testRule } from '../testing/test-rule';
import { rule } from './af502-http-version';
import type { TemplateInput } from './types';

function template(distributionConfig: Record<string, unknown>): TemplateInput {
  return { template: { Resources: { Dist: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: distributionConfig } } } } };
}

testRule(rule, {
  valid: [
    { name: 'http2and3', template: template({ Enabled: true, HttpVersion: 'http2and3' }) },
    { name: 'http1.1 chosen explicitly', template: template({ Enabled: true, HttpVersion: 'http1.1' }) },
    { name: 'from a parameter', template: template({ Enabled: true, HttpVersion: { Ref: 'HttpVersion' } }) },
  ],
  invalid: [
    { name: 'left out', template: template({ Enabled: true }), findings: [{ messageId: 'unset', path: 'Dist.DistributionConfig' }] },
    { name: 'upper case', template: template({ Enabled: true, HttpVersion: 'HTTP2' }), findings: [{ messageId: 'invalid', path: 'Dist.DistributionConfig.HttpVersion' }] },
  ],
});
