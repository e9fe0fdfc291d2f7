import type { ApifrontConfig } from '../model/schema';
import { defineRule } from './types';

function removeSuppression(index: number) {
  return (draft: ApifrontConfig): void => {
    draft.suppressions?.splice(index, 1);
    if (draft.suppressions?.length === 0) delete draft.suppressions;
  };
}

/**
 * Why: a suppression that silences nothing hides a typo (`AF490`) or a wrong belief (that an error can
 * be silenced), and the finding it was meant for keeps showing without saying why.
 * Failing shapes: `suppressions: [{ rule: AF999, reason: ... }]`; `[{ rule: AF401, ... }]` (errors only).
 */
export const rule = defineRule({
  meta: {
    id: 'AF514',
    name: 'suppressions',
    target: 'config',
    step: 'review',
    title: 'Suppressions name rules that can be silenced',
    description:
      "Each entry of the config's `suppressions` names, once, an apifront rule that checks configs and reports warnings or notes.",
    rationale:
      'A suppression silences the warnings and notes of one rule, never its errors: an error stands for a template that would not deploy or not work. An unknown ID or a rule that only reports errors silences nothing.',
    howToFix: 'Correct the rule ID (the rules page lists them), fix what an error-only rule reports, and remove repeats (one click).',
    facts: [192],
    messages: {
      unknownRule: {
        severity: 'warning',
        text: (position: number, id: string) => `Suppression ${position} names ${id}, which is not an apifront rule, so it silences nothing. Check the rule ID.`,
      },
      errorsOnly: {
        severity: 'warning',
        text: (position: number, id: string) =>
          `Suppression ${position} names ${id}, which reports errors only, and errors are never silenced: fix what it reports instead, then remove the suppression.`,
      },
      templateOnly: {
        severity: 'warning',
        text: (position: number, id: string) =>
          `Suppression ${position} names ${id}, which checks imported templates only, so it silences nothing in this config. In a template, use Metadata: { apifront: { ignore: [${id}] } }.`,
      },
      repeated: {
        severity: 'info',
        text: (position: number, id: string, first: number) => `Suppression ${position} repeats ${id} (already suppression ${first}); remove it.`,
      },
    },
    examples: {
      bad: "suppressions: [{ rule: AF999, reason: 'typo' }, { rule: AF401, reason: 'we forward Host' }]",
      good: "suppressions: [{ rule: AF409, reason: 'the API reads no query strings' }]",
    },
  },
  check({ config, ruleCatalogue }, report) {
    const firstAt = new Map<string, number>();
    (config?.suppressions ?? []).forEach(({ rule: id }, i) => {
      const location = { configPath: ['suppressions', i, 'rule'] };
      const first = firstAt.get(id);
      if (first !== undefined) {
        report({ messageId: 'repeated', args: [i + 1, id, first + 1], location, fix: { label: 'Remove the repeat', mutate: removeSuppression(i) } });
        return;
      }
      firstAt.set(id, i);
      const known = ruleCatalogue.get(id);
      if (!known) report({ messageId: 'unknownRule', args: [i + 1, id], location });
      else if (known.target === 'template') report({ messageId: 'templateOnly', args: [i + 1, id], location });
      else if (![...known.severities].some((s) => s !== 'error')) report({ messageId: 'errorsOnly', args: [i + 1, id], location });
    });
  },
});
