import { isS3RestEndpoint, isS3WebsiteEndpoint } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';
import { asArray, distributions, isRecord, originIdLabel, resolveString, templateLocation } from './template-helpers';
import { defineRule } from './types';

function toCustomWebsiteOrigin(index: number) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[index];
    if (origin?.type !== 's3') return;
    // A website endpoint speaks HTTP only (fact 183).
    draft.origins[index] = { id: origin.id, type: 'custom', domainName: origin.bucketDomainName, originPath: origin.originPath, protocol: 'http-only', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: origin.customHeaders };
  };
}

function toS3Origin(index: number) {
  return (draft: ApifrontConfig): void => {
    const origin = draft.origins[index];
    if (origin?.type !== 'custom') return;
    draft.origins[index] = { id: origin.id, type: 's3', bucketDomainName: origin.domainName, originPath: origin.originPath, customHeaders: origin.customHeaders, access: 'oac' };
  };
}

/**
 * Why: an S3 website endpoint is an HTTP-only custom origin that cannot use Origin Access Control, and
 * an S3 REST endpoint configured as a custom origin is never signed, so a private bucket answers 403
 * (fact 183). Failing shapes: `{ type: 's3', bucketDomainName: 'b.s3-website-eu-west-1.amazonaws.com' }`;
 * `{ type: 'custom', domainName: 'b.s3.eu-west-1.amazonaws.com' }`; the same in a template.
 */
export const rule = defineRule({
  meta: {
    id: 'AF223',
    name: 's3-endpoint-kind',
    target: 'both',
    step: 'origin',
    title: 'S3 website endpoints are custom origins; S3 REST endpoints are S3 origins',
    description:
      'An S3 website endpoint (`*.s3-website-<region>.amazonaws.com`) is configured as an S3 origin, or an S3 REST endpoint (`*.s3.<region>.amazonaws.com`) as a custom origin.',
    rationale:
      'A website endpoint speaks HTTP only and knows nothing of Origin Access Control, so as an S3 origin it fails; a REST endpoint used as a custom origin is never signed with Origin Access Control, so a private bucket answers 403 AccessDenied.',
    howToFix: 'Use the bucket\'s REST endpoint as an S3 origin with Origin Access Control (recommended), or the website endpoint as an HTTP-only custom origin.',
    facts: [183, 180],
    messages: {
      websiteAsS3: {
        severity: 'warning',
        text: (origin: string, host: string) =>
          `Origin ${origin} is an S3 origin on the website endpoint ${host}, which speaks HTTP only and cannot use Origin Access Control. Use the REST endpoint (<bucket>.s3.<region>.amazonaws.com) with Origin Access Control, or make this an HTTP-only custom origin.`,
      },
      restAsCustom: {
        severity: 'warning',
        text: (origin: string, host: string) =>
          `Origin ${origin} reaches the S3 REST endpoint ${host} as a custom origin, so CloudFront never signs its requests: a private bucket answers 403. Make it an S3 origin with Origin Access Control.`,
      },
    },
    examples: {
      bad: "origins: [{ id: site, type: custom, domainName: site.s3.eu-west-1.amazonaws.com }]",
      good: "origins: [{ id: site, type: s3, bucketDomainName: site.s3.eu-west-1.amazonaws.com, access: oac }]",
    },
  },
  check({ config, template }, report) {
    config?.origins.forEach((origin, i) => {
      if (origin.type === 's3' && isS3WebsiteEndpoint(origin.bucketDomainName)) {
        report({
          messageId: 'websiteAsS3',
          args: [origin.id, origin.bucketDomainName],
          location: { configPath: ['origins', i, 'bucketDomainName'] },
          fix: { label: 'Make it an HTTP-only custom origin', mutate: toCustomWebsiteOrigin(i) },
        });
      }
      if (origin.type === 'custom' && isS3RestEndpoint(origin.domainName)) {
        report({
          messageId: 'restAsCustom',
          args: [origin.id, origin.domainName],
          location: { configPath: ['origins', i, 'domainName'] },
          fix: { label: 'Make it an S3 origin with Origin Access Control', mutate: toS3Origin(i) },
        });
      }
    });
    if (!template) return;
    const t = template.template;
    for (const dist of distributions(t)) {
      asArray(dist.config.Origins).forEach((origin, j) => {
        if (!isRecord(origin)) return;
        const host = resolveString(t, origin.DomainName);
        if (host === undefined) return;
        const id = originIdLabel(t, origin, j);
        const at = templateLocation(template, dist.logicalId, ['DistributionConfig', 'Origins', j, 'DomainName']);
        if (isRecord(origin.S3OriginConfig) && isS3WebsiteEndpoint(host)) report({ messageId: 'websiteAsS3', args: [id, host], location: at });
        if (isRecord(origin.CustomOriginConfig) && isS3RestEndpoint(host)) report({ messageId: 'restAsCustom', args: [id, host], location: at });
      });
    }
  },
});
