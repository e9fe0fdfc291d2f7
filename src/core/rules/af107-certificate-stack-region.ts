import { distributions, isRecord, refName, resourcesOfType, templateLocation } from './template-helpers';
import { defineRule } from './types';

/**
 * Why: AWS::CertificateManager::Certificate is created in the stack's Region, and CloudFront only
 * accepts us-east-1 certificates (facts 93, 142).
 * Failing shape: a template deployed to eu-west-1 whose distribution uses `!Ref Certificate`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF107',
    name: 'certificate-stack-region',
    target: 'template',
    step: 'domain',
    title: 'A template that creates the CloudFront certificate must deploy to us-east-1',
    description:
      "The template creates the distribution's ACM certificate but is deployed outside us-east-1; when the Region is not known, an info says the stack must deploy to us-east-1.",
    rationale:
      'A certificate resource is created in the Region of its stack; CloudFront reads viewer certificates only from us-east-1, so the distribution would fail with an invalid certificate. apifront\'s own main template always deploys to us-east-1.',
    howToFix: 'Deploy the stack in us-east-1, or pass an existing us-east-1 certificate ARN as a parameter.',
    facts: [93, 142],
    messages: {
      certificateRegionUnknown: {
        severity: 'info',
        text: (certificate: string) =>
          `Certificate ${certificate} is created in the Region this stack deploys to, and CloudFront only accepts certificates from us-east-1: deploy this stack in us-east-1, or pass an existing us-east-1 certificate ARN instead. (The Region is not known here, so this was not checked.)`,
      },
      certificateOutsideUsEast1: {
        severity: 'warning',
        text: (certificate: string, region: string) =>
          `Certificate ${certificate} would be created in ${region}, but CloudFront only accepts certificates from us-east-1. Deploy this stack in us-east-1, or pass an existing us-east-1 certificate ARN instead.`,
      },
    },
    examples: {
      bad: 'region eu-west-1; Certificate: AWS::CertificateManager::Certificate; ViewerCertificate: { AcmCertificateArn: !Ref Certificate }',
      good: 'region us-east-1 (or AcmCertificateArn: !Ref CertificateArnParameter)',
    },
  },
  check({ template }, report) {
    if (!template || template.region === 'us-east-1') return;
    const region = template.region;
    const certificates = new Set(resourcesOfType(template.template, 'AWS::CertificateManager::Certificate').map((r) => r.logicalId));
    for (const dist of distributions(template.template)) {
      const viewer = dist.config.ViewerCertificate;
      if (!isRecord(viewer)) continue;
      const certificate = refName(viewer.AcmCertificateArn);
      if (certificate === undefined || !certificates.has(certificate)) continue;
      const location = templateLocation(template, certificate);
      // Unknown is never wrong: without the Region only the constraint is stated (info).
      if (region === undefined) report({ messageId: 'certificateRegionUnknown', args: [certificate], location });
      else report({ messageId: 'certificateOutsideUsEast1', args: [certificate, region], location });
    }
  },
});
