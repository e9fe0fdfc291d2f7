/**
 * Hostile and odd input through the built CLI (issue 15, items 4, 15, 16): each gets a message that
 * names what is wrong and the same exit code in every command; nothing is echoed raw.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/model/presets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), ...args], { cwd: root, encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'apifront-hostile-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const rest = PRESETS.find((p) => p.id === 'api-only-rest')?.input as Record<string, unknown>;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'pipe' });
});

describe('the same answer from every command', () => {
  it('{"foo":1} is neither a config nor a template: exit 2 from render, link and lint', () => {
    const foo = file('foo.json', '{"foo":1}');
    for (const command of ['render', 'link', 'lint']) {
      const result = run(command, foo);
      expect(result.status, command).toBe(2);
      expect(result.stderr, command).toContain('neither an apifront config (no "version") nor a CloudFormation template');
    }
  });

  it('a duplicate key is a warning naming it, and the last value is used, in render, link and lint', () => {
    const text = JSON.stringify(rest).replace('"name":"orders-api"', '"name":"first","name":"orders-api"');
    expect(text).toContain('"name":"first"');
    const dup = file('dup.json', text);
    for (const command of ['render', 'link', 'lint']) {
      const result = run(command, dup);
      expect(result.status, command).toBe(0);
      expect(result.stderr, command).toContain('warning: line 1: key "name" given more than once in the top level; the last value is used');
    }
    expect(run('render', dup).stdout).toContain('orders-api: CloudFront distribution');
  });

  it('binary input is named as such, never echoed', () => {
    const binary = file('image.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0xfd]));
    for (const command of ['render', 'link', 'lint']) {
      const result = run(command, binary);
      expect(result.status, command).toBe(2);
      expect(result.stderr, command).toContain('is a binary file');
      // eslint-disable-next-line no-control-regex
      expect(result.stderr).not.toMatch(/[\u0000-\u0008\u001b\ufffd]/);
    }
  });

  it('a template given to render is called a template', () => {
    const template = file('template.json', JSON.stringify({ Resources: {} }));
    const result = run('render', template);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is a CloudFormation template, not an apifront config');
  });

  it('a 6 MB config is called too large for a config, not a template', () => {
    const big = file('big.json', JSON.stringify({ ...rest, distribution: { comment: 'x'.repeat(6_000_000) } }));
    const rendered = run('render', big);
    expect(rendered.status).toBe(2);
    expect(rendered.stderr).toContain('an apifront config is at most 5 MB');
  });

  it('a self-referencing YAML alias is called that, not "more than 2,000,000 nodes"', () => {
    const yaml = file('loop.yaml', 'Resources: &a\n  X: *a\n');
    const result = run('lint', yaml);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('refers to a node that contains it');
  });
});

describe('control characters are never printed raw', () => {
  it('by lint and rules (text formats)', () => {
    const evil = file('esc.json', JSON.stringify({ ...rest, name: 'x\u001b[2J\u0000\u202e', domain: { aliases: ['a\u001b]0;pwned\u0007.example.com'] } }));
    const out = run('lint', evil);
    expect(out.status).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(`${out.stdout}${out.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(out.stdout).toContain('\\u001b');
    const rules = run('rules', 'AF511');
    expect(rules.status).toBe(0);
    expect(rules.stdout).toContain('AF511');
  });
});
