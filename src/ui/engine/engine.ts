/**
 * The wizard's engine: everything that pulls in the zod schema (presets, lint, rules). It is loaded on
 * demand (queries/engine.ts) so the first paint needs only React and the wizard shell: zod alone is
 * most of a 120 KB budget.
 */
import { applyFix, lint, runRule } from '../../core/lint';
import type { ApifrontConfig } from '../../core/model/schema';
import type { PlainFinding } from './checks-protocol';
import { parseInvokeUrl, type InvokeUrlResult } from '../../core/model/invoke-url';
import { PRESETS, presetConfig, type PresetId } from '../../core/model/presets';
import { configFromInvokeUrl } from '../../core/model/from-invoke-url';
import { rules } from '../../core/rules/index';
import type { Step } from '../../core/rules/types';

const stepByRule = new Map<string, Step>(rules.map((r) => [r.meta.id, r.meta.step]));

/** The wizard step a rule's findings belong to (its meta.step); unknown rules go to review. */
export function ruleStep(ruleId: string): Step {
  return stepByRule.get(ruleId) ?? 'review';
}

export function ruleTitle(ruleId: string): string | undefined {
  return rules.find((r) => r.meta.id === ruleId)?.meta.title;
}

export { configFromInvokeUrl, lint, parseInvokeUrl, PRESETS, presetConfig, type InvokeUrlResult, type PresetId };


/**
 * Apply a finding's fix to `config`. The finding came from the worker without its fix function, so
 * its rule runs again here on the current config and the matching finding's fix is applied. Null when
 * the finding no longer stands (the user changed the value meanwhile).
 */
export function applyFinding(config: ApifrontConfig, finding: PlainFinding): ApifrontConfig | null {
  const rule = rules.find((r) => r.meta.id === finding.rule);
  if (!rule) return null;
  const where = JSON.stringify(finding.location);
  const match = runRule(rule, { config }).find((f) => f.messageId === finding.messageId && JSON.stringify(f.location) === where && f.fix);
  return match?.fix ? applyFix(config, match.fix) : null;
}
