/**
 * lint and "open in the wizard" for a console-built distribution: get-distribution(-config) output
 * (console-json.ts) read as a one-distribution template, optionally completed by API Gateway CLI
 * output (api-cli-json.ts). Findings keep line and column in the user's file and gain a JSON pointer.
 */
import type { Finding } from '../rules/types';
import { applyApiFacts, readApiCliOutput, type ApiCliInput } from './api-cli-json';
import { CONSOLE_DISTRIBUTION_ID, findingPointer, jsonPointer, readConsoleDistribution, type ConsoleTemplate } from './console-json';
import { lintRead, type ImportOptions, type LintTemplateResult } from './import-template';
import { parseTemplateSource } from './source';

export interface ApiFile {
  fileName: string;
  text: string;
}

export type ConsoleLintResult =
  | (Extract<LintTemplateResult, { ok: true }> & { console: ConsoleTemplate; pointerOf: (f: Finding) => string; distributionId: string | null })
  | { ok: false; message: string; line?: number; column?: number };

/** Reads the --api files; a file that is no API Gateway output is an error with its name. */
export function readApiFiles(files: readonly ApiFile[]): { ok: true; input: ApiCliInput } | { ok: false; message: string } {
  const input: ApiCliInput = { apis: [], stages: [] };
  for (const f of files) {
    const source = parseTemplateSource(f.text, f.fileName.endsWith('.json') ? f.fileName : `${f.fileName}.json`);
    if (!source.ok) return { ok: false, message: `${f.fileName}: ${source.message}` };
    const problem = readApiCliOutput(source.value, f.fileName, input);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, input };
}

/**
 * Lint get-distribution(-config) output. null when the text is not such output (then it is a
 * template or a config, and the caller reads it as before).
 */
export function lintConsoleDistribution(text: string, options: ImportOptions & { apiFiles?: readonly ApiFile[] } = {}): ConsoleLintResult | null {
  const read = readConsoleDistribution(text, options.fileName);
  if (read === null) return null;
  if (!read.ok) return read;
  const apis = readApiFiles(options.apiFiles ?? []);
  if (!apis.ok) return apis;
  const consoleTemplate = read.console;
  const input = { template: consoleTemplate.template, locate: consoleTemplate.locate, ...(options.region ? { region: options.region } : {}) };
  const result = lintRead({ ok: true, input, locate: consoleTemplate.locate, notes: [] }, { ...options, distribution: CONSOLE_DISTRIBUTION_ID }, (imported) =>
    applyApiFacts(imported, apis.input),
  );
  if (!result.ok) return result;
  const locateConfigPath = result.imported?.locateConfigPath;
  // What the wizard leaves out is named by where it is in the user's file, not in the template built here.
  const imported = result.imported && {
    ...result.imported,
    dropped: result.imported.dropped.map((d) => (d.path.startsWith('Resources.') ? { ...d, path: jsonPointer(consoleTemplate.sourcePathOf(parsePrinted(d.path)) ?? []) } : d)),
  };
  return {
    ...result,
    imported,
    console: consoleTemplate,
    distributionId: consoleTemplate.distribution.id,
    pointerOf: (f) => findingPointer(f, consoleTemplate, locateConfigPath),
  };
}

/** `Resources.D.Properties.Origins.0.OriginPath` -> ['Resources', 'D', 'Properties', 'Origins', 0, 'OriginPath']. */
function parsePrinted(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split('[');
    // List positions are printed as `Origins[0]` or `Origins.0`.
    const head = name && /^\d+$/.test(name) ? [Number(name)] : name ? [name] : [];
    return [...head, ...indexes.map((i) => Number(i.replace(']', '')))];
  });
}
