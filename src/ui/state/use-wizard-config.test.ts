import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../core/testing/build-config';
import { wizardConfigReducer } from './use-wizard-config';

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
});
