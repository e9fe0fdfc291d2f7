/**
 * The corpus of real public templates (fixtures/corpus, sources and hand-written expectations in
 * corpus.json): every file lints without aborting, every expected rule is found, no error is
 * raised on a value that is unknown, and the full result is kept as a golden file
 * (fixtures/corpus/expected/<file>.findings.json; UPDATE_SNAPSHOTS=1 rewrites it, review the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from './import-template';

interface CorpusEntry {
  source: { repo: string; commit: string; path: string; licence: string };
  expected: { rule: string; why: string }[];
  notes: string[];
  /** Warnings and errors beyond `expected`, judged after the run (correct or false alarm). */
  judged?: { rule: string; verdict: 'correct' | 'false alarm'; why: string }[];
}

const dir = new URL('../../../fixtures/corpus/', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL('corpus.json', dir), 'utf8')) as { files: Record<string, CorpusEntry> };
const update = Boolean(process.env.UPDATE_SNAPSHOTS || process.env.UPDATE_FIXTURES);

describe('corpus of real templates', () => {
  it('names its sources: repository, 40-hex commit, path and licence for every file', () => {
    const entries = Object.entries(corpus.files);
    expect(entries.length).toBeGreaterThanOrEqual(25);
    for (const [file, entry] of entries) {
      expect(existsSync(new URL(file, dir)), file).toBe(true);
      expect(entry.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(entry.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(entry.source.licence).not.toBe('');
      for (const e of entry.expected) expect(e.why.length, `${file} ${e.rule}`).toBeGreaterThan(10);
    }
  });

  for (const [file, entry] of Object.entries(corpus.files)) {
    it(file, () => {
      const result = lintTemplate(readFileSync(new URL(file, dir), 'utf8'), { fileName: file });
      if (!result.ok) throw new Error(`${file} did not lint: ${result.message}`);
      const rules = new Set(result.findings.map((f) => f.rule));
      for (const e of entry.expected) expect(rules.has(e.rule), `${file}: expected ${e.rule} (${e.why})`).toBe(true);
      // Every other warning or error has a reviewer's verdict, so new findings are judged, not just re-recorded.
      const judged = new Set([...entry.expected, ...(entry.judged ?? [])].map((e) => e.rule));
      const unjudged = result.findings.filter((f) => f.severity !== 'info' && !judged.has(f.rule)).map((f) => f.rule);
      expect(unjudged, `${file}: findings without a verdict in corpus.json "judged"`).toEqual([]);
      for (const note of entry.notes) expect(result.notes.some((n) => n.message.includes(note)), `${file}: note ${note}`).toBe(true);
      // An error must never rest on a value that is known only at deploy time.
      const unknown = [...(result.imported?.unknownPaths ?? [])];
      for (const f of result.findings.filter((x) => x.severity === 'error')) {
        const path = 'configPath' in f.location && f.location.configPath ? f.location.configPath.join('.') : undefined;
        if (path) expect(unknown.some((u) => path.startsWith(u.replace(/\[(\d+)\]/g, '.$1'))), `${file}: ${f.rule} on unknown ${path}`).toBe(false);
      }
      const summary = {
        findings: result.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          ...('logicalId' in f.location ? { at: `${f.location.line ?? '?'}:${f.location.column ?? '?'}` } : {}),
          message: f.message,
        })),
        notes: result.notes,
      };
      const golden = new URL(`expected/${file}.findings.json`, dir);
      if (update) {
        mkdirSync(new URL('expected/', dir), { recursive: true });
        writeFileSync(golden, `${JSON.stringify(summary, null, 2)}\n`);
      }
      expect(existsSync(golden), `${file}: no golden file; run UPDATE_SNAPSHOTS=1 npx vitest run src/core/import/corpus.test.ts`).toBe(true);
      expect(summary).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});
