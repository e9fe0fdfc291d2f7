/**
 * Reading a config file for `render` and `link` (and the config branch of `lint`): one set of checks
 * and messages, one exit code per kind of problem (2 unreadable or not a config, 1 invalid config).
 */
import { describeDuplicate, duplicateKeys } from '../core/model/json-duplicates';
import { parseConfig } from '../core/model/parse';
import type { ApifrontConfig } from '../core/model/schema';
import { MAX_CONFIG_FILE_BYTES } from '../core/share/config-file';
import { CliError, readText, warn } from './io';

/** NUL bytes or undecodable bytes (U+FFFD after UTF-8 decoding): a binary file, never echoed. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  return sample.includes('\u0000') || (sample.match(/\ufffd/g)?.length ?? 0) > 2;
}

/** Fails with exit 2 for text no config or template can be: binary, or too large to be read at all. */
export function checkInputText(text: string, file: string): void {
  if (looksBinary(text)) throw new CliError(`${file} is a binary file, not an apifront config or a CloudFormation template (JSON or YAML text)`, 2);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The config in a JSON file, with a warning per duplicate key (the last value is used, everywhere);
 * exit 2 when the file is not a config at all, exit 1 with `path: message` lines when it is invalid.
 */
export function readConfigInput(file: string): ApifrontConfig {
  const text = readText(file);
  checkInputText(text, file);
  if (text.length > MAX_CONFIG_FILE_BYTES) {
    throw new CliError(`${file} is ${(text.length / 1e6).toFixed(1)} MB; an apifront config is at most ${MAX_CONFIG_FILE_BYTES / 1e6} MB`, 2);
  }
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`, 2);
  }
  if (isRecord(value) && !('version' in value)) {
    if ('Resources' in value) throw new CliError(`${file} is a CloudFormation template, not an apifront config; check it with: lint ${file}`, 2);
    throw new CliError(`${file}: neither an apifront config (no "version") nor a CloudFormation template (no "Resources")`, 2);
  }
  if (!isRecord(value)) throw new CliError(`${file}: not an apifront config (a JSON object with "version": 1)`, 2);
  for (const d of duplicateKeys(body)) warn(`${file}: warning: ${describeDuplicate(d)}`);
  const parsed = parseConfig(value);
  if (parsed.ok) return parsed.config;
  for (const p of parsed.problems) warn(`${file}: ${p.path || '(config)'}: ${p.message}`);
  throw new CliError(`${file} is not a valid apifront config (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'})`, 1);
}
