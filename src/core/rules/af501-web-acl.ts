import { getAttTarget, isIntrinsic, refName, resourceType, resourcesOfType, resolveString, templateLocation } from './template-helpers';
import type { CfnTemplate } from './types';
import { defineRule } from './types';

// arn:aws:wafv2:<region>:<account>:<global|regional>/webacl/<name>/<id>
const WAFV2_ARN = /^arn:aws(?:-[a-z]+)*:wafv2:([a-z0-9-]+):(\d{12}):(global|regional)\/webacl\/([^/]+)\/([A-Za-z0-9-]+)$/;
const WAF_CLASSIC_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when an association's ResourceArn names a CloudFront distribution (literal, Ref, GetAtt or Sub). */
function targetsDistribution(template: CfnTemplate, value: unknown): boolean {
  const literal = resolveString(template, value);
  if (literal !== undefined) return /^arn:aws(?:-[a-z]+)*:cloudfront::/.test(literal);
  const isDist = (id: string | undefined) => id !== undefined && resourceType(template, id) === 'AWS::CloudFront::Distribution';
  if (isDist(refName(value)) || isDist(getAttTarget(value)?.logicalId)) return true;
  if (!isIntrinsic(value)) return false;
  const text = JSON.stringify(value);
  if (text.includes(':cloudfront::')) return true;
  return [...text.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z]+)?\}/g)].some((m) => isDist(m[1]));
}

/**
 * Why: CloudFront takes a WAFv2 web ACL with scope CLOUDFRONT, created in us-east-1 (the `global` ARN
 * form), through DistributionConfig.WebACLId - never through a WebACLAssociation (facts 115-118).
 * WAF Classic still parses but is retired. Failing shapes: `webAclArn: arn:aws:wafv2:eu-west-1:...:regional/webacl/...`;
 * a template `AWS::WAFv2::WebACLAssociation` whose ResourceArn is the distribution.
 */
export const rule = defineRule({
  meta: {
    id: 'AF501',
    name: 'web-acl',
    target: 'both',
    step: 'security',
    title: 'The web ACL must be a CLOUDFRONT-scope WAFv2 ACL in us-east-1, set through WebACLId',
    description:
      'The web ACL ARN is not a WAFv2 `global` ARN in us-east-1, a WebACLAssociation targets the distribution (template), or a WAF Classic ID is used.',
    rationale:
      'A web ACL for CloudFront must be created with scope CLOUDFRONT in us-east-1; a Regional ACL (the kind API Gateway stages use) is rejected. CloudFront attaches it through DistributionConfig.WebACLId; AWS::WAFv2::WebACLAssociation does not work for distributions. WAF Classic is retired.',
    howToFix: 'Create the web ACL with scope CLOUDFRONT in us-east-1 and put its ARN in WebACLId; remove any WebACLAssociation to the distribution.',
    facts: [115, 116, 117, 118],
    messages: {
      emptyArn: {
        severity: 'error',
        text: () => 'No web ACL ARN yet: paste the ARN of a WAFv2 web ACL with the Global (CloudFront) scope, or remove the web ACL.',
      },
      notGlobal: {
        severity: 'error',
        text: (arn: string, region: string, scope: string) =>
          `Web ACL ${arn} is a ${scope} ACL in ${region}; CloudFront needs a web ACL with scope CLOUDFRONT created in us-east-1 (arn:aws:wafv2:us-east-1:<account>:global/webacl/...).`,
      },
      malformed: {
        severity: 'error',
        text: (arn: string) =>
          `"${arn}" is not a WAFv2 web ACL ARN (expected arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>). Copy the ARN from the WAF console with the Global (CloudFront) scope selected.`,
      },
      classic: {
        severity: 'warning',
        text: (id: string) => `${id} is a WAF Classic web ACL ID; WAF Classic is retired. Create a WAFv2 web ACL with scope CLOUDFRONT in us-east-1 and use its ARN.`,
      },
      association: {
        severity: 'error',
        text: (logicalId: string) =>
          `${logicalId} (AWS::WAFv2::WebACLAssociation) targets a CloudFront distribution, which CloudFront does not support: set DistributionConfig.WebACLId to the web ACL's ARN and remove the association.`,
      },
    },
    examples: {
      bad: 'distribution: { webAclArn: "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/0a1b2c3d-..." }',
      good: 'distribution: { webAclArn: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0a1b2c3d-..." }',
    },
  },
  check({ config, template }, report) {
    const arn = config?.distribution.webAclArn;
    if (arn !== null && arn !== undefined) {
      const location = { configPath: ['distribution', 'webAclArn'] };
      const value = arn.trim();
      const m = WAFV2_ARN.exec(value);
      if (value === '') {
        report({ messageId: 'emptyArn', args: [], location });
      } else if (m) {
        const [, region = '', , scope = ''] = m;
        if (region !== 'us-east-1' || scope !== 'global') report({ messageId: 'notGlobal', args: [value, region, scope], location });
      } else if (WAF_CLASSIC_ID.test(value)) {
        report({ messageId: 'classic', args: [value], location });
      } else {
        report({ messageId: 'malformed', args: [arn], location });
      }
    }
    if (!template) return;
    // WebACLId itself is mapped into the config by the importer and checked above.
    for (const assoc of resourcesOfType(template.template, 'AWS::WAFv2::WebACLAssociation')) {
      if (!targetsDistribution(template.template, assoc.properties.ResourceArn)) continue;
      report({ messageId: 'association', args: [assoc.logicalId], location: templateLocation(template, assoc.logicalId, ['ResourceArn']) });
    }
  },
});
