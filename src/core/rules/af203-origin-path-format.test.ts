import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { normaliseOriginPath, rule } from './af203-origin-path-format';

const withPath = (originPath: string) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin) origin.originPath = originPath;
  });

describe('normaliseOriginPath', () => {
  it('adds the leading slash, drops trailing and repeated ones', () => {
    expect(normaliseOriginPath('prod/')).toBe('/prod');
    expect(normaliseOriginPath(' /prod//v1/ ')).toBe('/prod/v1');
    expect(normaliseOriginPath('/')).toBe('');
  });
});

testRule(rule, {
  valid: [
    { name: '/prod', config: withPath('/prod') },
    { name: 'empty', config: buildConfig(undefined, 'api-only-http') },
    { name: 'absent (derived)', config: buildConfig() },
  ],
  invalid: [
    { name: 'prod/', output: { 'origins[0].originPath': '/prod' }, config: withPath('prod/'), findings: [{ messageId: 'noLeadingSlash', path: 'origins[0].originPath' }] },
    { name: '/prod/', output: { 'origins[0].originPath': '/prod' }, config: withPath('/prod/'), findings: [{ messageId: 'trailingSlash', path: 'origins[0].originPath' }] },
    { name: 'a space and a question mark', config: withPath('/prod ?x'), findings: [{ messageId: 'badCharacters', path: 'origins[0].originPath' }] },
    {
      name: 'an S3 origin path with a trailing slash', output: { 'origins[1].originPath': '/static' },
      config: buildConfig((c) => {
        c.origins.push({ id: 'assets', type: 's3', bucketDomainName: 'assets.s3.eu-west-1.amazonaws.com', originPath: '/static/', customHeaders: [] });
      }),
      findings: [{ messageId: 'trailingSlash', path: 'origins[1].originPath' }],
    },
  ],
});
