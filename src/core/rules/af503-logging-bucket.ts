import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

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
 * ARN; anything else fails the deploy (facts 119, 120). Failing shape: `logging: { bucket: 'mylogs' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF503',
    name: 'logging-bucket',
    target: 'config',
    step: 'security',
    title: 'Give the log bucket as its domain name',
    description: 'The standard-logging bucket is a bucket name, an ARN or an s3:// URL instead of `<bucket>.s3.amazonaws.com`.',
    rationale:
      'CloudFront standard logs are configured with the bucket\'s domain name; a plain name or ARN is rejected. The bucket must also allow ACLs (not "bucket owner enforced").',
    howToFix: 'Use `<bucket>.s3.amazonaws.com`.',
    facts: [119, 120],
    messages: {
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
  check({ config }, report) {
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
