import { COMMAND_META } from './meta';
import { STEP_LABELS, findRule, renderRuleDoc, ruleSeverities } from '../../core/rules/docs';
import { rules } from '../../core/rules/index';
import { CliError, parseArgs, writeOut } from '../io';
import type { Command } from './types';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** One catalogue entry as the CLI prints it. */
export interface RuleListing {
  id: string;
  name: string;
  severities: string[];
  step: string;
  target: string;
  title: string;
}

function listings(): RuleListing[] {
  return rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.name,
    severities: ruleSeverities(r),
    step: r.meta.step,
    target: r.meta.target,
    title: r.meta.title,
  }));
}

function textTable(rows: readonly RuleListing[]): string {
  const cells = rows.map((r) => [r.id, r.severities.join(' / '), STEP_LABELS[r.step as keyof typeof STEP_LABELS] ?? r.step, r.title]);
  const header = ['ID', 'Severity', 'Step', 'Title'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line), '', `${rows.length} rules. Details: rules <ID>, or docs/rules/<ID>.md.`].join('\n');
}

export const rulesCommand: Command = {
  ...COMMAND_META.rules,
  help: [
    'Without an ID: lists every rule with its ID, severities, wizard step and title.',
    'With an ID (AF401): prints that rule\'s documentation (what, why, example, fix, facts) as Markdown,',
    'or its metadata with --format json.',
    '',
    'Options:',
    '  --format text|json   text (default) or JSON on stdout',
  ].join('\n'),
  run(args) {
    const { positionals, flags } = parseArgs(args, { strings: ['format'] });
    const format = (flags.format ?? 'text') as string;
    if (!FORMATS.includes(format as Format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`, 2);
    if (positionals.length > 1) throw new CliError(`expected at most one rule ID, got ${positionals.length} arguments`, 2);

    const id = positionals[0];
    if (id !== undefined) {
      const rule = findRule(id);
      if (!rule) throw new CliError(`no rule "${id}"; run \`rules\` to list the IDs (AF101 ... AF605)`, 2);
      const listing = listings().find((l) => l.id === rule.meta.id);
      writeOut(format === 'json' ? JSON.stringify({ ...listing, facts: rule.meta.facts, messages: Object.keys(rule.meta.messages) }, null, 2) : renderRuleDoc(rule), undefined);
      return 0;
    }
    writeOut(format === 'json' ? JSON.stringify(listings(), null, 2) : textTable(listings()), undefined);
    return 0;
  },
};
