import { s3Access } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';
import { asArray, distributions, getAttTarget, isRecord, originIdLabel, resolveString, templateLocation } from './template-helpers';
import { defineRule } from './types';

function useOac(index: number) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[index];
    if (origin?.type === 's3') origin.access = 'oac';
  };
}

/**
 * Why: a private bucket (Block Public Access, the default) answers 403 AccessDenied to an S3 origin
 * that neither signs with Origin Access Control nor uses a legacy OAI, so the site never loads (facts
 * 180, 181). Failing shapes: config `{ type: 's3', access: 'none' }`; template `S3OriginConfig:
 * { OriginAccessIdentity: '' }` without `OriginAccessControlId`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF222',
    name: 's3-origin-access',
    target: 'both',
    step: 'origin',
    title: 'An S3 origin needs Origin Access Control',
    description: 'An S3 (REST endpoint) origin has neither Origin Access Control nor a legacy origin access identity.',
    rationale:
      'CloudFront then calls the bucket anonymously. A private bucket, the default with Block Public Access, answers 403 AccessDenied to every asset; making the bucket public instead lets anyone bypass CloudFront.',
    howToFix:
      'Use Origin Access Control (apifront renders the OriginAccessControl and the bucket policy statement to merge into the bucket policy), and keep the bucket private.',
    facts: [180, 181, 182],
    messages: {
      noAccessControl: {
        severity: 'error',
        text: (origin: string, bucket: string) =>
          `S3 origin ${origin}${bucket ? ` (${bucket})` : ''} has no Origin Access Control: a private bucket answers 403 AccessDenied to every request. Use Origin Access Control and allow this distribution in the bucket policy.`,
      },
    },
    examples: {
      bad: "origins: [{ id: site, type: s3, bucketDomainName: site.s3.eu-west-1.amazonaws.com, access: none }]",
      good: "origins: [{ id: site, type: s3, bucketDomainName: site.s3.eu-west-1.amazonaws.com, access: oac }]",
    },
  },
  check({ config, template }, report) {
    config?.origins.forEach((origin, i) => {
      if (origin.type !== 's3' || s3Access(origin) !== 'none') return;
      report({
        messageId: 'noAccessControl',
        args: [origin.id, origin.bucketDomainName],
        location: { configPath: ['origins', i, 'access'] },
        fix: { label: 'Use Origin Access Control', mutate: useOac(i) },
      });
    });
    if (!template) return;
    for (const dist of distributions(template.template)) {
      asArray(dist.config.Origins).forEach((origin, j) => {
        if (!isRecord(origin) || !isRecord(origin.S3OriginConfig)) return;
        const oai = origin.S3OriginConfig.OriginAccessIdentity;
        if (origin.OriginAccessControlId !== undefined || (oai !== undefined && oai !== '')) return;
        report({
          messageId: 'noAccessControl',
          args: [originIdLabel(template.template, origin, j), resolveString(template.template, origin.DomainName) ?? `bucket ${getAttTarget(origin.DomainName)?.logicalId ?? '(unresolved)'}`],
          location: templateLocation(template, dist.logicalId, ['DistributionConfig', 'Origins', j, 'S3OriginConfig']),
        });
      });
    }
  },
});
