import { describe, expect, it } from 'vitest';
import { presetConfig } from '../model/presets';
import { buildConfig } from '../testing/build-config';
import { configFileName, configFileText, readConfigFile } from './config-file';

describe('config files', () => {
  it('names the file after the config, safely', () => {
    expect(configFileName(presetConfig('api-only-rest'))).toBe('orders-api.apifront.json');
    expect(configFileName(buildConfig((c) => (c.name = '../../etc/<script>')))).toBe('etc-script.apifront.json');
    expect(configFileName(buildConfig((c) => (c.name = '日本')))).toBe('apifront.apifront.json');
    // The same stem as the stack: starts with a letter, fits a file system and the lock-down suffix.
    expect(configFileName(buildConfig((c) => (c.name = '2024 orders')))).toBe('apifront-2024-orders.apifront.json');
    expect(configFileName(buildConfig((c) => (c.name = 'a'.repeat(300)))).length).toBeLessThan(140);
  });

  it('writes the full config and reads it back unchanged', () => {
    const config = presetConfig('api-only-http');
    const { text, omitted } = configFileText(config);
    expect(omitted).toEqual([]);
    expect(JSON.parse(text)).toEqual(config);
    expect(readConfigFile(text)).toEqual({ ok: true, config });
  });

  it('leaves secret-looking header values out of the download and says which', () => {
    const config = buildConfig((c) => c.origins[0]?.customHeaders.push({ name: 'X-Auth-Token', value: 'hunter2' }));
    const { text, omitted } = configFileText(config);
    expect(text).not.toContain('hunter2');
    expect(omitted).toEqual([{ path: 'origins[0].customHeaders[0].value', reason: expect.stringContaining('X-Auth-Token') }]);
  });

  it('accepts a file with a byte-order mark', () => {
    expect(readConfigFile(`\uFEFF${configFileText(presetConfig('api-only-rest')).text}`).ok).toBe(true);
  });

  it.each([
    ['empty', '', /is empty/],
    ['not JSON', '{"version": 1,', /not valid JSON/],
    ['YAML', 'version: 1\nname: x\n', /not valid JSON/],
    ['a template', '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}', /CloudFormation template/],
    ['a list', '[1]', /a config is a JSON object/],
    ['a future version', '{"version": 3, "origins": []}', /newer than this apifront/],
  ])('explains %s', (_name, text, message) => {
    const result = readConfigFile(text, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(message);
  });

  it('lists schema problems with their paths', () => {
    const result = readConfigFile(JSON.stringify({ version: 1, origins: [{ id: 'a', type: 'apigateway', api: { kind: 'rest', id: 'x', region: 'r' } }], colour: 1 }));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['origins[0].api.stage', '']));
  });
});

describe('duplicate keys in a config file', () => {
  it('are named in a warning, and the last value is used (as the CLI does)', () => {
    const text = JSON.stringify(presetConfig('api-only-rest')).replace('"name":"orders-api"', '"name":"first","name":"orders-api"');
    const result = readConfigFile(text, 'dup.json');
    expect(result.ok && result.config.name).toBe('orders-api');
    expect(result.ok && result.warnings).toEqual(['line 1: key "name" given more than once in the top level; the last value is used']);
  });
});
