import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { CustomHeader } from '../model/schema';
import { forbiddenHeaderReason, rule } from './af210-custom-header-names';

const withHeaders = (headers: CustomHeader[], verify: string | null = null) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    origin.customHeaders = headers;
    origin.verifyHeader = verify === null ? null : { name: verify };
  });
const h = (name: string, value = 'v') => ({ name, value });

describe('forbiddenHeaderReason', () => {
  it('compares case-insensitively and knows the AWS prefixes', () => {
    expect(forbiddenHeaderReason('HOST')).toBeDefined();
    expect(forbiddenHeaderReason('x-amz-date')).toMatch(/X-Amz-/);
    expect(forbiddenHeaderReason('X-Edge-Location')).toMatch(/X-Edge-/);
    expect(forbiddenHeaderReason('X-Team')).toBeUndefined();
    expect(forbiddenHeaderReason('Referer')).toBeUndefined();
  });
});

testRule(rule, {
  valid: [
    { name: 'ordinary headers and a verify header', config: withHeaders([h('X-Team'), h('Referer')], 'X-Origin-Verify') },
    { name: 'ten headers in total', config: withHeaders(Array.from({ length: 9 }, (_, i) => h(`X-H${i}`)), 'X-Origin-Verify') },
  ],
  invalid: [
    { name: 'Host', output: { 'origins[0].customHeaders': [] }, config: withHeaders([h('Host')]), findings: [{ messageId: 'forbidden', path: 'origins[0].customHeaders[0].name' }] },
    { name: 'x-amz- prefix', output: { 'origins[0].customHeaders': [h('X-Team')] }, config: withHeaders([h('X-Team'), h('x-amz-security-token')]), findings: [{ messageId: 'forbidden', path: 'origins[0].customHeaders[1].name' }] },
    { name: 'space in the name', config: withHeaders([h('X Team')]), findings: [{ messageId: 'invalidName', path: 'origins[0].customHeaders[0].name' }] },
    { name: 'name too long', config: withHeaders([h(`X-${'a'.repeat(260)}`)]), findings: [{ messageId: 'nameTooLong', path: 'origins[0].customHeaders[0].name' }] },
    { name: 'value too long', config: withHeaders([h('X-Team', 'a b'.repeat(600))]), findings: [{ messageId: 'valueTooLong', path: 'origins[0].customHeaders[0].value' }] },
    { name: 'duplicate (case-insensitive)', output: { 'origins[0].customHeaders': [h('X-Team')] }, config: withHeaders([h('X-Team'), h('x-team')]), findings: [{ messageId: 'duplicate', path: 'origins[0].customHeaders[1].name' }] },
    { name: 'verify header repeats a custom header', config: withHeaders([h('X-Team')], 'x-team'), findings: [{ messageId: 'duplicate', path: 'origins[0].verifyHeader.name' }] },
    { name: 'forbidden verify header name', config: withHeaders([], 'Cookie'), findings: [{ messageId: 'forbidden', path: 'origins[0].verifyHeader.name' }] },
    {
      name: 'eleven headers',
      config: withHeaders(Array.from({ length: 10 }, (_, i) => h(`X-H${i}`)), 'X-Origin-Verify'),
      findings: [{ messageId: 'tooMany', path: 'origins[0].customHeaders' }],
    },
  ],
});
