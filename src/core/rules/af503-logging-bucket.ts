import type { ApifrontConfig } from '../model/schema';
import { asArray, distributions, getAt, isRecord, referencedResources, resolveString, resourceType, templateLocation } from './template-helpers';
import { defineRule } from './types';

/** Object Ownership settings that keep ACLs on, so CloudFront can deliver standard logs (fact 120). */
const ACLS_ENABLED = new Set(['ObjectWriter', 'BucketOwnerPreferred']);

/** `<bucket>.s3.amazonaws.com` or the Regional form `<bucket>.s3.<region>.amazonaws.com` (fact 119). */
const BUCKET_DOMAIN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\.s3(?:\.[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The bucket name inside an ARN, an `s3://` URL or a bare name; undefined when none is recognisable. */
function bucketName(value: string): { kind: 'arn' | 'url' | 'name'; name: string } | undefined {
  const arn = /^arn:aws(?:-[a-z]+)*:s3:::([^/]+)\/?$/.exec(value);
  if (arn?.[1] && BUCKET_NAME.test(arn[1])) return { kind: 'arn', name: arn[1] };
  const url = /^s3:\/\/([^/]+)\/?$/.exec(value);
  if (url?.[1] && BUCKET_NAME.test(url[1])) return { kind: 'url', name: url[1] };
  if (BUCKET_NAME.test(value) && !value.includes('.amazonaws.')) return { kind: 'name', name: value };
  return undefined;
}

/**
 * Why: Logging.Bucket takes the bucket's domain name (`mylogs.s3.amazonaws.com`), not its name or
 * ARN; anything else fails the deploy (facts 119, 120). A log bucket the template creates without
 * OwnershipControls gets "bucket owner enforced" (ACLs off, the S3 default since April 2023), and
 * CloudFront then refuses the distribution. Failing shapes: `logging: { bucket: 'mylogs' }`; a
 * template `Logging: { Bucket: !GetAtt LogBucket.DomainName }` with a bare `AWS::S3::Bucket`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF503',
    name: 'logging-bucket',
    target: 'both',
    step: 'security',
    title: 'Give the log bucket as its domain name, with ACLs on',
    description:
      'The standard-logging bucket is a bucket name, an ARN or an s3:// URL instead of `<bucket>.s3.amazonaws.com`; in a template, a log bucket the template creates keeps ACLs off (no OwnershipControls, or BucketOwnerEnforced).',
    rationale:
      'CloudFront standard logs are configured with the bucket\'s domain name; a plain name or ARN is rejected. The bucket must also allow ACLs (not "bucket owner enforced").',
    howToFix: 'Use `<bucket>.s3.amazonaws.com`; give a log bucket `OwnershipControls: { Rules: [{ ObjectOwnership: BucketOwnerPreferred }] }`.',
    facts: [119, 120],
    messages: {
      aclsOff: {
        severity: 'error',
        text: (bucket: string, distribution: string) =>
          `${distribution} logs to bucket ${bucket}, which has ACLs off (no OwnershipControls means "bucket owner enforced", the S3 default since April 2023): CloudFront refuses the distribution ("The S3 bucket that you specified for CloudFront logs does not enable ACL access"). Add OwnershipControls with ObjectOwnership BucketOwnerPreferred to ${bucket}.`,
      },
      emptyBucket: {
        severity: 'error',
        text: () => 'Logging is on but the log bucket is empty: give the bucket\'s domain name (such as mylogs.s3.amazonaws.com), or turn logging off.',
      },
      notDomain: {
        severity: 'error',
        text: (value: string, domain: string) => `Log bucket "${value}" must be given as the bucket's domain name: use ${domain}.`,
      },
      malformed: {
        severity: 'error',
        text: (value: string) => `Log bucket "${value}" is not an S3 bucket domain name; use <bucket>.s3.amazonaws.com, for example mylogs.s3.amazonaws.com.`,
      },
    },
    examples: { bad: 'logging: { bucket: "arn:aws:s3:::mylogs" }', good: 'logging: { bucket: "mylogs.s3.amazonaws.com" }' },
  },
  check({ config, template }, report) {
    if (template) {
      const t = template.template;
      for (const dist of distributions(t)) {
        const value = getAt(dist.config, ['Logging', 'Bucket']);
        for (const bucket of referencedResources(t, value)) {
          if (resourceType(t, bucket) !== 'AWS::S3::Bucket') continue;
          const resource = t.Resources[bucket];
          const properties = isRecord(resource) && isRecord(resource.Properties) ? resource.Properties : {};
          const rules = getAt(properties, ['OwnershipControls', 'Rules']);
          // Controls written as an expression (an Fn::If), or a setting known only at deploy time, are not judged.
          if (properties.OwnershipControls !== undefined && !Array.isArray(rules)) continue;
          const ownership = asArray(rules).map((r) => (isRecord(r) ? resolveString(t, r.ObjectOwnership) : undefined));
          if (ownership.some((o) => o === undefined || ACLS_ENABLED.has(o))) continue;
          report({ messageId: 'aclsOff', args: [bucket, dist.logicalId], location: templateLocation(template, bucket, ownership.length > 0 ? ['OwnershipControls'] : []) });
        }
      }
    }
    const logging = config?.distribution.logging;
    if (!logging) return;
    const value = logging.bucket.trim();
    if (BUCKET_DOMAIN.test(value)) return;
    const location = { configPath: ['distribution', 'logging', 'bucket'] };
    if (value === '') {
      report({ messageId: 'emptyBucket', args: [], location });
      return;
    }
    const found = bucketName(value);
    if (!found) {
      report({ messageId: 'malformed', args: [logging.bucket], location });
      return;
    }
    const domain = `${found.name}.s3.amazonaws.com`;
    report({
      messageId: 'notDomain',
      args: [logging.bucket, domain],
      location,
      fix: {
        label: `Use ${domain}`,
        mutate: (c: ApifrontConfig) => {
          if (c.distribution.logging) c.distribution.logging.bucket = domain;
        },
      },
    });
  },
});
