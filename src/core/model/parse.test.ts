import { describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_CACHING, MAX_BEHAVIORS } from './schema';
import { configFrom, formatPath, parseConfig } from './parse';
import { PRESETS, presetConfig } from './presets';

const minimal = () => ({
  version: 1,
  origins: [{ id: 'api', type: 'apigateway', api: { kind: 'rest', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } }],
});

function problems(input: unknown) {
  const r = parseConfig(input);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('parseConfig', () => {
  it('fills every default of a minimal config', () => {
    const r = parseConfig(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.config;
    expect(c.name).toBe('my-api');
    expect(c.domain).toEqual({ aliases: [], certificate: { mode: 'none' }, minimumProtocolVersion: null, dns: { mode: 'none' } });
    expect(c.defaultBehavior).toMatchObject({
      originId: 'api',
      viewerProtocol: 'redirect-to-https',
      methods: 'all',
      cachedMethods: 'get-head',
      cache: { policy: 'CachingDisabled' },
      originRequest: { policy: 'AllViewerExceptHostHeader' },
      responseHeaders: null,
      stripPrefix: false,
      forwardedHost: false,
    });
    const origin = c.origins[0];
    expect(origin).toMatchObject({ readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, verifyHeader: null, lockdown: 'none' });
    expect(origin && 'originPath' in origin ? origin.originPath : 'absent').toBe('absent');
    expect(c.distribution).toMatchObject({ priceClass: 'PriceClass_100', httpVersion: 'http2and3', ipv6: true, webAclArn: null, logging: null });
    expect(c.distribution.errorCaching).toEqual(DEFAULT_ERROR_CACHING);
    expect(c.behaviors).toEqual([]);
  });

  it('does not share the default error-caching list between configs', () => {
    const a = configFrom(minimal());
    a.distribution.errorCaching.push({ code: 403, ttl: 0 });
    expect(configFrom(minimal()).distribution.errorCaching).toHaveLength(6);
  });

  it.each([
    [{ ...minimal(), version: undefined }, 'version', 'required'],
    [{ ...minimal(), version: 2 }, 'version', 'newer than this apifront understands'],
    [{ ...minimal(), version: '1' }, 'version', 'unsupported version "1"'],
    [{ ...minimal(), version: 0 }, 'version', 'unsupported version'],
  ])('reports a wrong or future version (%#)', (input, path, message) => {
    const [p] = problems(input);
    expect(p?.path).toBe(path);
    expect(p?.message).toContain(message);
  });

  it('reports a missing or empty origin list', () => {
    expect(problems({ version: 1 })[0]).toMatchObject({ path: 'origins', message: expect.stringContaining('at least one origin') });
    expect(problems({ version: 1, origins: [] })[0]?.path).toBe('origins');
  });

  it('refuses absurdly large configs with a message instead of stalling the rules', () => {
    const behaviors = Array.from({ length: MAX_BEHAVIORS + 1 }, (_, i) => ({ pathPattern: `/p${i}/*`, originId: 'api' }));
    expect(problems({ ...minimal(), behaviors })).toEqual([
      { path: 'behaviors', message: expect.stringContaining(`at most ${MAX_BEHAVIORS} behaviors`) },
    ]);
  });

  it('reports unknown fields with their path', () => {
    const input = { ...minimal(), defaultBehavior: { originId: 'api', cahce: {} }, colour: 'red' };
    const ps = problems(input);
    expect(ps).toContainEqual({ path: '', message: expect.stringContaining('"colour"') });
    expect(ps).toContainEqual({ path: 'defaultBehavior', message: expect.stringContaining('"cahce"') });
  });

  it('reports wrong types and enum values with the path and what was given', () => {
    const input = minimal();
    const withBad = {
      ...input,
      distribution: { ipv6: 'yes', httpVersion: 'http9' },
    };
    const ps = problems(withBad);
    expect(ps).toContainEqual({ path: 'distribution.ipv6', message: 'expected boolean, got "yes"' });
    expect(ps.find((p) => p.path === 'distribution.httpVersion')?.message).toContain('must be one of');
  });

  it('reports a missing required field inside an origin', () => {
    const input = { version: 1, origins: [{ id: 'api', type: 'apigateway', api: { kind: 'rest', id: 'x', region: 'eu-west-1' } }] };
    expect(problems(input)).toContainEqual({ path: 'origins[0].api.stage', message: 'required: expected string' });
  });

  it('says what a non-object is', () => {
    expect(problems([])[0]?.message).toContain('got a list');
    expect(problems(null)[0]?.message).toContain('got null');
  });

  it('accepts well-typed but wrong values (rules report them)', () => {
    const input = { ...minimal(), domain: { aliases: ['API.Example.com'] } };
    (input.origins[0] as Record<string, unknown>).originPath = 'prod/';
    expect(parseConfig(input).ok).toBe(true);
  });

  it('never throws on odd input', () => {
    for (const input of [undefined, 1, 'x', true, { version: 1, origins: 'x' }, { version: 1, origins: [null] }]) {
      expect(() => parseConfig(input)).not.toThrow();
    }
  });
});

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id]))('%s parses and round-trips through JSON', (id) => {
    const config = presetConfig(id);
    const again = parseConfig(JSON.parse(JSON.stringify(config)));
    expect(again).toEqual({ ok: true, config });
  });
});

describe('formatPath', () => {
  it('prints config paths as people write them', () => {
    expect(formatPath(['behaviors', 0, 'originRequest'])).toBe('behaviors[0].originRequest');
    expect(formatPath([])).toBe('');
  });
});
