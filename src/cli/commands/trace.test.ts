/** `trace` through the built CLI, as a user runs it (the bundle is built once by the global setup). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../core/testing/build-config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), 'trace', ...args], { cwd: root, encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'apifront-trace-'));
const file = (name: string, value: unknown) => {
  const path = join(work, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

const config = buildConfig((c) => {
  c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/api/*', stripPrefix: true }];
  const o = c.origins[0];
  if (o?.type === 'apigateway') o.api.routes = [{ method: 'GET', path: '/users' }];
});

describe('apifront trace', () => {
  it('prints the JSON scripts rely on: behavior, origin request URL and headers, cached, answer', () => {
    const out = run(file('c.json', config), 'https://api.example.com/api/users?x=1', '-H', 'Authorization: Bearer t', '--format', 'json');
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout);
    expect(json.behavior).toBe('/api/*');
    expect(json.originRequest.url).toBe('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/users?x=1');
    expect(json.originRequest.headers).toEqual({ host: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com', authorization: 'Bearer t' });
    expect(json.cached).toBe(false);
    expect(json.answer).toMatchObject({ status: 200, by: 'api-gateway' });
  });

  it('says "default" for the default behavior and lists statuses when it could be either', () => {
    const out = run(file('c2.json', buildConfig()), '/orders', '--method', 'post', '--format=json');
    const json = JSON.parse(out.stdout);
    expect(json.behavior).toBe('default');
    expect(json.answer.status).toEqual([200, 403]);
  });

  it('shows the forwarded Host and the 403 in text', () => {
    const broken = buildConfig((c) => void (c.defaultBehavior.originRequest = { policy: 'AllViewer' }));
    const out = run(file('c3.json', broken), 'https://api.example.com/x');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('host: api.example.com');
    expect(out.stdout).toMatch(/answer +403 \(api-gateway, sure\)/);
  });

  it('shows the custom domain\'s routing rule step in text and JSON', () => {
    const routed = buildConfig((c) => {
      const o = c.origins[0];
      if (o?.type !== 'apigateway') return;
      o.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name', routingMode: 'ROUTING_RULE_ONLY', routingRules: [{ priority: 10, headers: [{ name: 'x-version', valueGlob: 'v2' }], target: { apiId: 'z9y8x7w6v5', stage: 'v2' } }] };
    });
    const text = run(file('c8.json', routed), '/users', '-H', 'X-Version: v2');
    expect(text.stdout).toMatch(/routing +Routing rule 10 matches: API Gateway invokes stage v2 of REST API z9y8x7w6v5/);
    const json = JSON.parse(run(file('c9.json', routed), '/users', '--format', 'json').stdout);
    expect(json.routing).toMatchObject({ mode: 'ROUTING_RULE_ONLY', outcome: 'no-match' });
    expect(json.answer.status).toBe(403);
  });

  it('exits 2 for a bad URL or unreadable input, 1 for an invalid config', () => {
    expect(run(file('c4.json', buildConfig()), 'ftp://x').status).toBe(2);
    expect(run(join(work, 'missing.json'), '/x').status).toBe(2);
    expect(run(file('c5.json', buildConfig()), '/x', '-H', 'not a header').status).toBe(2);
    const invalid = run(file('c6.json', { version: 1 }), '/x');
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('not a valid apifront config');
    const dangling = buildConfig((c) => void (c.defaultBehavior.originId = 'nope'));
    expect(run(file('c7.json', dangling), '/x').status).toBe(1);
  });
});
