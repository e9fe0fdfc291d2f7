import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rule as af401 } from './af401-host-forwarded';
import { rule as af408 } from './af408-forwarded-values-with-policies';
import { REGENERATE_COMMAND, domainFactsSource, findRule, parseDomainFacts, renderRuleDoc, renderRulesIndex, ruleDocById, ruleDocData, ruleSeverities } from './docs';
import { rules } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const update = process.env.UPDATE_SNAPSHOTS === '1';
const domain = readFileSync(join(here, 'DOMAIN.source.md'), 'utf8');
// Pages are rendered from DOMAIN.source.md directly, so one UPDATE_SNAPSHOTS run writes domain-facts.ts
// and pages that agree with it.
const currentSummaries = Object.fromEntries(parseDomainFacts(domain));

/** Compares a generated file with the one on disk, or rewrites it with UPDATE_SNAPSHOTS=1. */
function expectCurrent(relative: string, expected: string): void {
  const file = join(root, relative);
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, expected);
    return;
  }
  const actual = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  expect(actual, `${relative} is missing or stale; regenerate with: ${REGENERATE_COMMAND}`).toBe(expected);
}

describe('generated rule docs are current', () => {
  it('src/core/rules/domain-facts.ts', () => {
    expectCurrent('src/core/rules/domain-facts.ts', domainFactsSource(parseDomainFacts(domain), rules));
  });
  it('docs/rules.md', () => {
    expectCurrent('docs/rules.md', renderRulesIndex(rules));
  });
  for (const rule of rules) {
    it(`docs/rules/${rule.meta.id}.md`, () => {
      expectCurrent(`docs/rules/${rule.meta.id}.md`, renderRuleDoc(rule, currentSummaries));
    });
  }
  it('every page in docs/rules belongs to a rule (a retired rule keeps a stub that says "Retired")', () => {
    const dir = join(root, 'docs', 'rules');
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    const orphans = pages.filter((f) => !findRule(f.replace(/\.md$/, '')) && !readFileSync(join(dir, f), 'utf8').includes('Retired'));
    expect(orphans).toEqual([]);
  });
});

describe('renderRuleDoc', () => {
  const facts = parseDomainFacts(domain);
  const summaries = Object.fromEntries(facts);
  const page = renderRuleDoc(af401, summaries);

  it('has the title, ID, severity, step, target and every section', () => {
    expect(page).toContain('# AF401: Do not forward the viewer Host header to an execute-api origin');
    expect(page).toContain('| ID | `AF401` (`host-forwarded`) |');
    expect(page).toContain('| Severity | error |');
    expect(page).toContain('| Wizard step | 3 Paths & caching |');
    for (const heading of ['## What it checks', '## Why it matters', '## Example', '## How to fix', '## Messages', '## Facts (DOMAIN.md)']) {
      expect(page).toContain(heading);
    }
    expect(page).toContain(af401.meta.rationale);
    expect(page).toContain('- `cacheKeyHasHost` (error)');
  });

  it('lists each fact with its DOMAIN.md summary', () => {
    expect(page).toContain('- 6. AllViewerExceptHostHeader = `b689b0a8-53d0-40ab-baf2-68738e2966ac`.');
    expect(page).toContain(`- 87. ${facts.get(87)}`);
  });

  it('shows template examples for a template rule, and both targets', () => {
    const doc = ruleDocData(af408, summaries);
    expect(doc.target).toBe('both');
    expect(renderRuleDoc(af408, summaries)).toContain('ForwardedValues: { QueryString: true }');
  });

  it('orders severities error, warning, info', () => {
    const mixed = { ...af401, meta: { ...af401.meta, messages: { a: { severity: 'info' as const, text: () => 'a' }, b: { severity: 'error' as const, text: () => 'b' }, c: { severity: 'info' as const, text: () => 'c' } } } };
    expect(ruleSeverities(mixed)).toEqual(['error', 'info']);
  });
});

describe('renderRulesIndex', () => {
  it('groups rules by area and links each page', () => {
    const index = renderRulesIndex([af408, af401]);
    expect(index).toContain('## AF4xx Caching and forwarding');
    expect(index).not.toContain('## AF1xx');
    expect(index.indexOf('[AF401](rules/AF401.md)')).toBeLessThan(index.indexOf('[AF408](rules/AF408.md)'));
    expect(index).toContain('| [AF408](rules/AF408.md) | error / warning | 3 Paths & caching | Use either cache policies or ForwardedValues, never both |');
  });
});

describe('parseDomainFacts', () => {
  const facts = parseDomainFacts(domain);
  it('finds every numbered fact, 1 to the last, without gaps', () => {
    const numbers = [...facts.keys()];
    expect(numbers.length).toBeGreaterThan(150);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
  it('keeps the first sentence without bold marks or the source note', () => {
    expect(facts.get(1)).toBe('CachingDisabled = `4135ea2d-6df8-44a3-9df3-4b5a84be39ad`.');
    expect(facts.get(131)).toBe('`AliasTarget.HostedZoneId` for a CloudFront target is always `Z2FDTNDATAQYW2`.');
  });
  it('joins a lead-in to its bullets', () => {
    expect(facts.get(40)).toMatch(/^Caching disabled \(MaxTTL = 0, hence all TTLs 0\): The cache key must be empty/);
  });
});

describe('ruleDocById (what the app shows)', () => {
  it('returns the same page as the docs for a known ID, case-insensitively', () => {
    const rule = rules[0];
    if (!rule) return;
    expect(ruleDocById(rule.meta.id.toLowerCase())).toBe(renderRuleDoc(rule));
  });
  it('returns undefined for an unknown ID', () => {
    expect(ruleDocById('AF999')).toBeUndefined();
  });
});
