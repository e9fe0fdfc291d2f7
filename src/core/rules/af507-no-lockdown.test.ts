import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { PRESETS, presetConfig } from '../model/presets';
import { rules } from './index';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af507-no-lockdown';

testRule(rule, {
  valid: [
    {
      name: 'REST API locked down with WAF',
      config: buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') Object.assign(o, { lockdown: 'waf', verifyHeader: { name: 'X-Origin-Verify' } });
      }),
    },
    {
      name: 'no API origin',
      config: buildConfig((c) => {
        c.origins = [{ id: 'site', type: 's3', bucketDomainName: 'site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [] }];
        c.defaultBehavior.originId = 'site';
      }),
    },
  ],
  invalid: [
    {
      name: 'API ID not entered yet: no ".execute-api..amazonaws.com"',
      output: { 'origins[0].lockdown': 'waf', 'origins[0].verifyHeader': { name: 'X-Origin-Verify' } },
      config: buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') Object.assign(o.api, { id: '', region: '' });
      }),
      findings: [{ messageId: 'direct', path: 'origins[0].lockdown', message: /^The API behind origin \S+ can still be called directly at its execute-api URL, bypassing CloudFront\./ }],
    },
    { name: 'REST preset', output: { 'origins[0].lockdown': 'waf', 'origins[0].verifyHeader': { name: 'X-Origin-Verify' } }, config: buildConfig(), findings: [{ messageId: 'direct', path: 'origins[0].lockdown' }] },
    { name: 'HTTP preset', output: { 'origins[0].lockdown': 'authorizer', 'origins[0].verifyHeader': { name: 'X-Origin-Verify' } }, config: buildConfig(undefined, 'api-only-http'), findings: [{ messageId: 'direct', path: 'origins[0].lockdown' }] },
    {
      name: 'HTTP API with JWT auth (no one-click fix)',
      config: buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') o.api.auth = 'jwt';
      }, 'api-only-http'),
      findings: [{ messageId: 'direct', path: 'origins[0].lockdown' }],
    },
  ],
});

describe('presets and the AF3xx / AF5xx rules', () => {
  it.each(PRESETS.map((p) => p.id))('%s gets no error or warning from them (AF507 info only)', (id) => {
    const mine = rules.filter((r) => /^AF[35]\d\d$/.test(r.meta.id));
    expect(mine.length).toBe(24);
    const findings = lint(presetConfig(id), { rules: mine });
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['AF507:info']);
  });
});
