/**
 * Golden tests (cfn-lint style): every template in fixtures/templates is linted and compared with
 * fixtures/templates/expected/<file>.findings.json. Regenerate with UPDATE_SNAPSHOTS=1 (or
 * UPDATE_FIXTURES=1, as `npm run fixtures:update` sets) and review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../model/parse';
import { lintTemplate } from './import-template';

const dir = new URL('../../../fixtures/templates/', import.meta.url);
const expectedDir = new URL('expected/', dir);
const update = Boolean(process.env.UPDATE_SNAPSHOTS || process.env.UPDATE_FIXTURES);
const files = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

/** Deterministic, reviewable summary of one run: findings with their line, plus what the import could not map. */
function summary(file: string) {
  const result = lintTemplate(readFileSync(new URL(file, dir), 'utf8'), { fileName: file });
  if (!result.ok) return { error: result.message, line: result.line ?? null };
  return {
    distributions: result.imported?.distributions ?? [],
    chosen: result.imported?.chosen ?? null,
    unknownPaths: [...(result.imported?.unknownPaths ?? [])].sort(),
    dropped: result.imported?.dropped ?? [],
    findings: result.findings.map((f) => {
      const loc = f.location;
      return {
        rule: f.rule,
        severity: f.severity,
        messageId: f.messageId,
        ...('logicalId' in loc ? { at: `${loc.line ?? '?'}:${loc.column ?? '?'}`, resource: [loc.logicalId, ...loc.propertyPath].join('.') } : {}),
        ...('configPath' in loc && loc.configPath ? { path: formatPath(loc.configPath) } : {}),
        message: f.message,
      };
    }),
  };
}

describe('template fixtures', () => {
  it('has fixtures in every style', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.some((f) => f.endsWith('.json'))).toBe(true);
    expect(files.some((f) => f.startsWith('correct-'))).toBe(true);
  });

  for (const file of files) {
    it(file, () => {
      const got = summary(file);
      const expectedFile = new URL(`${file}.findings.json`, expectedDir);
      if (update) {
        mkdirSync(expectedDir, { recursive: true });
        writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
      }
      expect(existsSync(expectedFile), `${file}: no expected file; run UPDATE_SNAPSHOTS=1 npx vitest run src/core/import/template-fixtures.test.ts and review it`).toBe(true);
      expect(got).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
      if (file.startsWith('correct-') && 'findings' in got && got.findings) {
        // A correct template must raise no false alarm: no error and no warning.
        expect(got.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      }
    });
  }
});
