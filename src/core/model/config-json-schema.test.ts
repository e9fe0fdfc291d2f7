/**
 * docs/config.schema.json is generated from the zod schema; this test fails when it is stale.
 * Regenerate with: UPDATE_SNAPSHOTS=1 npx vitest run src/core/model
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PRESETS } from './presets';
import { configSchema } from './schema';

const FILE = fileURLToPath(new URL('../../../docs/config.schema.json', import.meta.url));

function generate(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input' });
  const { $schema, ...rest } = schema;
  const withMeta = { $schema, title: 'apifront config (format version 1)', ...rest };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}

describe('docs/config.schema.json', () => {
  it('is current', () => {
    const expected = generate();
    if (process.env.UPDATE_SNAPSHOTS) writeFileSync(FILE, expected);
    const actual = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
    expect(
      actual === expected,
      'docs/config.schema.json is stale: regenerate it with UPDATE_SNAPSHOTS=1 npx vitest run src/core/model',
    ).toBe(true);
  });

  it('accepts the presets and rejects unknown fields', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(generate()) as object);
    for (const preset of PRESETS) expect(validate(preset.input), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...PRESETS[0]?.input, extra: 1 })).toBe(false);
  });
});
