/**
 * Every one-click fix, on generated configs: it never changes its (frozen) input, and it leaves no
 * finding of its own rule at the finding's location (other than ones the rule already reported there).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocation } from '../location';
import { applyFix, lint, runRule } from '../lint';
import { rules } from '../rules/index';
import type { Finding } from '../rules/types';
import { arbitraryConfig } from './arbitrary';
import { deepFreeze } from './test-rule';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const RUNS = process.env.CI ? 300 : 100;
const ruleById = new Map(rules.map((r) => [r.meta.id, r]));

describe(`fixes on generated configs (seed ${SEED})`, () => {
  it(`leave no finding of their rule at their location and never change their input (${RUNS} runs)`, () => {
    let fixesTried = 0;
    fc.assert(
      fc.property(arbitraryConfig(), (generated) => {
        const before = JSON.stringify(generated);
        const config = deepFreeze(generated);
        const findings = lint(config);
        for (const finding of findings) {
          if (!finding.fix) continue;
          const rule = ruleById.get(finding.rule);
          if (!rule) throw new Error(`no rule ${finding.rule}`);
          fixesTried++;
          const fixed = applyFix(config, finding.fix);
          const at = formatLocation(finding.location);
          const here = (f: Finding) => f.rule === finding.rule && formatLocation(f.location) === at;
          // Another problem the rule reported at the same place may remain (AF409: query strings and
          // cookies both dropped); the fixed one must go and none may appear.
          const others = new Set(findings.filter((f) => here(f) && f.messageId !== finding.messageId).map((f) => f.messageId));
          const after = runRule(rule, { config: fixed });
          const left = after.filter((f) => here(f) && !others.has(f.messageId));
          // A fix that drops a list entry shifts the next one into its place (AF211 moves a header
          // out of customHeaders): then the same problem must at least be reported once less.
          const same = (f: Finding) => f.rule === finding.rule && f.messageId === finding.messageId;
          const shifted = left.length > 0 && after.filter(same).length < findings.filter(same).length;
          if (!shifted) expect(left.map((f) => `${f.rule} ${f.messageId} at ${at}`), `fix "${finding.fix.label}"`).toEqual([]);
        }
        expect(JSON.stringify(config)).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The generator must actually reach fixes, or the property proves nothing.
    expect(fixesTried).toBeGreaterThan(RUNS / 2);
  });
});
