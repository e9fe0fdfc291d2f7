/**
 * parseConfig: unknown input (a file, a link, the wizard) -> a config or a list of problems.
 * Never throws: every failure is a `{ path, message }` a person can act on.
 */
import type { z } from 'zod';
import { formatPath } from '../location';
import { CONFIG_VERSION, configSchema, type ApifrontConfig } from './schema';

export type ConfigPath = readonly (string | number)[];

export interface ConfigProblem {
  /** Printed form, e.g. `behaviors[0].originRequest` ("" for the whole config). */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; config: ApifrontConfig } | { ok: false; problems: ConfigProblem[] };

export { formatPath };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The default behavior goes to the first origin unless it says otherwise. */
function fillDefaultBehaviorOrigin(input: Record<string, unknown>): Record<string, unknown> {
  const origins = input.origins;
  const firstId = Array.isArray(origins) && isRecord(origins[0]) ? origins[0].id : undefined;
  if (typeof firstId !== 'string') return input;
  const current = input.defaultBehavior;
  if (current === undefined) return { ...input, defaultBehavior: { originId: firstId } };
  if (isRecord(current) && current.originId === undefined) return { ...input, defaultBehavior: { ...current, originId: firstId } };
  return input;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} (check the spelling against docs/config.schema.json)`;
    case 'invalid_type':
      if (issue.input === undefined) return `required: expected ${issue.expected}`;
      return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(issue.input)}`;
    case 'invalid_union': {
      const discriminator = (issue as { note?: string }).note;
      if (discriminator) return discriminator;
      return `does not match any accepted form; got ${describeValue(issue.input)}`;
    }
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `a string "${value.slice(0, 40)}..."` : `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Validate and complete a config (defaults filled in). Returns problems for a wrong or missing
 * version, unknown fields (with their path), wrong types and a missing origin.
 */
export function parseConfig(input: unknown): ParseResult {
  if (!isRecord(input)) {
    return { ok: false, problems: [{ path: '', message: `a config is a JSON object; got ${describeValue(input)}` }] };
  }
  if (input.version !== CONFIG_VERSION) {
    const v = input.version;
    const message =
      v === undefined
        ? `required: "version": ${CONFIG_VERSION} (the config format version)`
        : typeof v === 'number' && v > CONFIG_VERSION
          ? `version ${v} is newer than this apifront understands (it reads version ${CONFIG_VERSION}); update apifront`
          : `unsupported version ${describeValue(v)}; this apifront reads version ${CONFIG_VERSION}`;
    return { ok: false, problems: [{ path: 'version', message }] };
  }
  if (!Array.isArray(input.origins) || input.origins.length === 0) {
    return {
      ok: false,
      problems: [{ path: 'origins', message: 'required: at least one origin (the API Gateway API the distribution fronts)' }],
    };
  }
  // reportInput: zod 4 leaves `issue.input` out otherwise, and the messages say what was given.
  const result = configSchema.safeParse(fillDefaultBehaviorOrigin(input), { reportInput: true });
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => ({
    path: formatPath(issue.path as (string | number)[]),
    message: describeIssue(issue),
  }));
  return { ok: false, problems };
}

/** For trusted inputs (presets, tests): parse or throw with every problem listed. */
export function configFrom(input: unknown): ApifrontConfig {
  const result = parseConfig(input);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path || '(config)'}: ${p.message}`).join('\n'));
  return result.config;
}
