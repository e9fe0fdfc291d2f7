import { s3Access } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';
import { asArray, distributions, isRecord, originIdLabel, templateLocation } from './template-helpers';
import { defineRule } from './types';

function moveToOac(index: number) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[index];
    if (origin?.type === 's3') {
      origin.access = 'oac';
      delete origin.oaiId;
    }
  };
}

/**
 * Why: an origin access identity is the legacy way to reach a private bucket; Origin Access Control
 * replaces it and also covers SSE-KMS buckets, every Region and signed writes (fact 184). Failing shape:
 * `{ type: 's3', access: 'oai' }`; template `S3OriginConfig.OriginAccessIdentity: origin-access-identity/...`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF224',
    name: 'legacy-oai',
    target: 'both',
    step: 'origin',
    title: 'Move S3 origins from an origin access identity to Origin Access Control',
    description: 'An S3 origin uses a legacy origin access identity (OAI).',
    rationale:
      'OAI still works for plain buckets, but it cannot read SSE-KMS objects, does not work in Regions opened after 2022 and cannot sign writes; AWS recommends Origin Access Control.',
    howToFix:
      'Switch the origin to Origin Access Control, add the new bucket policy statement (principal cloudfront.amazonaws.com, AWS:SourceArn = the distribution), then remove the OAI from the bucket policy once the distribution is deployed.',
    facts: [184, 181, 182],
    messages: {
      legacyOai: {
        severity: 'warning',
        text: (origin: string) =>
          `S3 origin ${origin} uses a legacy origin access identity. Move it to Origin Access Control: add the new bucket policy statement first, deploy, then drop the OAI statement.`,
      },
    },
    examples: {
      bad: "origins: [{ id: site, type: s3, access: oai, oaiId: E2ABCDEF123456 }]",
      good: "origins: [{ id: site, type: s3, access: oac }]",
    },
  },
  check({ config, template }, report) {
    config?.origins.forEach((origin, i) => {
      if (origin.type !== 's3' || s3Access(origin) !== 'oai') return;
      report({ messageId: 'legacyOai', args: [origin.id], location: { configPath: ['origins', i, 'access'] }, fix: { label: 'Use Origin Access Control', mutate: moveToOac(i) } });
    });
    if (!template) return;
    for (const dist of distributions(template.template)) {
      asArray(dist.config.Origins).forEach((origin, j) => {
        if (!isRecord(origin) || !isRecord(origin.S3OriginConfig) || origin.OriginAccessControlId !== undefined) return;
        const oai = origin.S3OriginConfig.OriginAccessIdentity;
        if (oai === undefined || oai === '') return;
        report({
          messageId: 'legacyOai',
          args: [originIdLabel(template.template, origin, j)],
          location: templateLocation(template, dist.logicalId, ['DistributionConfig', 'Origins', j, 'S3OriginConfig', 'OriginAccessIdentity']),
        });
      });
    }
  },
});
