import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import { firstMatch, globMatch, matchPattern, normalizePattern, patternDirPrefix, strippablePrefix, stripPrefixFromPath } from './match';

/** Independent oracle: the pattern translated to an anchored regex, every other character escaped. */
function regexOracle(pattern: string, path: string): boolean {
  const source = [...pattern].map((ch) => (ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`).test(path);
}

describe('matchPattern', () => {
  it.each([
    ['/api/*', '/api/users', true],
    ['/api/*', '/api/', true],
    ['/api/*', '/api', false], // fact 26
    ['/api', '/api', true],
    ['/api', '/api/users', false],
    ['api/*', '/api/users', true], // leading slash optional, fact 25
    ['/images/*.jpg', '/images/a/b.jpg', true],
    ['/images/*.jpg', '/images/a.JPG', false], // case-sensitive, fact 23
    ['/v?/users', '/v1/users', true],
    ['/v?/users', '/v10/users', false],
    ['/API/*', '/api/users', false],
    ['*', '/anything/at/all', true],
    ['*.jpg', '/a/b.jpg', true],
    ['/api/*', '/api/users?x=1', true], // query ignored, fact 22
    ['/api/users', '/api/users?debug=true#top', true],
    ['/a*b*c', '/aXXbYYc', true],
    ['/a*b*c', '/aXXbYY', false],
  ])('%s vs %s -> %s', (pattern, path, expected) => {
    expect(matchPattern(pattern, path)).toBe(expected);
  });

  it('handles long star-heavy patterns without blow-up (a backtracking matcher would hang past the test timeout)', () => {
    const pattern = `/${'*a'.repeat(100)}b`;
    const path = `/${'a'.repeat(5000)}`;
    expect(matchPattern(pattern, path)).toBe(false);
    expect(matchPattern(`/${'*a'.repeat(100)}`, path)).toBe(true);
  });

  it('agrees with an independent regex translation (property)', () => {
    const patternArb = fc.string({ unit: fc.constantFrom('a', 'b', '/', '*', '?'), maxLength: 10 });
    const textArb = fc.string({ unit: fc.constantFrom('a', 'b', '/', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(patternArb, textArb, (pattern, text) => {
        expect(globMatch(pattern, text)).toBe(regexOracle(pattern, text));
      }),
      { numRuns: 5000 },
    );
  });

  it('normalises the leading slash the same way for any pattern (property)', () => {
    const patternArb = fc.string({ unit: fc.constantFrom('a', 'b', '/', '*', '?'), maxLength: 8 });
    const pathArb = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 10 }).map((s) => `/${s}`);
    fc.assert(
      fc.property(patternArb, pathArb, (pattern, path) => {
        expect(matchPattern(pattern, path)).toBe(regexOracle(normalizePattern(pattern), path));
        if (/^[ab]/.test(pattern)) expect(matchPattern(pattern, path)).toBe(matchPattern(`/${pattern}`, path));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('firstMatch', () => {
  const config = buildConfig((c) => {
    const base = { ...c.defaultBehavior };
    c.behaviors = [
      { ...base, pathPattern: '/api/admin/*' },
      { ...base, pathPattern: '/api/*' },
      { ...base, pathPattern: '/static/*.css' },
    ];
  });

  it('returns the first matching behavior in list order', () => {
    expect(firstMatch(config, '/api/admin/users').index).toBe(0);
    expect(firstMatch(config, '/api/users').index).toBe(1);
    expect(firstMatch(config, '/static/site.css').path).toEqual(['behaviors', 2]);
  });

  it('falls back to the default behavior last', () => {
    const m = firstMatch(config, '/api');
    expect(m.index).toBeNull();
    expect(m.isDefault).toBe(true);
    expect(m.path).toEqual(['defaultBehavior']);
  });
});

describe('strip prefix helpers', () => {
  it.each([
    ['/api/*', '/api'],
    ['/api', '/api'],
    ['api/v1/*', '/api/v1'],
    ['/api*', null],
    ['/api/*.json', null],
    ['*', null],
    ['/', null],
    ['/a?i/*', null],
  ])('strippablePrefix(%s) = %s', (pattern, expected) => {
    expect(strippablePrefix(pattern)).toBe(expected);
  });

  it('removes the prefix only at a segment boundary', () => {
    expect(stripPrefixFromPath('/api', '/api/users')).toBe('/users');
    expect(stripPrefixFromPath('/api', '/api')).toBe('/');
    expect(stripPrefixFromPath('/api', '/apis/x')).toBe('/apis/x');
  });
});

describe('patternDirPrefix', () => {
  it.each([
    ['/api/*', '/api'],
    ['/api/v1/*.json', '/api/v1'],
    ['/api', '/api'],
    ['/api/', '/api'],
    ['api/*', '/api'],
    ['/api*', ''],
    ['*', ''],
    ['/*', ''],
  ])('%s -> %j', (pattern, expected) => {
    expect(patternDirPrefix(pattern)).toBe(expected);
  });
});
