import { describe, expect, it } from 'vitest';
import { presetConfig } from './presets';
import { parseConfig } from './parse';
import { MAX_TEXT } from './schema';

describe('the size bound on every string', () => {
  it.each([
    ['distribution.comment', (c: Record<string, unknown>, v: string) => void ((c.distribution as Record<string, unknown>).comment = v)],
    ['name', (c: Record<string, unknown>, v: string) => void (c.name = v)],
    ['behaviors[0].pathPattern', (c: Record<string, unknown>, v: string) => void (c.behaviors = [{ pathPattern: v, originId: 'api' }])],
  ])('refuses a 50 MB %s with a message naming the field', (path, set) => {
    const input = structuredClone(presetConfig('api-only-rest')) as unknown as Record<string, unknown>;
    set(input, 'x'.repeat(50_000_000));
    // Refused at the length check, before any pattern runs over the text: a slow path would show
    // as a timeout of this test, not as a wall-clock assertion (speed is for the benchmarks).
    const result = parseConfig(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path, message: `at most ${MAX_TEXT.toLocaleString('en-US')} characters` });
  });

  it('accepts values a rule reports and fixes (a 200-character comment, AF509)', () => {
    const input = structuredClone(presetConfig('api-only-rest'));
    input.distribution.comment = 'c'.repeat(200);
    expect(parseConfig(input).ok).toBe(true);
  });
});
