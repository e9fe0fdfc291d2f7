/** `link` and `decode` through the built CLI, as a user runs them (node bin/apifront.mjs ...). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../core/model/presets';
import type { ApifrontConfig } from '../../core/model/schema';
import { decodeFragment, encodeConfig } from '../../core/share/share-codec';
import { buildConfig } from '../../core/testing/build-config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, APIFRONT_BASE_URL: '', ...env },
  });
const work = mkdtempSync(join(tmpdir(), 'apifront-link-'));
const file = (name: string, value: unknown) => {
  const path = join(work, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};


describe('apifront link', () => {
  it('prints the link on the given base, and nothing else on stdout', () => {
    const config = presetConfig('api-only-rest');
    const out = run(['link', file('rest.json', config), '--base', 'https://tools.example.com/apifront/']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`https://tools.example.com/apifront/#${encodeConfig(config)}\n`);
    expect(out.stderr).toBe('');
  });

  it('uses APIFRONT_BASE_URL, else the dev server address', () => {
    const path = file('http.json', presetConfig('api-only-http'));
    expect(run(['link', path]).stdout).toMatch(/^http:\/\/localhost:5173\/#c=1\./);
    expect(run(['link', path], { APIFRONT_BASE_URL: 'https://a.example/' }).stdout).toMatch(/^https:\/\/a\.example\/#c=1\./);
  });

  it('leaves secrets out and says so on stderr', () => {
    const config = buildConfig((c) => c.origins[0]?.customHeaders.push({ name: 'X-Api-Key', value: 'sk_live_abc' }));
    const out = run(['link', file('secret.json', config)]);
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain('sk_live');
    expect(out.stderr).toMatch(/Left out a value that looks secret: origins\[0\]\.customHeaders\[0\]\.value/);
    const decoded = decodeFragment(out.stdout);
    expect(decoded.ok && decoded.config.origins[0]?.customHeaders).toEqual([{ name: 'X-Api-Key', value: '' }]);
  });

  it('exits 1 for an invalid config and 2 for unreadable input or a bad --base', () => {
    const invalid = run(['link', file('bad.json', { version: 1, origins: [{ id: 'a', type: 'apigateway' }] })]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/origins\[0\]\.api: required/);
    expect(run(['link', join(work, 'missing.json')]).status).toBe(2);
    expect(run(['link', file('text.json', 'not json')]).stderr).toMatch(/not valid JSON/);
    const base = run(['link', file('ok.json', presetConfig('api-only-rest')), '--base', 'javascript:alert(1)']);
    expect(base.status).toBe(2);
    expect(base.stderr).toMatch(/must be an http/);
  });
});

describe('apifront decode', () => {
  it('prints the full config a link carries', () => {
    const config = presetConfig('api-only-rest');
    const out = run(['decode', `https://x.example/#${encodeConfig(config)}`]);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(config);
  });

  it('round-trips with link', () => {
    const config = buildConfig((c) => (c.name = '"><img src=x onerror=alert(1)>'));
    const link = run(['link', file('xss.json', config)]).stdout.trim();
    expect(JSON.parse(run(['decode', link]).stdout)).toEqual(config);
  });

  it.each([
    ['not a link', 'https://example.com/', /no "#c=" part/],
    ['a future version', 'c=2.AAAA', /newer apifront \(link format 2\)/],
    ['a damaged link', 'c=1.AAAA', /damaged/],
    // (Linux caps one argument at 128 KiB, so the 200 KB case is tested in core and e2e.)
    ['a huge link', `c=1.${'A'.repeat(100_000)}`, /too long/],
  ])('exits 2 for %s with the message the app shows', (_name, link, message) => {
    const out = run(['decode', link]);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    const result = decodeFragment(link);
    expect(!result.ok && out.stderr).toContain(result.ok ? '' : result.error.message);
  });

  it('lists the fields of an invalid config', () => {
    const invalid = { ...presetConfig('api-only-rest'), name: 7, distribution: { priceClass: 'cheap' } };
    const out = run(['decode', encodeConfig(invalid as unknown as ApifrontConfig)]);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/link: name: expected string, got number 7/);
    expect(out.stderr).toMatch(/link: distribution\.priceClass: must be one of/);
    expect(out.stderr).toMatch(/apifront decode: The link holds a configuration apifront cannot use \(2 problems\)/);
  });
});
