/**
 * Table-driven rule tests (eslint's RuleTester, stylelint's testRule): configs or templates that
 * must fire a rule with given message IDs and paths, and near misses that must not. Inputs are
 * deep-frozen, so a rule or fix that writes to its input throws. Every finding that offers a fix
 * must state what the fix produces (`output`), and the fix must also remove its own finding and add
 * no new error.
 */
import { describe, expect, it } from 'vitest';
import { formatLocation } from '../location';
import { applyFix, lint, runRule } from '../lint';
import type { ApifrontConfig } from '../model/schema';
import type { AnyRule, Finding, TemplateInput } from '../rules/types';

/**
 * What a fix produces, compactly: printed config path -> new value (`undefined` = the key is gone).
 * The fixed config must equal the input with exactly these changes; `'$'` gives the whole config.
 */
export type FixOutput = Readonly<Record<string, unknown>>;

export interface ExpectedFinding {
  messageId: string;
  /** Printed config path (`behaviors[0].pathPattern`) or, for templates, `LogicalId.Prop.Path`. */
  path: string;
  /** The fixed config when this finding's fix is applied (overrides the case's `output`). */
  output?: FixOutput;
  /** The message as the user reads it (a pattern, or the exact text). */
  message?: RegExp | string;
}

type Input = { config: ApifrontConfig; template?: undefined } | { template: TemplateInput; config?: undefined };

export interface ValidCase {
  name: string;
  config?: ApifrontConfig;
  template?: TemplateInput;
}
export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The fixed config for every fix the case's findings offer (when they all produce the same). */
  output?: FixOutput;
}

/** The config a finding's fix produces, or undefined when it offers none. */
export function fixedBy(finding: Finding | undefined, config: ApifrontConfig): ApifrontConfig | undefined {
  return finding?.fix ? applyFix(config, finding.fix) : undefined;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** `behaviors[0].originRequest` -> `['behaviors', 0, 'originRequest']`. */
export function parsePrintedPath(path: string): (string | number)[] {
  if (path === '$') return [];
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return parts;
}

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const part of path) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[part] : undefined;
  return node;
}

/** The input with the output's changes applied: what the fix must produce. */
export function expectedFixOutput(input: ApifrontConfig, output: FixOutput): ApifrontConfig {
  if ('$' in output) return structuredClone(output.$) as ApifrontConfig;
  const out = structuredClone(input) as unknown as Record<string | number, unknown>;
  for (const [printed, value] of Object.entries(output)) {
    const path = parsePrintedPath(printed);
    const key = path.at(-1);
    const parent = getAt(out, path.slice(0, -1));
    if (key === undefined || typeof parent !== 'object' || parent === null) throw new Error(`output path ${printed} does not exist in the input`);
    const record = parent as Record<string | number, unknown>;
    if (value === undefined) delete record[key];
    else record[key] = structuredClone(value);
  }
  return out as unknown as ApifrontConfig;
}

/** Where two configs differ, as an output object (for failure messages). */
export function diffOutput(before: unknown, after: unknown, path: (string | number)[] = [], out: Record<string, unknown> = {}): Record<string, unknown> {
  const bothObjects = typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
  const sameShape = bothObjects && Array.isArray(before) === Array.isArray(after) && (!Array.isArray(before) || (before as unknown[]).length === (after as unknown[]).length);
  if (sameShape) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const k of keys) {
      const part = Array.isArray(before) ? Number(k) : k;
      diffOutput((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], [...path, part], out);
    }
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    out[formatLocation({ kind: 'config', configPath: path }) || '$'] = after;
  }
  return out;
}

function inputOf(c: ValidCase): Input {
  if (c.config) return { config: c.config };
  if (c.template) return { template: c.template };
  throw new Error(`test case "${c.name}" has neither config nor template`);
}

const where = (f: Finding) => formatLocation(f.location);

function errorKeys(findings: Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}:${f.messageId}:${where(f)}`));
}

/** Pair each finding with its expected entry (same message ID and path, in order). */
function pair(findings: Finding[], expected: ExpectedFinding[]): { finding: Finding; expected: ExpectedFinding }[] {
  const left = [...expected];
  return findings.map((finding) => {
    const i = left.findIndex((e) => e.messageId === finding.messageId && e.path === where(finding));
    const [match] = left.splice(i, 1);
    if (i < 0 || !match) throw new Error(`unexpected finding ${finding.messageId} at ${where(finding)}`);
    if (typeof match.message === 'string') expect(finding.message, `${finding.messageId} at ${where(finding)}`).toBe(match.message);
    else if (match.message) expect(finding.message, `${finding.messageId} at ${where(finding)}`).toMatch(match.message);
    return { finding, expected: match };
  });
}

function checkFix(rule: AnyRule, c: InvalidCase, config: ApifrontConfig, finding: Finding, expected: ExpectedFinding): void {
  const fix = finding.fix;
  const output = expected.output ?? c.output;
  const at = `${finding.messageId} at ${where(finding)}`;
  if (!fix) {
    expect(expected.output, `${at} offers no fix, but the case gives an output`).toBeUndefined();
    return;
  }
  const fixed = applyFix(config, fix);
  if (!output) {
    throw new Error(`${at} offers the fix "${fix.label}": give the expected output (the fix changes ${JSON.stringify(diffOutput(config, fixed))})`);
  }
  if (!('$' in output)) {
    for (const [printed, value] of Object.entries(output)) {
      expect(getAt(config, parsePrintedPath(printed)), `output ${printed} must be a change, not the input's own value`).not.toStrictEqual(value);
    }
  }
  expect(fixed, `fix "${fix.label}" output`).toStrictEqual(expectedFixOutput(config, output));
  const after = runRule(rule, { config: fixed });
  expect(
    after.filter((a) => a.messageId === finding.messageId && where(a) === where(finding)),
    `fix "${fix.label}" must remove its finding`,
  ).toEqual([]);
  const before = errorKeys(lint(config));
  const newErrors = [...errorKeys(lint(fixed))].filter((k) => !before.has(k));
  expect(newErrors, `fix "${fix.label}" must add no new error`).toEqual([]);
}

export function testRule(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  for (const c of [...cases.valid, ...cases.invalid]) deepFreeze(c.config ?? c.template);
  describe(rule.meta.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runRule(rule, inputOf(c));
        expect(findings.map((f) => ({ messageId: f.messageId, path: where(f) }))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runRule(rule, inputOf(c));
        const got = findings.map((f) => ({ messageId: f.messageId, path: where(f) }));
        expect(got).toEqual(expect.arrayContaining(c.findings.map(({ messageId, path }) => ({ messageId, path }))));
        expect(got).toHaveLength(c.findings.length);
        for (const f of findings) {
          expect(f.message.length).toBeGreaterThan(10);
          const def = rule.meta.messages[f.messageId];
          expect(def?.severity).toBe(f.severity);
        }
        const pairs = pair(findings, c.findings);
        if (!c.config) {
          expect(c.output ?? c.findings.find((e) => e.output), 'a template case has no fix output').toBeUndefined();
          return;
        }
        if (c.output) expect(findings.some((f) => f.fix), 'the case gives an output, but no finding offers a fix').toBe(true);
        for (const { finding, expected } of pairs) checkFix(rule, c, c.config, finding, expected);
      });
    }
  });
}
