import { describe, expect, it } from 'vitest';
import { configFrom } from '../model/parse';
import { presetConfig } from '../model/presets';
import { expandConfig, jsonEqual, minimiseConfig } from './minimise';

describe('minimiseConfig', () => {
  it('keeps only what differs from the version-1 defaults', () => {
    expect(minimiseConfig(presetConfig('api-only-rest'))).toEqual({
      name: 'orders-api',
      domain: {
        aliases: ['api.example.com'],
        certificate: { mode: 'create' },
        minimumProtocolVersion: 'TLSv1.2_2025',
        dns: { mode: 'route53', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
      },
      origins: [{ id: 'api', api: { kind: 'rest', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } }],
    });
  });

  it('keeps one-of choices whole and minimises list items against their own defaults', () => {
    const config = configFrom({
      version: 1,
      origins: [
        { id: 'a', type: 'apigateway', api: { kind: 'http', id: 'x', region: 'r', stage: '$default' }, originPath: '' },
        { id: 's', type: 's3', bucketDomainName: 'b' },
      ],
      defaultBehavior: { originId: 's', cache: { policyId: 'abc' } },
      behaviors: [{ pathPattern: '/a/*', originId: 'a' }],
      distribution: { errorPages: [{ code: 404, ttl: 5 }] },
    });
    expect(minimiseConfig(config)).toEqual({
      origins: [
        { id: 'a', api: { kind: 'http', id: 'x', region: 'r', stage: '$default' }, originPath: '' },
        { id: 's', type: 's3', bucketDomainName: 'b' },
      ],
      defaultBehavior: { originId: 's', cache: { policyId: 'abc' } },
      behaviors: [{ pathPattern: '/a/*', originId: 'a' }],
      distribution: { errorPages: [{ code: 404, ttl: 5 }] },
    });
    expect(expandConfig(minimiseConfig(config))).toEqual(config);
  });
});

describe('expandConfig', () => {
  it('returns anything that is not an object unchanged, for the schema to report', () => {
    for (const value of [null, 1, 'x', [1], true]) expect(expandConfig(value)).toBe(value);
  });

  it('keeps odd keys as own properties instead of following them', () => {
    const input = JSON.parse('{"__proto__":{"x":1},"domain":{"__proto__":[]}}') as object;
    const out = expandConfig(input) as Record<string, unknown>;
    expect(Object.keys(out)).toContain('__proto__');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out.domain as object)).toContain('__proto__');
  });

  it('fills defaults around wrongly typed values without throwing', () => {
    expect(() => expandConfig({ origins: 'x', behaviors: [1, null, 'b'], domain: [], defaultBehavior: 7, distribution: { errorPages: {} } })).not.toThrow();
  });
});

describe('jsonEqual', () => {
  it('compares structure, ignoring key order and undefined fields', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: null }, { a: {} })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
  });
});
