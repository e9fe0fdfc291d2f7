import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af215-too-many-origins';

const withOrigins = (count: number) =>
  buildConfig((c) => {
    for (let i = c.origins.length; i < count; i++) {
      c.origins.push({ id: `bucket-${i}`, type: 's3', bucketDomainName: `b${i}.s3.eu-west-1.amazonaws.com`, originPath: '', customHeaders: [] });
    }
  });

testRule(rule, {
  valid: [
    { name: 'one origin', config: buildConfig() },
    { name: '25 origins', config: withOrigins(25) },
  ],
  invalid: [{ name: '26 origins', config: withOrigins(26), findings: [{ messageId: 'tooManyOrigins', path: 'origins' }] }],
});
