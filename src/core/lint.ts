/**
 * lint(config): run every rule, stable order (severity, then location, then rule ID).
 */
import { formatPath, type ConfigPath } from './model/parse';
import type { ApifrontConfig } from './model/schema';
import { rules as allRules } from './rules/index';
import { locationSortKey, withKind } from './location';
import { derivationsOf, type Derivations } from './model/derive';
import type { AnyRule, Finding, Fix, MessageMap, RuleCatalogue, RuleContext, RuleInput, Severity, TemplateInput } from './rules/types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareKeys(locationSortKey(a.location), locationSortKey(b.location)) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

function startsWith(path: ConfigPath, prefix: string): boolean {
  const p = formatPath(path);
  return p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`);
}

const RULE_CATALOGUE: RuleCatalogue = new Map(
  allRules.map((r) => [r.meta.id, { severities: new Set(Object.values(r.meta.messages as MessageMap).map((m) => m.severity)), target: r.meta.target }]),
);

/** Run one rule on a context; turns its reports into findings with text and severity. */
export function runRule(rule: AnyRule, input: RuleInput, derived?: Derivations): Finding[] {
  const findings: Finding[] = [];
  const context: RuleContext = { ...input, derived: derived ?? runDerivations(input), ruleCatalogue: RULE_CATALOGUE };
  rule.check(context, ({ messageId, args, location, fix }) => {
    const def = rule.meta.messages[messageId];
    if (!def) throw new Error(`${rule.meta.id} reported unknown message ${messageId}`);
    findings.push({
      rule: rule.meta.id,
      severity: def.severity,
      messageId,
      message: def.text(...(args as unknown[])),
      location: withKind(location),
      ...(fix ? { fix } : {}),
    });
  });
  return findings;
}

export interface LintOptions {
  /** Config paths (printed form) whose values are unknown (an import could not resolve them): rules stay quiet there. */
  unknownPaths?: ReadonlySet<string>;
  /** Only these rules (tests, benchmarks). */
  rules?: readonly AnyRule[];
}

/** One set of derived lists per run; a template-only run has an empty config's worth of nothing to derive. */
function runDerivations(input: RuleInput): Derivations {
  return input.config ? derivationsOf(input.config) : { behaviors: () => [], apiBehaviors: () => [] };
}

function lintContext(context: RuleInput, targets: readonly string[], options: LintOptions): Finding[] {
  const derived = runDerivations(context);
  const unknown = options.unknownPaths ?? new Set<string>();
  const out: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    if (!targets.includes(rule.meta.target)) continue;
    for (const finding of runRule(rule, context, derived)) {
      const path = finding.location.configPath;
      if (path && [...unknown].some((u) => startsWith(path, u))) continue;
      out.push(finding);
    }
  }
  return out.sort(compareFindings);
}

/** All findings for a config, sorted by severity, then location, then rule ID; the config's suppressions applied. */
export function lint(config: ApifrontConfig, options: LintOptions = {}): Finding[] {
  return lintReport(config, options).findings;
}

/**
 * lint() and what the config's own `suppressions` silenced. A suppression silences the rule's
 * warnings and notes; its errors stay (a template that would not deploy or not work is never hidden).
 */
export function lintReport(config: ApifrontConfig, options: LintOptions = {}): { findings: Finding[]; silenced: Finding[] } {
  const all = lintContext({ config }, ['config', 'both'], options);
  const rules = new Set((config.suppressions ?? []).map((s) => s.rule));
  if (rules.size === 0) return { findings: all, silenced: [] };
  const isSilenced = (f: Finding) => f.severity !== 'error' && rules.has(f.rule);
  return { findings: all.filter((f) => !isSilenced(f)), silenced: all.filter(isSilenced) };
}

/**
 * Template-target rules on a raw template. A "both" rule sees `{ template }` here and `{ config }`
 * in lint(), so it checks each side once; config rules on an imported template run through lint()
 * on the mapped config.
 */
export function lintTemplateRules(template: TemplateInput, options: LintOptions = {}): Finding[] {
  return lintContext({ template }, ['template', 'both'], options);
}

/**
 * The fixed config: a deep copy of `config` with the fix's mutation applied. The only place a fix
 * runs, so no rule clones or returns configs, and the caller's config is never touched.
 */
export function applyFix(config: ApifrontConfig, fix: Fix): ApifrontConfig {
  const draft = structuredClone(config);
  fix.mutate(draft);
  return draft;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
