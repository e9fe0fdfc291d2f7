import { describe, expect, it } from 'vitest';
import { lint, lintReport } from '../lint';
import type { Suppression } from '../model/schema';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af514-suppressions';

const withSuppressions = (suppressions: Suppression[]) => buildConfig((c) => void (c.suppressions = suppressions));
const because = (rule: string): Suppression => ({ rule, reason: 'checked by hand' });

testRule(rule, {
  valid: [
    { name: 'no suppressions', config: buildConfig() },
    { name: 'a rule with warnings', config: withSuppressions([because('AF409'), because('AF507')]) },
  ],
  invalid: [
    { name: 'an ID that is no rule', config: withSuppressions([because('AF999')]), findings: [{ messageId: 'unknownRule', path: 'suppressions[0].rule', message: /^Suppression 1 names AF999, which is not an apifront rule/ }] },
    { name: 'a rule for templates only', config: withSuppressions([because('AF502')]), findings: [{ messageId: 'templateOnly', path: 'suppressions[0].rule', message: /Metadata: \{ apifront: \{ ignore: \[AF502\] \} \}/ }] },
    { name: 'a rule that reports errors only', config: withSuppressions([because('AF102')]), findings: [{ messageId: 'errorsOnly', path: 'suppressions[0].rule' }] },
    {
      name: 'the same rule twice',
      config: withSuppressions([because('AF507'), because('AF409'), because('AF507')]),
      output: { suppressions: [because('AF507'), because('AF409')] },
      findings: [{ messageId: 'repeated', path: 'suppressions[2].rule', message: 'Suppression 3 repeats AF507 (already suppression 1); remove it.' }],
    },
  ],
});

describe('suppressions in the config', () => {
  it("silence the rule's warnings and notes, and say what they silenced", () => {
    const before = lint(buildConfig()).filter((f) => f.rule === 'AF507');
    expect(before.length).toBeGreaterThan(0);
    const report = lintReport(withSuppressions([because('AF507')]));
    expect(report.findings.some((f) => f.rule === 'AF507')).toBe(false);
    expect(report.silenced.map((f) => f.rule)).toEqual(before.map((f) => f.rule));
  });

  it('never silence an error', () => {
    const broken = buildConfig((c) => {
      c.domain.aliases = ['API.example.com'];
      c.suppressions = [because('AF101')];
    });
    expect(lint(broken).filter((f) => f.rule === 'AF101').map((f) => f.severity)).toEqual(['error']);
    expect(lintReport(broken).silenced).toEqual([]);
  });
});
