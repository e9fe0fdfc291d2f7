import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { describeOmitted, secretHeaderReason, withoutSecrets } from './secret-headers';

describe('secretHeaderReason', () => {
  it.each([
    ['Referer', 'abc', /name "Referer"/],
    ['x-api-key', 'abc', /name/],
    ['X-Origin-Verify', 'abc', /name/],
    ['X-My-Secret', 'abc', /name/],
    ['X-Auth', 'abc', /name/],
    ['X-Token', 'abc', /name/],
    ['X-Custom', 'Zq81mXv03LpW7rT2yB', /random/],
  ])('%s: %s is a secret', (name, value, reason) => {
    expect(secretHeaderReason(name, value)).toMatch(reason);
  });

  it.each([
    ['X-Team', 'payments'],
    ['X-Env', 'production-eu-west-1'],
    ['Accept', 'application/json'],
    ['Referer', ''],
  ])('%s: %s is not', (name, value) => {
    expect(secretHeaderReason(name, value)).toBeUndefined();
  });
});

describe('withoutSecrets', () => {
  it('blanks secret values on every origin type and reports their paths', () => {
    const config = buildConfig((c) => {
      c.origins[0]?.customHeaders.push({ name: 'X-Team', value: 'a' }, { name: 'x-api-key', value: 'k' });
      c.origins.push({ id: 's', type: 's3', bucketDomainName: 'b', originPath: '', customHeaders: [{ name: 'X-Secret', value: 's' }] });
    });
    const { config: out, omitted } = withoutSecrets(config);
    expect(out.origins.flatMap((o) => o.customHeaders.map((h) => h.value))).toEqual(['a', '', '']);
    expect(omitted.map((o) => o.path)).toEqual(['origins[0].customHeaders[1].value', 'origins[1].customHeaders[0].value']);
    expect(describeOmitted(omitted)).toMatch(/^Left out 2 values that look secret: origins\[0\]\.customHeaders\[1\]\.value/);
    expect(describeOmitted([])).toBe('');
  });
});
