/**
 * Golden files for tests: compare with fixtures/expected/<name>; `UPDATE_SNAPSHOTS=1` rewrites the
 * file instead (then review the diff). Test support only: it reads and writes files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function expectGolden(name: string, actual: string): void {
  const file = resolve(PROJECT_ROOT, 'fixtures/expected', name);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${file}: run with UPDATE_SNAPSHOTS=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
