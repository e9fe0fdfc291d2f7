/** The `rules` command through the built CLI, as a user runs it (node bin/apifront.mjs rules). */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../core/rules/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), 'rules', ...args], { cwd: root, encoding: 'utf8' });


describe('apifront rules', () => {
  it('lists every rule as a text table and exits 0', () => {
    const result = run();
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID\s+Severity\s+Step\s+Title$/);
    for (const rule of rules) expect(result.stdout).toContain(rule.meta.title);
    expect(result.stdout).toMatch(/^AF401\s+error\s+3 Paths & caching\s+Do not forward the viewer Host header/m);
    expect(result.stdout).toContain(`${rules.length} rules.`);
    expect(result.stderr).toBe('');
  });

  it('lists the catalogue as JSON', () => {
    const result = run('--format', 'json');
    expect(result.status).toBe(0);
    const listed = JSON.parse(result.stdout) as { id: string; severities: string[]; step: string; title: string }[];
    expect(listed.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(listed.find((r) => r.id === 'AF413')).toMatchObject({ severities: ['error', 'warning'], step: 'paths' });
  });

  it('prints one rule\'s documentation by ID', () => {
    const result = run('af405');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# AF405: Forward the header the API authenticates with');
    expect(result.stdout).toContain('## How to fix');
  });

  it('exits 2 with a clear message for an unknown ID or format', () => {
    const unknown = run('AF999');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no rule "AF999"');
    expect(unknown.stdout).toBe('');
    const badFormat = run('--format', 'xml');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of text, json');
  });
});
