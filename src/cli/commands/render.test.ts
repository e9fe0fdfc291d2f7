/** The `render` command through the built CLI, as a user runs it (node bin/apifront.mjs render CONFIG). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/model/presets';
import { render } from '../../core/render/index';
import { buildConfig } from '../../core/testing/build-config';
import { loadCfnYaml } from '../../core/render/yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), 'render', ...args], { cwd: root, encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'apifront-render-'));
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

const restInput = PRESETS.find((p) => p.id === 'api-only-rest')?.input;
const rest = file('rest.json', JSON.stringify(restInput));
const lockdown = file(
  'lockdown.json',
  JSON.stringify({
    ...restInput,
    origins: [
      {
        id: 'api',
        type: 'apigateway',
        api: { kind: 'rest', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' },
        verifyHeader: { name: 'X-Origin-Verify' },
        lockdown: 'waf',
      },
    ],
  }),
);


describe('apifront render', () => {
  it('prints the YAML template on stdout and exits 0', () => {
    const result = run(rest);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(render(buildConfig(), 'yaml'));
    expect(result.stderr).toBe('');
  });

  it('prints JSON with --format json', () => {
    const result = run(rest, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(loadCfnYaml(run(rest).stdout));
  });

  it('says on stderr that a lock-down template exists, and --out-dir writes both', () => {
    const printed = run(lockdown);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('--region us-east-1');
    expect(printed.stderr).toContain('orders-api.eu-west-1.yaml (deploy in eu-west-1)');
    const dir = join(work, 'out');
    const written = run(lockdown, '--out-dir', dir);
    expect(written.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['orders-api.eu-west-1.yaml', 'orders-api.yaml']);
    expect(readFileSync(join(dir, 'orders-api.eu-west-1.yaml'), 'utf8')).toContain('AWS::WAFv2::WebACLAssociation');
  });

  it('writes one file with -o', () => {
    const out = join(work, 'single.json');
    expect(run(rest, '-o', out, '--format', 'json').status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('Resources.Distribution');
  });

  it('exits 2 for a missing file or a file that is not JSON', () => {
    const missing = run(join(work, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const notJson = run(file('bad.json', '{ version: 1'));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    expect(run().status).toBe(2);
    expect(run(rest, '--format', 'xml').stderr).toContain('--format must be one of yaml, json, console, checks, cdk, terraform');
  });

  it('exits 1 with every problem of an invalid config as path: message', () => {
    const result = run(file('invalid.json', JSON.stringify({ ...restInput, colour: 'red', distribution: { ipv6: 'yes' } })));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(': (config): unknown field "colour"');
    expect(result.stderr).toContain(': distribution.ipv6: expected boolean, got "yes"');
  });

  it('exits 1 on lint errors, listing them, and renders anyway with --force', () => {
    const bad = file(
      'eu-cert.json',
      JSON.stringify({
        ...restInput,
        domain: {
          ...restInput?.domain,
          certificate: { mode: 'existing', arn: 'arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b' },
        },
      }),
    );
    const refused = run(bad);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^error AF103 domain\.certificate\.arn: /m);
    const forced = run(bad, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('AWS::CloudFront::Distribution');
  });

  it('writes the CDK app and the Terraform files with --out-dir, creating bin/ and lib/', () => {
    const cdkDir = join(work, 'cdk');
    const cdk = run(lockdown, '--format', 'cdk', '--out-dir', cdkDir);
    expect(cdk.status).toBe(0);
    expect(readdirSync(cdkDir).sort()).toEqual(['bin', 'cdk.json', 'lib', 'package.json', 'tsconfig.json']);
    expect(readdirSync(join(cdkDir, 'lib')).sort()).toEqual(['orders-api-lockdown-stack.ts', 'orders-api-stack.ts']);
    expect(readFileSync(join(cdkDir, 'bin', 'orders-api.ts'), 'utf8')).toContain("region: 'us-east-1'");
    expect(readFileSync(join(cdkDir, 'lib', 'orders-api-stack.ts'), 'utf8')).toContain('new cloudfront.Distribution(');
    const tfDir = join(work, 'tf');
    expect(run(rest, '--format', 'terraform', '--out-dir', tfDir).status).toBe(0);
    expect(readdirSync(tfDir).sort()).toEqual(['main.tf', 'outputs.tf', 'variables.tf', 'versions.tf']);
    expect(readFileSync(join(tfDir, 'main.tf'), 'utf8')).toContain('resource "aws_cloudfront_distribution" "distribution"');
  });

  it('prints every file of a multi-file format with a header line, and refuses -o for it', () => {
    const printed = run(rest, '--format', 'terraform');
    expect(printed.status).toBe(0);
    expect(printed.stdout.match(/^==> .* <==$/gm)).toEqual(['==> main.tf <==', '==> variables.tf <==', '==> outputs.tf <==', '==> versions.tf <==']);
    expect(printed.stderr).toContain('use --out-dir DIR');
    const refused = run(rest, '--format', 'cdk', '-o', join(work, 'x.ts'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--format cdk writes several files: use --out-dir DIR');
  });

  it('has help text', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), 'render', '--help'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--out-dir DIR');
  });

  it('never writes outside --out-dir, whatever the Region says', () => {
    const evil = file(
      'traversal.json',
      JSON.stringify({ ...restInput, origins: [{ id: 'api', type: 'apigateway', api: { kind: 'rest', id: 'a1b2c3d4e5', region: '/../../PWNED', stage: 'prod' }, verifyHeader: { name: 'X-V' }, lockdown: 'waf' }] }),
    );
    const dir = join(work, 'nested', 'out');
    mkdirSync(dir, { recursive: true });
    const result = run(evil, '--force', '--out-dir', dir);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['orders-api.pwned.yaml', 'orders-api.yaml']);
    expect(existsSync(join(work, 'PWNED-by-apifront.yaml'))).toBe(false);
    expect(readdirSync(join(work, 'nested'))).toEqual(['out']);
  });

  it('names the problem with the output path up front, and writes nothing on failure', () => {
    const asDir = run(rest, '-o', work);
    expect(asDir.status).toBe(2);
    expect(asDir.stderr).toContain('is a directory');
    expect(asDir.stderr).not.toContain('internal error');
    const noParent = run(rest, '-o', join(work, 'missing', 'x.yaml'));
    expect(noParent.status).toBe(2);
    expect(noParent.stderr).toContain('does not exist');
    const outDirIsFile = run(lockdown, '--out-dir', rest);
    expect(outDirIsFile.status).toBe(2);
    expect(outDirIsFile.stderr).toContain('is a file, not a folder');
    // The second file's place is taken by a folder: neither file is written.
    const dir = join(work, 'partial');
    mkdirSync(join(dir, 'orders-api.eu-west-1.yaml'), { recursive: true });
    const partial = run(lockdown, '--out-dir', dir);
    expect(partial.status).toBe(2);
    expect(partial.stderr).not.toContain('internal error');
    expect(readdirSync(dir)).toEqual(['orders-api.eu-west-1.yaml']);
  });

  it('prints control characters from the config escaped, never raw', () => {
    const hostile = file('escapes.json', JSON.stringify({ ...restInput, name: 'evil\u001b[2J\u0000\u202e', domain: { ...restInput?.domain, aliases: ['a\u001b[31m.example.com'] } }));
    for (const format of ['yaml', 'json', 'console', 'checks']) {
      const result = run(hostile, '--force', '--format', format);
      expect(result.status).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    }
  });
});
