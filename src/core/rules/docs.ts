/**
 * Rule documentation generated from the rule metas (typescript-eslint style): one Markdown page per
 * rule (`docs/rules/AF401.md`) and an index (`docs/rules.md`). The app shows the same text through
 * `ruleDocById` / `ruleDocData`, so the docs and the UI cannot drift. docs.test.ts fails when the
 * files on disk are stale and rewrites them with UPDATE_SNAPSHOTS=1.
 */
import { FACT_SUMMARIES } from './domain-facts';
import { rules as allRules } from './index';
import type { AnyRule, MessageMap, RuleTarget, Severity, Step } from './types';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const STEP_LABELS: Record<Step, string> = {
  domain: '1 Domain & certificate',
  origin: '2 API origin',
  paths: '3 Paths & caching',
  security: '4 Security & extras',
  review: '5 Review & export',
};

export const TARGET_LABELS: Record<RuleTarget, string> = {
  config: 'config (wizard, CLI, and imported templates mapped to a config)',
  template: 'template (imported CloudFormation templates, with line numbers)',
  both: 'config and template',
};

/** The ID ranges of RULES.md, as cfn-lint numbers by template section. */
export const RULE_AREAS: readonly { prefix: string; title: string }[] = [
  { prefix: 'AF1', title: 'AF1xx Domain and certificate' },
  { prefix: 'AF2', title: 'AF2xx API Gateway origin' },
  { prefix: 'AF3', title: 'AF3xx Paths and behaviors' },
  { prefix: 'AF4', title: 'AF4xx Caching and forwarding' },
  { prefix: 'AF5', title: 'AF5xx Distribution and security' },
  { prefix: 'AF6', title: 'AF6xx DNS (Route 53)' },
];

export const REGENERATE_COMMAND = 'UPDATE_SNAPSHOTS=1 npx vitest run src/core/rules/docs.test.ts';

/** Everything a rule page shows, as data (for the app's own rendering). */
export interface RuleDocData {
  id: string;
  name: string;
  title: string;
  /** Distinct message severities, most severe first. */
  severities: Severity[];
  step: Step;
  stepLabel: string;
  target: RuleTarget;
  description: string;
  rationale: string;
  howToFix: string;
  examples?: { bad: string; good: string };
  messages: { id: string; severity: Severity }[];
  facts: { number: number; summary?: string }[];
}

/** Distinct severities of a rule's messages, most severe first. */
export function ruleSeverities(rule: AnyRule): Severity[] {
  const messages: MessageMap = rule.meta.messages;
  const used = new Set(Object.values(messages).map((m) => m.severity));
  return SEVERITY_ORDER.filter((s) => used.has(s));
}

/** The documentation of one rule as data; fact summaries come from DOMAIN.md (generated domain-facts.ts). */
export function ruleDocData(rule: AnyRule, factSummaries: Readonly<Record<number, string>> = FACT_SUMMARIES): RuleDocData {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.name,
    title: meta.title,
    severities: ruleSeverities(rule),
    step: meta.step,
    stepLabel: STEP_LABELS[meta.step],
    target: meta.target,
    description: meta.description,
    rationale: meta.rationale,
    howToFix: meta.howToFix,
    ...(meta.examples ? { examples: meta.examples } : {}),
    messages: Object.entries(meta.messages as MessageMap).map(([id, m]) => ({ id, severity: m.severity })),
    facts: meta.facts.map((n) => ({ number: n, summary: factSummaries[n] })),
  };
}

/** A fenced block whose fence is longer than any backtick run inside it. */
function fence(text: string, lang = 'yaml'): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${text}\n${marks}`;
}

/** One rule's Markdown page: title, ID, severities, step, target, what, why, examples, fix, messages, facts. */
export function renderRuleDoc(rule: AnyRule, factSummaries: Readonly<Record<number, string>> = FACT_SUMMARIES): string {
  const d = ruleDocData(rule, factSummaries);
  const lines = [
    `<!-- GENERATED from the ${d.id} rule meta by src/core/rules/docs.ts; do not edit. Regenerate: ${REGENERATE_COMMAND} -->`,
    `# ${d.id}: ${d.title}`,
    '',
    '| | |',
    '|---|---|',
    `| ID | \`${d.id}\` (\`${d.name}\`) |`,
    `| Severity | ${d.severities.join(' / ')} |`,
    `| Wizard step | ${d.stepLabel} |`,
    `| Runs on | ${TARGET_LABELS[d.target]} |`,
    '',
    '## What it checks',
    '',
    d.description,
    '',
    '## Why it matters',
    '',
    d.rationale,
    '',
  ];
  if (d.examples) {
    lines.push('## Example', '', 'Bad:', '', fence(d.examples.bad), '', 'Good:', '', fence(d.examples.good), '');
  }
  lines.push('## How to fix', '', d.howToFix, '', '## Messages', '');
  for (const m of d.messages) lines.push(`- \`${m.id}\` (${m.severity})`);
  lines.push('', '## Facts (DOMAIN.md)', '');
  for (const f of d.facts) lines.push(f.summary ? `- ${f.number}. ${f.summary}` : `- ${f.number}.`);
  lines.push('');
  return lines.join('\n');
}

