import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af503-logging-bucket';

const withBucket = (bucket: string) =>
  buildConfig((c) => {
    c.distribution.logging = { bucket, prefix: 'cf/', includeCookies: false };
  });

testRule(rule, {
  valid: [
    { name: 'no logging', config: buildConfig() },
    { name: 'global domain name', config: withBucket('my-logs.s3.amazonaws.com') },
    { name: 'Regional domain name', config: withBucket('my-logs.s3.eu-west-1.amazonaws.com') },
  ],
  invalid: [
    { name: 'logging on, bucket not entered yet', config: withBucket(''), findings: [{ messageId: 'emptyBucket', path: 'distribution.logging.bucket', message: /^Logging is on but the log bucket is empty/ }] },
    { name: 'bucket name', output: { 'distribution.logging.bucket': 'my-logs.s3.amazonaws.com' }, config: withBucket('my-logs'), findings: [{ messageId: 'notDomain', path: 'distribution.logging.bucket' }] },
    { name: 'bucket ARN', output: { 'distribution.logging.bucket': 'my-logs.s3.amazonaws.com' }, config: withBucket('arn:aws:s3:::my-logs'), findings: [{ messageId: 'notDomain', path: 'distribution.logging.bucket' }] },
    { name: 's3 URL', output: { 'distribution.logging.bucket': 'my-logs.s3.amazonaws.com' }, config: withBucket('s3://my-logs/'), findings: [{ messageId: 'notDomain', path: 'distribution.logging.bucket' }] },
    { name: 'website endpoint', config: withBucket('my-logs.s3-website-eu-west-1.amazonaws.com'), findings: [{ messageId: 'malformed', path: 'distribution.logging.bucket' }] },
  ],
});
