import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af503-logging-bucket';
import type { TemplateInput } from './types';

/** A distribution logging to a bucket the template creates, with the bucket's properties. */
const loggingTo = (bucket: Record<string, unknown>, reference: unknown = { 'Fn::GetAtt': ['LogBucket', 'DomainName'] }): TemplateInput => ({
  template: {
    Resources: {
      LogBucket: { Type: 'AWS::S3::Bucket', Properties: bucket },
      Dist: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Logging: { Bucket: reference } } } },
    },
  },
});

const withBucket = (bucket: string) =>
  buildConfig((c) => {
    c.distribution.logging = { bucket, prefix: 'cf/', includeCookies: false };
  });

testRule(rule, {
  valid: [
    { name: 'no logging', config: buildConfig() },
    { name: 'global domain name', config: withBucket('my-logs.s3.amazonaws.com') },
    { name: 'Regional domain name', config: withBucket('my-logs.s3.eu-west-1.amazonaws.com') },
    { name: 'template: log bucket with ACLs on', template: loggingTo({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } }) },
    { name: 'template: ownership from a parameter without Default is not judged', template: { template: { ...loggingTo({ OwnershipControls: { Rules: [{ ObjectOwnership: { Ref: 'Ownership' } }] } }).template, Parameters: { Ownership: { Type: 'String' } } } } },
    { name: 'template: a bucket of another stack (a literal domain) is not judged', template: loggingTo({}, 'other-logs.s3.amazonaws.com') },
    {
      name: 'template: OwnershipControls chosen by a condition is not judged',
      template: loggingTo({ OwnershipControls: { 'Fn::If': ['Legacy', { Ref: 'AWS::NoValue' }, { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] }] } }),
    },
  ],
  invalid: [
    { name: 'template: a bare log bucket (ACLs off by default)', template: loggingTo({}), findings: [{ messageId: 'aclsOff', path: 'LogBucket', message: /^Dist logs to bucket LogBucket, which has ACLs off/ }] },
    {
      name: 'template: BucketOwnerEnforced, named through !Sub',
      template: loggingTo({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }, { 'Fn::Sub': '${LogBucket}.s3.amazonaws.com' }),
      findings: [{ messageId: 'aclsOff', path: 'LogBucket.OwnershipControls' }],
    },
    { name: 'logging on, bucket not entered yet', config: withBucket(''), findings: [{ messageId: 'emptyBucket', path: 'distribution.logging.bucket', message: /^Logging is on but the log bucket is empty/ }] },
    { name: 'bucket name', output: { 'distribution.logging.bucket': 'my-logs.s3.amazonaws.com' }, config: withBucket('my-logs'), findings: [{ messageId: 'notDomain', path: 'distribution.logging.bucket' }] },
    { name: 'bucket ARN', output: { 'distribution.logging.bucket': 'my-logs.s3.amazonaws.com' }, config: withBucket('arn:aws:s3:::my-logs'), findings: [{ messageId: 'notDomain', path: 'distribution.logging.bucket' }] },
    { name: 's3 URL', output: { 'distribution.logging.bucket': 'my-logs.s3.amazonaws.com' }, config: withBucket('s3://my-logs/'), findings: [{ messageId: 'notDomain', path: 'distribution.logging.bucket' }] },
    { name: 'website endpoint', config: withBucket('my-logs.s3-website-eu-west-1.amazonaws.com'), findings: [{ messageId: 'malformed', path: 'distribution.logging.bucket' }] },
  ],
});
