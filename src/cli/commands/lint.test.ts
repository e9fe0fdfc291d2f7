/** The `lint` command through the built CLI, as a user runs it (node bin/apifront.mjs lint FILE). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../core/model/presets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), 'lint', ...args], { cwd: root, encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'apifront-lint-'));
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

const EU_ARN = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666';
const template = [
  'Resources:',
  '  Dist:',
  '    Type: AWS::CloudFront::Distribution',
  '    Properties:',
  '      DistributionConfig:',
  '        Enabled: true',
  '        Aliases: [api.example.com]',
  '        ViewerCertificate:',
  `          AcmCertificateArn: ${EU_ARN}`,
  '          SslSupportMethod: sni-only',
  '        Origins:',
  '          - Id: api',
  '            DomainName: a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
  '            OriginPath: /prod',
  '            CustomOriginConfig: { OriginProtocolPolicy: https-only }',
  '        DefaultCacheBehavior:',
  '          TargetOriginId: api',
  '          ViewerProtocolPolicy: redirect-to-https',
  '          CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
  '',
].join('\n');


describe('apifront lint on a template', () => {
  const path = file('stack.yaml', template);

  it('prints file:line:col severity ID message and exits 1 on an error', () => {
    const result = run(path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${path}:9:11 error AF103 `);
  });

  it('prints JSON findings with their location and no fix functions', () => {
    const result = run(path, '--format', 'json');
    const findings = JSON.parse(result.stdout) as Record<string, unknown>[];
    const af103 = findings.find((f) => f.rule === 'AF103');
    expect(af103).toMatchObject({
      severity: 'error',
      messageId: 'wrongRegion',
      logicalId: 'Dist',
      propertyPath: ['DistributionConfig', 'ViewerCertificate', 'AcmCertificateArn'],
      path: 'domain.certificate.arn',
      line: 9,
      column: 11,
    });
    expect(JSON.stringify(findings)).not.toContain('apply');
  });

  it('prints SARIF 2.1.0 with rules and regions', () => {
    const result = run(path, '--format', 'sarif');
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('apifront');
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('AF103');
    const res = run0.results.find((r: { ruleId: string }) => r.ruleId === 'AF103');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 11 });
    expect(run0.tool.driver.rules[res.ruleIndex].id).toBe('AF103');
  });

  it('reads JSON templates too', () => {
    const json = file('stack.json', JSON.stringify({ Resources: { Dist: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { ViewerCertificate: { AcmCertificateArn: EU_ARN }, Origins: [{ Id: 'a', DomainName: 'x.example.com' }], DefaultCacheBehavior: { TargetOriginId: 'a', ViewerProtocolPolicy: 'https-only', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' } } } } } }, null, 2));
    const result = run(json);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`${json.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error AF103 `));
  });
});

describe('apifront lint: distributions', () => {
  it('a template without a distribution: template rules only, with a note on stderr', () => {
    const result = run(file('dns-only.yaml', 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n'));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/note: the template has no AWS::CloudFront::Distribution.*only the template rules ran/);
  });

  it('several distributions: says which was checked; --distribution picks another', () => {
    const two = join(root, 'fixtures', 'templates', 'two-distributions-spa.yaml');
    expect(run(two).stderr).toMatch(/config rules checked SiteDistribution/);
    const other = run(two, '--distribution', 'ApiDistribution', '--format', 'json');
    const findings = JSON.parse(other.stdout) as { logicalId: string }[];
    expect(findings.some((f) => f.logicalId === 'SiteDistribution' && 'path' in f)).toBe(false);
    expect(run(two, '--distribution', 'Nope').status).toBe(2);
  });
});

describe('apifront lint on a config', () => {
  it('prints severity ID path: message and exits 1 on an error', () => {
    const config = presetConfig('api-only-rest');
    config.domain.certificate = { mode: 'existing', arn: EU_ARN, names: [] };
    const result = run(file('config.json', JSON.stringify(config, null, 2)));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^error AF103 domain\.certificate\.arn: /m);
  });

  it('exits 1 with the problems on stderr for an invalid config', () => {
    const result = run(file('bad-config.json', JSON.stringify({ version: 1, origins: [], bogus: true })));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/origins/);
  });
});

describe('unreadable input exits 2 with a clear message', () => {
  it.each([
    ['missing file', join(work, 'nope.yaml'), /no such file/],
    ['neither config nor template', file('other.yaml', 'name: x\nitems: [1, 2]\n'), /neither an apifront config .* nor a CloudFormation template/],
    ['malformed YAML with the line', file('broken.yaml', 'Resources:\n  A:\n    Type: x\n   B: 1\n'), /broken\.yaml: not valid YAML at line 4/],
    ['bad format flag', file('t2.yaml', template), /--format must be/],
  ])('%s', (_name, path, message) => {
    const result = run(path, ...(String(path).endsWith('t2.yaml') ? ['--format', 'xml'] : []));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});

describe('apifront lint for CI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apifront-ci-'));
  mkdirSync(join(dir, 'stacks', 'nested'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'stacks', 'a.yaml'), template);
  writeFileSync(join(dir, 'stacks', 'nested', 'b.template'), template.replace('api.example.com', 'www.example.com'));
  writeFileSync(join(dir, 'stacks', 'package.json'), '{"name": "not-a-template"}');
  writeFileSync(join(dir, 'node_modules', 'x', 'c.yaml'), template);
  writeFileSync(join(dir, 'stacks', 'notes.txt'), 'ignored');

  it('lints a directory recursively, skipping node_modules and files that are not templates', () => {
    const result = run(join(dir, 'stacks'), '--format', 'json');
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as { file?: string; rule?: string; kind?: string }[];
    const files = [...new Set(findings.map((f) => f.file))].sort();
    expect(files).toEqual([join(dir, 'stacks', 'a.yaml'), join(dir, 'stacks', 'nested', 'b.template')]);
    expect(result.stderr).toMatch(/skipped 1 file that are neither templates nor configs/);
  });

  it('expands globs and writes one SARIF run with every file as an artifact', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), 'lint', 'stacks/**/*.{yaml,template}'.replace('{yaml,template}', '*'), '--format', 'sarif'], { cwd: dir, encoding: 'utf8' });
    const sarif = JSON.parse(result.stdout);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(['stacks/a.yaml', 'stacks/nested/b.template']);
    const uris = new Set(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['stacks/a.yaml', 'stacks/nested/b.template']);
  });

  it('--ignore-rules silences rules; --fail-on sets the exit threshold', () => {
    const path = join(dir, 'stacks', 'a.yaml');
    const all = JSON.parse(run(path, '--format', 'json').stdout) as { rule: string; severity: string }[];
    expect(all.some((f) => f.rule === 'AF103')).toBe(true);
    const errorRules = [...new Set(all.filter((f) => f.severity === 'error').map((f) => f.rule))];
    const quiet = run(path, '--format', 'json', '--ignore-rules', errorRules.join(','));
    expect(JSON.parse(quiet.stdout).some((f: { rule: string }) => errorRules.includes(f.rule))).toBe(false);
    expect(quiet.status).toBe(0);
    const strict = run(path, '--ignore-rules', errorRules.join(','), '--fail-on', 'warning');
    expect(strict.status).toBe(all.some((f) => f.severity === 'warning') ? 1 : 0);
    expect(run(path, '--ignore-rules', 'AF999').status).toBe(2);
    expect(run(path, '--fail-on', 'fatal').status).toBe(2);
  });

  it('honours Metadata.apifront.ignore at template and resource level', () => {
    const silenced = template.replace('Resources:', 'Metadata:\n  apifront:\n    ignore: [AF103]\nResources:');
    const result = run(file('silenced.yaml', silenced), '--format', 'json');
    const out = JSON.parse(result.stdout) as { rule?: string; kind?: string; message: string }[];
    expect(out.some((f) => f.rule === 'AF103')).toBe(false);
    expect(out.find((f) => f.kind === 'note' && /silenced by Metadata/.test(f.message))).toBeTruthy();
    const onResource = template.replace('    Type: AWS::CloudFront::Distribution', '    Type: AWS::CloudFront::Distribution\n    Metadata: { apifront: { ignore: AF103 } }');
    expect(JSON.parse(run(file('silenced2.yaml', onResource), '--format', 'json').stdout).some((f: { rule: string }) => f.rule === 'AF103')).toBe(false);
  });

  it("honours a config's own suppressions for warnings and notes, never for errors, and says what it silenced", () => {
    const config = { ...presetConfig('api-only-rest'), suppressions: [{ rule: 'AF507', reason: 'the API checks a header itself' }, { rule: 'AF101', reason: 'not an error here' }, { rule: 'AF102', reason: 'errors only' }] };
    const path = file('suppressed.json', JSON.stringify({ ...config, domain: { ...config.domain, aliases: ['API.example.com'] } }));
    const out = JSON.parse(run(path, '--format', 'json').stdout) as { rule?: string; kind?: string; severity?: string; message: string }[];
    expect(out.some((f) => f.rule === 'AF507')).toBe(false);
    expect(out.filter((f) => f.rule === 'AF101').map((f) => f.severity)).toEqual(['error']);
    expect(out.find((f) => f.kind === 'note')?.message).toMatch(/^1 finding silenced by the config's suppressions \(AF507\)$/);
    // AF102 reports errors only: the suppression itself is reported.
    expect(out.filter((f) => f.rule === 'AF514').map((f) => f.message)).toEqual([expect.stringMatching(/^Suppression 3 names AF102, which reports errors only/)]);
  });

  it('one JSON list for one file (no "file"), notes in it with kind "note"; text notes on stderr', () => {
    const dup = file('dup.yaml', template.replace('        Enabled: true', '        Enabled: true\n        Enabled: true'));
    const out = JSON.parse(run(dup, '--format', 'json').stdout) as { file?: string; kind?: string; message: string; line?: number }[];
    expect(out.every((f) => f.file === undefined)).toBe(true);
    expect(out).toContainEqual({ kind: 'note', message: expect.stringMatching(/duplicate key "Enabled" at lines 6 and 7/), line: 7, column: 9 });
    expect(run(dup).stderr).toMatch(/dup\.yaml:7:9 note: duplicate key "Enabled"/);
  });

  it('a file that is not YAML among several: the others are linted, exit 2', () => {
    const bad = file('bad.yaml', 'Resources: [\n');
    const result = run(join(dir, 'stacks', 'a.yaml'), bad, '--format', 'json');
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/bad\.yaml: not valid YAML/);
  });
});

