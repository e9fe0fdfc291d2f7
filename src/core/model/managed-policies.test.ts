import { describe, expect, it } from 'vitest';
import { MANAGED_CACHE_POLICY_TRAITS, MANAGED_ORIGIN_REQUEST_POLICY_TRAITS } from './managed-policies';

describe('managed policy summaries (shown as help text in the wizard)', () => {
  const summaries = [...Object.values(MANAGED_CACHE_POLICY_TRAITS), ...Object.values(MANAGED_ORIGIN_REQUEST_POLICY_TRAITS)].map((t) => t.summary);
  it('cite no DOMAIN.md fact numbers, which mean nothing to a user', () => {
    expect(summaries.length).toBeGreaterThan(10);
    for (const summary of summaries) expect(summary).not.toMatch(/\bfacts? \d/);
  });
});
