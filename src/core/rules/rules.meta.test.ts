/**
 * The catalogue is tested, not trusted (typescript-eslint / eslint checkRuleFiles style): every rule
 * file, its meta, its tests, its facts, the generated index and the generated docs are checked here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGENERATE_COMMAND, parseDomainFacts, renderRuleDoc, renderRulesIndex, ruleSeverities } from './docs';
import { rules } from './index';
import type { MessageMap, RuleTarget, Severity, Step } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const RULE_FILE = /^(af\d{3})-([a-z0-9-]+)\.ts$/;
const ruleFiles = readdirSync(here)
  .filter((f) => RULE_FILE.test(f) && !f.endsWith('.test.ts'))
  .sort();
const catalogue = readFileSync(join(here, 'RULES.source.md'), 'utf8');
const domainFacts = parseDomainFacts(readFileSync(join(here, 'DOMAIN.source.md'), 'utf8'));

/** Rows of the RULES.md tables: `| AF401 | error | ... |` -> ID and the severities named in the Sev column. */
const catalogueRows = [...catalogue.matchAll(/^\| (AF\d{3}) \| ([^|]+) \|/gm)].map((m) => ({
  id: m[1] ?? '',
  severities: (m[2] ?? '').split('/').map((s) => s.trim()).filter((s): s is Severity => ['error', 'warning', 'info'].includes(s)),
}));

const STEPS: readonly Step[] = ['domain', 'origin', 'paths', 'security', 'review'];
const TARGETS: readonly RuleTarget[] = ['config', 'template', 'both'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

describe('rule catalogue', () => {
  it('has rules', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(catalogueRows.length).toBeGreaterThan(0);
  });

  it('IDs are unique and look like AF123', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids.filter((id) => !/^AF\d{3}$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('rules/index.ts is what scripts/gen-rule-index.mjs generates (run `node scripts/gen-rule-index.mjs`)', async () => {
    const script = pathToFileURL(join(root, 'scripts', 'gen-rule-index.mjs')).href;
    const { indexSource } = (await import(/* @vite-ignore */ script)) as { indexSource: () => string };
    expect(readFileSync(join(here, 'index.ts'), 'utf8')).toBe(indexSource());
  });

  it('each rule lives in af<id>-<name>.ts: the file starts with the lower-case ID and the slug equals meta.name', () => {
    const expected = rules.map((r) => `${r.meta.id.toLowerCase()}-${r.meta.name}.ts`).sort();
    expect(expected).toEqual(ruleFiles);
  });

  it('every ID in RULES.md has a rule (fails until every group is written)', () => {
    const have = new Set(rules.map((r) => r.meta.id));
    expect(catalogueRows.map((r) => r.id).filter((id) => !have.has(id))).toEqual([]);
  });

  it('every rule is in RULES.md', () => {
    const listed = new Set(catalogueRows.map((r) => r.id));
    expect(rules.map((r) => r.meta.id).filter((id) => !listed.has(id))).toEqual([]);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const { meta } = rule;
  const file = `${id.toLowerCase()}-${meta.name}.ts`;

  it('has a test file beside it that calls testRule', () => {
    const testFile = join(here, file.replace(/\.ts$/, '.test.ts'));
    expect(existsSync(testFile), `${file} needs ${file.replace(/\.ts$/, '.test.ts')}`).toBe(true);
    if (existsSync(testFile)) expect(readFileSync(testFile, 'utf8')).toMatch(/\btestRule\(/);
  });

  it('has a complete meta', () => {
    expect(meta.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(STEPS).toContain(meta.step);
    expect(TARGETS).toContain(meta.target);
    for (const field of ['title', 'description', 'rationale', 'howToFix'] as const) {
      expect(meta[field].trim().length, `${id} meta.${field}`).toBeGreaterThan(10);
    }
    expect(meta.examples?.bad.trim(), `${id} needs a bad example`).toBeTruthy();
    expect(meta.examples?.good.trim(), `${id} needs a good example`).toBeTruthy();
  });

  it('cites facts that exist in DOMAIN.md', () => {
    expect(meta.facts.length).toBeGreaterThan(0);
    expect(meta.facts.filter((n) => !domainFacts.has(n))).toEqual([]);
  });

  it('has messages, each with a severity and a text function', () => {
    const messages = Object.entries(meta.messages as MessageMap);
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, message] of messages) {
      expect(SEVERITIES, `${id}.${messageId}`).toContain(message.severity);
      expect(typeof message.text, `${id}.${messageId}`).toBe('function');
    }
  });

  it('reports every severity RULES.md gives it', () => {
    const row = catalogueRows.find((r) => r.id === id);
    const have = ruleSeverities(rule);
    expect((row?.severities ?? []).filter((s) => !have.includes(s))).toEqual([]);
  });

  it(`has a current generated page docs/rules/${id}.md`, () => {
    const page = join(root, 'docs', 'rules', `${id}.md`);
    const actual = existsSync(page) ? readFileSync(page, 'utf8') : undefined;
    expect(actual, `docs/rules/${id}.md is missing or stale; regenerate with: ${REGENERATE_COMMAND}`).toBe(renderRuleDoc(rule));
  });
});

describe('generated index', () => {
  it('docs/rules.md is current', () => {
    const file = join(root, 'docs', 'rules.md');
    const actual = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    expect(actual, `docs/rules.md is missing or stale; regenerate with: ${REGENERATE_COMMAND}`).toBe(renderRulesIndex(rules));
  });
});
