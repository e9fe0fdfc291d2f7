import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

/** Flat-rate plans without origin mTLS (fact 169). */
const NO_ORIGIN_MTLS = new Set(['free', 'pro']);

/**
 * Why: a flat-rate plan is not a distribution property, so the template deploys on pay as you go until
 * the distribution is attached to the plan; origin mTLS is not available on Free and Pro (facts 169, 170).
 * Failing shapes: `pricingPlan: pro` with an origin on `lockdown: mtls`; `pricingPlan: business` (info).
 */
export const rule = defineRule({
  meta: {
    id: 'AF512',
    name: 'pricing-plan',
    target: 'config',
    step: 'security',
    title: 'Pricing plan: what the plan allows and what the template cannot set',
    description:
      'A flat-rate plan (Free, Pro, Business, Premium) must allow what the configuration uses (origin mTLS needs Business, Premium or pay as you go), and it is attached outside the template.',
    rationale:
      'CloudFront refuses features a plan does not include. The plan is a separate subscription (AWS::PricingPlanManager::Subscription, paid tiers need an approval), so a deployed template starts on pay as you go.',
    howToFix: 'Choose Business, Premium or pay as you go for origin mTLS; attach the distribution to the flat-rate plan in the console after the deploy.',
    facts: [169, 170],
    messages: {
      mtlsNotInPlan: {
        severity: 'error',
        text: (plan: string, originId: string) =>
          `The ${plan} plan does not include origin mutual TLS, which origin ${originId} uses: choose Business, Premium or pay as you go, or another lock-down.`,
      },
      planOutsideTemplate: {
        severity: 'info',
        text: (plan: string) =>
          `The ${plan} flat-rate plan is not part of the template: the distribution deploys on pay as you go; attach it to the plan in the CloudFront console (one distribution per plan).`,
      },
    },
    examples: { bad: 'distribution: { pricingPlan: pro }, origins: [{ lockdown: mtls }]', good: 'distribution: { pricingPlan: business }, origins: [{ lockdown: mtls }]' },
  },
  check({ config }, report) {
    const plan = config?.distribution.pricingPlan;
    if (!config || plan === undefined || plan === 'pay-as-you-go') return;
    const location = { configPath: ['distribution', 'pricingPlan'] };
    config.origins.forEach((origin) => {
      if (origin.type !== 'apigateway' || origin.lockdown !== 'mtls' || !NO_ORIGIN_MTLS.has(plan)) return;
      report({
        messageId: 'mtlsNotInPlan',
        args: [plan, origin.id],
        location,
        fix: {
          label: 'Use the Business plan',
          apply: (c: ApifrontConfig) => {
            c.distribution.pricingPlan = 'business';
            return c;
          },
        },
      });
    });
    report({ messageId: 'planOutsideTemplate', args: [plan], location });
  },
});
