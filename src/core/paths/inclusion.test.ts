import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInclusion, patternIncludes } from './inclusion';
import { matchPattern } from './match';

/** Every viewer path (starting with `/`) up to `maxLength` characters over `alphabet`. */
function allPaths(alphabet: readonly string[], maxLength: number): string[] {
  const out: string[] = [];
  let layer = ['/'];
  for (let len = 1; len <= maxLength; len++) {
    out.push(...layer);
    layer = layer.flatMap((s) => alphabet.map((ch) => s + ch));
  }
  return out;
}

describe('patternIncludes', () => {
  it.each([
    ['/api/*', '/api/admin/*', true],
    ['/api/*', '/api/users', true],
    ['/api/*', '/api', false],
    ['*', '/anything/*', true],
    ['/*', '*', true], // both match every viewer path: they all start with '/'
    ['/api/*', '/api*', false],
    ['/api*', '/api/*', true],
    ['/*.jpg', '/images/*.jpg', true],
    ['/images/*.jpg', '/*.jpg', false],
    ['/v?/*', '/v1/*', true],
    ['/v1/*', '/v?/*', false],
    ['/a*', '/a?*', true],
    ['/a?*', '/a*', false],
    ['/*a*', '/*a?a*', true],
    ['/*a?a*', '/*a*', false],
    ['/**', '/*', true],
    ['api/*', '/api/x', true],
  ])('%s includes %s: %s', (broader, narrower, expected) => {
    expect(patternIncludes(broader, narrower)).toBe(expected);
  });

  it('gives a real counterexample when inclusion fails', () => {
    const r = checkInclusion('/api/*', '/api*');
    expect(r.result).toBe('not-included');
    if (r.result !== 'not-included') return;
    expect(matchPattern('/api*', r.witness)).toBe(true);
    expect(matchPattern('/api/*', r.witness)).toBe(false);
  });

  it('handles long realistic patterns quickly', () => {
    const long = `/${'segment/'.repeat(25)}*`;
    expect(patternIncludes('/segment/*', long)).toBe(true);
    expect(patternIncludes(long, '/segment/*')).toBe(false);
  });

  it('reports undecided instead of guessing when the budget runs out', () => {
    const adversarial = '/*a????????????????';
    expect(checkInclusion(adversarial, adversarial, 1000).result).toBe('undecided');
    // Included in truth, but the default budget runs out: patternIncludes must not claim it.
    const narrower = adversarial.replace('*', '*b');
    expect(checkInclusion(adversarial, narrower).result).toBe('undecided');
    expect(patternIncludes(adversarial, narrower)).toBe(false);
  });

  // Soundness and completeness against brute force: patterns over {a, /, *, ?}; paths also use 'b',
  // a character no pattern mentions. Any witness must be real; "included" must hold on every path
  // up to 7 characters (longer than any shortest counterexample for patterns of length <= 5).
  const patternArb = fc.string({ unit: fc.constantFrom('a', '/', '*', '?'), minLength: 1, maxLength: 5 });
  const paths = allPaths(['a', 'b', '/'], 8);

  it('agrees with brute force over all short paths (property)', () => {
    fc.assert(
      fc.property(patternArb, patternArb, (broader, narrower) => {
        const r = checkInclusion(broader, narrower);
        const counterexample = paths.find((p) => matchPattern(narrower, p) && !matchPattern(broader, p));
        if (r.result === 'included') expect(counterexample).toBeUndefined();
        else {
          expect(r.result).toBe('not-included');
          expect(counterexample).toBeDefined();
          if (r.result === 'not-included') {
            expect(r.witness.startsWith('/')).toBe(true);
            expect(matchPattern(narrower, r.witness)).toBe(true);
            expect(matchPattern(broader, r.witness)).toBe(false);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('patternIncludes (with its shortcuts) agrees with the full search (property)', () => {
    const anyPattern = fc.string({ unit: fc.constantFrom('a', 'b', '/', '*', '?'), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(anyPattern, anyPattern, (broader, narrower) => {
        expect(patternIncludes(broader, narrower)).toBe(checkInclusion(broader, narrower).result === 'included');
      }),
      { numRuns: 5000 },
    );
  });

  it('is reflexive and transitive (property)', () => {
    fc.assert(
      fc.property(patternArb, patternArb, patternArb, (a, b, c) => {
        expect(patternIncludes(a, a)).toBe(true);
        if (patternIncludes(a, b) && patternIncludes(b, c)) expect(patternIncludes(a, c)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
