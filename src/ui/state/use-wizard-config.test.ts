import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../core/testing/build-config';
import { shareUnchanged, wizardConfigReducer } from './use-wizard-config';

describe('wizardConfigReducer', () => {
  it('update applies the mutator to a clone and leaves the previous config untouched', () => {
    const before = buildConfig();
    const after = wizardConfigReducer(before, { type: 'update', mutate: (d) => void (d.domain.aliases[0] = 'shop.example.com') });
    expect(after?.domain.aliases).toEqual(['shop.example.com']);
    expect(before.domain.aliases).toEqual(['api.example.com']);
    expect(after).not.toBe(before);
  });

  it('replace swaps the whole config, and null returns to the start screen', () => {
    const a = buildConfig();
    const b = buildConfig((c) => void (c.name = 'other'));
    expect(wizardConfigReducer(a, { type: 'replace', config: b })).toBe(b);
    expect(wizardConfigReducer(a, { type: 'replace', config: null })).toBeNull();
  });

  it('update is a no-op before a config exists', () => {
    expect(wizardConfigReducer(null, { type: 'update', mutate: (d) => void (d.name = 'x') })).toBeNull();
  });

  it('update keeps the objects the mutator did not change, so memoised parts compare by identity', () => {
    const before = buildConfig((c) => {
      c.behaviors.push(structuredClone({ ...c.defaultBehavior, pathPattern: '/a/*', stripPrefix: false }), structuredClone({ ...c.defaultBehavior, pathPattern: '/b/*', stripPrefix: false }));
    });
    const after = wizardConfigReducer(before, { type: 'update', mutate: (d) => void (d.behaviors[1] && (d.behaviors[1].pathPattern = '/c/*')) });
    expect(after?.behaviors[1]?.pathPattern).toBe('/c/*');
    expect(before.behaviors[1]?.pathPattern).toBe('/b/*');
    expect(after?.behaviors).not.toBe(before.behaviors);
    expect(after?.behaviors[1]).not.toBe(before.behaviors[1]);
    expect(after?.behaviors[0]).toBe(before.behaviors[0]);
    expect(after?.defaultBehavior).toBe(before.defaultBehavior);
    expect(after?.origins).toBe(before.origins);
    expect(after?.domain).toBe(before.domain);
    // A mutator that changes nothing returns the same config: no re-render, no new lint.
    expect(wizardConfigReducer(before, { type: 'update', mutate: (d) => void (d.name = before.name) })).toBe(before);
  });
});

describe('shareUnchanged', () => {
  it('keeps equal subtrees, takes changed, added and removed parts from next', () => {
    const prev = { a: { x: 1 }, b: [1, { y: 2 }], c: 'same', d: { gone: true } };
    const next = { a: { x: 1 }, b: [1, { y: 3 }], c: 'same', d: {}, e: null };
    const out = shareUnchanged<Record<string, unknown>>(prev, next);
    expect(out).toEqual(next);
    expect(out.a).toBe(prev.a);
    expect(out.b).not.toBe(prev.b);
    expect((out.b as unknown[])[1]).toEqual({ y: 3 });
    expect(out.d).toEqual({});
    expect(shareUnchanged([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
    expect(shareUnchanged([1, 2, 3], [1, 2])).toEqual([1, 2]);
    expect(shareUnchanged({ k: [1] }, { k: [1] })).toEqual({ k: [1] });
  });
});
