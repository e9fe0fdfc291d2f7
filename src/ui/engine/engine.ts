/**
 * The wizard's engine: everything that pulls in the zod schema (presets, lint, rules). It is loaded on
 * demand (queries/engine.ts) so the first paint needs only React and the wizard shell: zod alone is
 * most of a 120 KB budget.
 */
import { lint } from '../../core/lint';
import { parseInvokeUrl, type InvokeUrlResult } from '../../core/model/invoke-url';
import { PRESETS, presetConfig, type PresetId } from '../../core/model/presets';
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

export { lint, parseInvokeUrl, PRESETS, presetConfig, type InvokeUrlResult, type PresetId };