/** The index page: one table per ID range, rules sorted by ID, each linking to its page. */
export function renderRulesIndex(rules: readonly AnyRule[]): string {
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const lines = [
    `<!-- GENERATED from the rule metas by src/core/rules/docs.ts; do not edit. Regenerate: ${REGENERATE_COMMAND} -->`,
    '# apifront rules',
    '',
    `${sorted.length} rules. Each finding carries its own severity: **error** (AWS rejects it or it cannot work), **warning** (it deploys but is very likely wrong, insecure or costly) or **info** (advice).`,
    '',
  ];
  for (const area of RULE_AREAS) {
    const inArea = sorted.filter((r) => r.meta.id.startsWith(area.prefix));
    if (inArea.length === 0) continue;
    lines.push(`## ${area.title}`, '', '| ID | Severity | Step | Title |', '|---|---|---|---|');
    for (const r of inArea) {
      const title = r.meta.title.replace(/\|/g, '\\|');
      lines.push(`| [${r.meta.id}](rules/${r.meta.id}.md) | ${ruleSeverities(r).join(' / ')} | ${STEP_LABELS[r.meta.step]} | ${title} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The rule with this ID from the catalogue, if any. */
export function findRule(id: string, rules: readonly AnyRule[] = allRules): AnyRule | undefined {
  const wanted = id.trim().toUpperCase();
  return rules.find((r) => r.meta.id === wanted);
}

/** A rule's Markdown page by ID (what the app shows beside a finding); undefined for an unknown ID. */
export function ruleDocById(id: string): string | undefined {
  const rule = findRule(id);
  return rule ? renderRuleDoc(rule) : undefined;
}

/**
 * Fact number -> one-line summary from DOMAIN.md's text: the first sentence of each numbered fact,
 * without bold marks or its source note (a lead-in followed by bullets takes them too).
 */
export function parseDomainFacts(markdown: string): Map<number, string> {
  const facts = new Map<number, string>();
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    const match = /^(\d+)\.\s+(.*)$/.exec(line);
    if (!match) return;
    let text = stripMarkdown(match[2] ?? '');
    if (text.endsWith(':') || /^\s+- /.test(lines[i + 1] ?? '')) {
      const bullets: string[] = [];
      for (const next of lines.slice(i + 1)) {
        if (!/^\s+- /.test(next)) break;
        bullets.push(stripMarkdown(next.replace(/^\s+- /, '')).replace(/[.;]$/, ''));
      }
      if (bullets.length > 0) text = `${text} ${bullets.join('; ')}.`;
    }
    facts.set(Number(match[1]), summarise(text));
  });
  return facts;
}

function stripMarkdown(text: string): string {
  return text
    .replace(/\s*\*\([^)]*(?:\([^)]*\)[^)]*)*\)\*\s*$/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** The first sentence (two when the first is a short lead-in such as "Authorization header: exact rules."), at most 240 characters. */
function summarise(text: string): string {
  const boundary = /[.!?](?=\s+[A-Z`(])/g;
  let end = text.length;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    end = match.index + 1;
    if (end >= 40) break;
    end = text.length;
  }
  const sentence = text.slice(0, end);
  return sentence.length > 240 ? `${sentence.slice(0, 239).trimEnd()}…` : sentence;
}

/** Source of domain-facts.ts: the summaries of the facts the given rules cite. */
export function domainFactsSource(facts: ReadonlyMap<number, string>, rules: readonly AnyRule[]): string {
  const cited = [...new Set(rules.flatMap((r) => r.meta.facts))].filter((n) => facts.has(n)).sort((a, b) => a - b);
  return [
    `// GENERATED from DOMAIN.source.md by src/core/rules/docs.ts; do not edit. Regenerate: ${REGENERATE_COMMAND}`,
    '/** One-line summaries of the DOMAIN.md facts the rules cite, by fact number. */',
    'export const FACT_SUMMARIES: Readonly<Record<number, string>> = {',
    ...cited.map((n) => `  ${n}: ${JSON.stringify(facts.get(n))},`),
    '};',
    '',
  ].join('\n');
}
