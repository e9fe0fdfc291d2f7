import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { certificateCovers, rule } from './af104-alias-not-covered';

const ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666';
const withCert = (aliases: string[], names: string[]) =>
  buildConfig((c) => {
    c.domain.aliases = aliases;
    c.domain.certificate = { mode: 'existing', arn: ARN, names };
  });

describe('certificateCovers', () => {
  it('a wildcard covers exactly one label', () => {
    expect(certificateCovers('*.example.com', 'api.example.com')).toBe(true);
    expect(certificateCovers('*.example.com', 'example.com')).toBe(false);
    expect(certificateCovers('*.example.com', 'a.b.example.com')).toBe(false);
    expect(certificateCovers('*.example.com', '*.example.com')).toBe(true);
    expect(certificateCovers('API.example.com', 'api.example.com')).toBe(true);
  });
});

testRule(rule, {
  valid: [
    { name: 'created certificate (issued for the aliases)', config: buildConfig() },
    { name: 'names unknown', config: withCert(['api.example.com'], []) },
    { name: 'wildcard covers the sub-domain', config: withCert(['api.example.com', 'example.com'], ['example.com', '*.example.com']) },
  ],
  invalid: [
    {
      name: 'wildcard does not cover the apex nor two labels',
      config: withCert(['example.com', 'api.example.com', 'a.b.example.com'], ['*.example.com']),
      findings: [
        { messageId: 'notCovered', path: 'domain.aliases[0]' },
        { messageId: 'notCovered', path: 'domain.aliases[2]' },
      ],
    },
    {
      name: 'a different name',
      config: withCert(['api.example.com'], ['www.example.com']),
      findings: [{ messageId: 'notCovered', path: 'domain.aliases[0]' }],
    },
  ],
});