describe('apifront lint on a distribution built in the console', () => {
  const fixture = (name: string) => join(root, 'fixtures', 'console', name);

  it('reads get-distribution-config output: file:line:col severity ID pointer message', () => {
    const result = run(fixture('get-distribution-config.json'));
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((l) => l.split(' ').slice(0, 4).join(' '))).toEqual([
      `${fixture('get-distribution-config.json')}:12:17 warning AF202 /DistributionConfig/Origins/Items/0`,
      `${fixture('get-distribution-config.json')}:78:13 warning AF415 /DistributionConfig/DefaultCacheBehavior/CachePolicyId`,
      `${fixture('get-distribution-config.json')}:83:9 warning AF505 /DistributionConfig/CustomErrorResponses`,
      `${fixture('get-distribution-config.json')}:12:17 info AF507 /DistributionConfig/Origins/Items/0`,
    ]);
  });

  it('--api adds what API Gateway says; JSON output carries the pointer', () => {
    const api = [fixture('get-rest-apis.json'), fixture('get-stages.json')].join(',');
    const result = run(fixture('get-distribution.json'), '--api', api, '--format', 'json');
    expect(result.status).toBe(0);
    const findings = JSON.parse(result.stdout) as { rule: string; pointer: string; line: number }[];
    expect(findings.map((f) => [f.rule, f.pointer, f.line])).toEqual([
      ['AF206', '/Distribution/DistributionConfig/Origins/Items/0', 30],
      ['AF505', '/Distribution/DistributionConfig/CustomErrorResponses', 107],
      ['AF507', '/Distribution/DistributionConfig/Origins/Items/0', 30],
    ]);
  });

  it('refuses an --api file that is not API Gateway output', () => {
    const wrong = run(fixture('get-distribution.json'), '--api', fixture('get-distribution-config.json'));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('get-distribution-config.json: not the output of aws apigateway get-rest-apis');
  });
});
