import { buildConfig, firstApiOrigin } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af512-pricing-plan';

const P = 'distribution.pricingPlan';

testRule(rule, {
  valid: [
    { name: 'no plan (pay as you go)', config: buildConfig() },
    { name: 'pay as you go with origin mTLS', config: buildConfig((c) => { c.distribution.pricingPlan = 'pay-as-you-go'; firstApiOrigin(c).lockdown = 'mtls'; }) },
  ],
  invalid: [
    {
      name: 'Pro with origin mTLS',
      config: buildConfig((c) => { c.distribution.pricingPlan = 'pro'; firstApiOrigin(c).lockdown = 'mtls'; }),
      findings: [{ messageId: 'mtlsNotInPlan', path: P }, { messageId: 'planOutsideTemplate', path: P }],
    },
    {
      name: 'Business: only the note that the plan is attached outside the template',
      config: buildConfig((c) => { c.distribution.pricingPlan = 'business'; firstApiOrigin(c).lockdown = 'mtls'; }),
      findings: [{ messageId: 'planOutsideTemplate', path: P }],
    },
  ],
});
