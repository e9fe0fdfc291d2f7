/**
 * Table-driven rule tests (eslint's RuleTester, stylelint's testRule): configs or templates that
 * must fire a rule with given message IDs and paths, and near misses that must not. Every fix a
 * finding offers is applied and checked: its finding goes away and no new error appears.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../model/parse';
import { lint, runRule } from '../lint';
import type { ApifrontConfig } from '../model/schema';
import type { AnyRule, Finding, TemplateInput } from '../rules/types';

export interface ExpectedFinding {
  messageId: string;
  /** Printed config path (`behaviors[0].pathPattern`) or, for templates, `LogicalId.Prop.Path`. */
  path: string;
}

type Input = { config: ApifrontConfig; template?: undefined } | { template: TemplateInput; config?: undefined };

export interface ValidCase {
  name: string;
  config?: ApifrontConfig;
  template?: TemplateInput;
}
export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export function findingPath(f: Finding): string {
  const loc = f.location;
  if ('logicalId' in loc) return [loc.logicalId, ...loc.propertyPath].join('.');
  return formatPath(loc.configPath);
}

function inputOf(c: ValidCase): Input {
  if (c.config) return { config: c.config };
  if (c.template) return { template: c.template };
  throw new Error(`test case "${c.name}" has neither config nor template`);
}

function errorKeys(findings: Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}:${f.messageId}:${findingPath(f)}`));
}

export function testRule(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runRule(rule, inputOf(c));
        expect(findings.map((f) => ({ messageId: f.messageId, path: findingPath(f) }))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runRule(rule, inputOf(c));
        const got = findings.map((f) => ({ messageId: f.messageId, path: findingPath(f) }));
        expect(got).toEqual(expect.arrayContaining(c.findings));
        expect(got).toHaveLength(c.findings.length);
        for (const f of findings) {
          expect(f.message.length).toBeGreaterThan(10);
          const def = rule.meta.messages[f.messageId];
          expect(def?.severity).toBe(f.severity);
        }
        if (!c.config) return;
        const before = errorKeys(lint(c.config));
        for (const f of findings) {
          if (!f.fix) continue;
          const fixed = f.fix.apply(structuredClone(c.config));
          const after = runRule(rule, { config: fixed });
          expect(
            after.filter((a) => a.messageId === f.messageId && findingPath(a) === findingPath(f)),
            `fix "${f.fix.label}" must remove its finding`,
          ).toEqual([]);
          const newErrors = [...errorKeys(lint(fixed))].filter((k) => !before.has(k));
          expect(newErrors, `fix "${f.fix.label}" must add no new error`).toEqual([]);
        }
      });
    }
  });
}
