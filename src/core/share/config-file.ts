/**
 * Config files: what "Download config" writes and "Open config" reads (`<name>.apifront.json`).
 * A download is the full config (defaults written out, easy to read and diff) without secret-looking
 * header values; reading validates with parseConfig, so problems read as `path: message` everywhere.
 */
import { stackBaseName } from '../model/names';
import { describeDuplicate, duplicateKeys } from '../model/json-duplicates';
import { parseConfig, type ConfigProblem } from '../model/parse';
import type { ApifrontConfig } from '../model/schema';
import { withoutSecrets, type OmittedValue } from './secret-headers';

/** Larger files are refused before parsing: a real config is a few hundred KB at most. */
export const MAX_CONFIG_FILE_BYTES = 5_000_000;

/** `warnings`: duplicate keys (the last value is used), as the CLI reports them. */
export type ReadConfigResult = { ok: true; config: ApifrontConfig; warnings?: string[] } | { ok: false; problems: ConfigProblem[] };

/** `orders-api.apifront.json`; the name is reduced to letters, digits and dashes for every file system. */
export function configFileName(config: ApifrontConfig): string {
  return `${stackBaseName(config.name)}.apifront.json`;
}

/** The file to download: pretty JSON without secret values, and what was left out. */
export function configFileText(config: ApifrontConfig): { fileName: string; text: string; omitted: OmittedValue[] } {
  const { config: publishable, omitted } = withoutSecrets(config);
  return { fileName: configFileName(config), text: `${JSON.stringify(publishable, null, 2)}\n`, omitted };
}

function problem(message: string): ReadConfigResult {
  return { ok: false, problems: [{ path: '', message }] };
}

/**
 * Text of a config file -> the config, or problems a person can act on: not JSON (with where), a
 * CloudFormation template instead of a config, or the schema's `path: message` list. Never throws.
 */
export function readConfigFile(text: string, fileName = 'the file'): ReadConfigResult {
  if (text.length > MAX_CONFIG_FILE_BYTES) {
    return problem(`${fileName} is too large (${Math.round(text.length / 1_000_000)} MB) to be an apifront config.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return problem(`${fileName} is empty.`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return problem(`${fileName} is not valid JSON (${detail}). An apifront config is the .apifront.json file that "Download config" writes.`);
  }
  if (typeof value === 'object' && value !== null && 'Resources' in value) {
    return problem(`${fileName} is a CloudFormation template, not an apifront config.`);
  }
  const result = parseConfig(value);
  const duplicates = duplicateKeys(body);
  if (!result.ok || duplicates.length === 0) return result;
  return { ...result, warnings: duplicates.map(describeDuplicate) };
}
