import { COMMAND_META } from './meta';
import { lintReport } from '../../core/lint';
import { formatPath, parseConfig } from '../../core/model/parse';
import { rules } from '../../core/rules/index';
import { formatLocation } from '../../core/location';
import type { Finding, Severity } from '../../core/rules/types';
import { lintTemplate, type ImportNote } from '../../core/import/import-template';
import { lintConsoleDistribution, type ApiFile } from '../../core/import/console-lint';
import { parseTemplateSource, type SourcePosition } from '../../core/import/source';
import { describeDuplicate, duplicateKeys } from '../../core/model/json-duplicates';
import { checkInputText } from '../config-input';
import { expandArg } from '../files';
import { CliError, parseArgs, readText, warn, writeOut } from '../io';
import type { Command } from './types';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A finding as printed: no fix function, the location with line and column when known. */
interface PrintedFinding {
  /** Only when several files are linted. */
  file?: string;
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  /** Printed config path, when the finding is about a config value. */
  path?: string;
  logicalId?: string;
  propertyPath?: (string | number)[];
  line?: number;
  column?: number;
  /** Console JSON (get-distribution-config): where in the file, as a JSON pointer. */
  pointer?: string;
  fixable: boolean;
}

/** An import note as printed: in JSON it sits in the list with `kind: "note"`, in SARIF it is a notification. */
interface PrintedNote {
  kind: 'note';
  file?: string;
  message: string;
  line?: number;
  column?: number;
}

/** What linting one file gave. */
interface FileReport {
  file: string;
  isTemplate: boolean;
  findings: PrintedFinding[];
  notes: ImportNote[];
  /** 1: an invalid config; 2: unreadable input. */
  failed?: 1 | 2;
}

function printable(f: Finding, locateConfig?: (path: readonly (string | number)[]) => SourcePosition | undefined): PrintedFinding {
  const loc = f.location;
  const out: PrintedFinding = { rule: f.rule, severity: f.severity, messageId: f.messageId, message: f.message, fixable: Boolean(f.fix) };
  if (loc.configPath) out.path = formatPath(loc.configPath);
  if (loc.kind === 'template') {
    out.logicalId = loc.logicalId;
    out.propertyPath = [...loc.propertyPath];
    if (loc.line !== undefined) out.line = loc.line;
    if (loc.column !== undefined) out.column = loc.column;
  } else if (locateConfig) {
    // A config file's own positions: the nearest located ancestor of the path.
    for (let n = loc.configPath.length; n >= 0; n--) {
      const at = locateConfig(loc.configPath.slice(0, n));
      if (at) {
        out.line = at.line;
        out.column = at.column;
        break;
      }
    }
  }
  return out;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
const uri = (file: string) => file.replace(/\\/g, '/');

/** SARIF 2.1.0 log: one run for every file, tool.driver.rules from the rule metas, notes as notifications. */
export function toSarif(reports: readonly FileReport[], version: string): unknown {
  const ruleList = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.name,
    shortDescription: { text: r.meta.title },
    fullDescription: { text: r.meta.description },
    help: { text: `${r.meta.rationale} ${r.meta.howToFix}`.trim() },
    helpUri: `https://github.com/apifront/apifront/blob/main/docs/rules/${r.meta.id}.md`,
  }));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const region = (line?: number, column?: number) => ({ startLine: line ?? 1, startColumn: column ?? 1 });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'apifront', version, informationUri: 'https://github.com/apifront/apifront', rules: ruleList } },
        artifacts: reports.map((r) => ({ location: { uri: uri(r.file) } })),
        invocations: [
          {
            executionSuccessful: !reports.some((r) => r.failed === 2),
            toolExecutionNotifications: reports.flatMap((r) =>
              r.notes.map((n) => ({
                level: 'note',
                message: { text: n.message },
                locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.file) }, region: region(n.line, n.column) } }],
              })),
            ),
          },
        ],
        results: reports.flatMap((r, artifactIndex) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: uri(r.file), index: artifactIndex }, region: region(f.line, f.column) },
                ...(f.logicalId || f.path
                  ? { logicalLocations: [{ fullyQualifiedName: f.logicalId ? formatLocation({ kind: 'template', logicalId: f.logicalId, propertyPath: f.propertyPath ?? [] }) : f.path }] }
                  : {}),
              },
            ],
          })),
        ),
      },
    ],
  };
}

function textLine(f: PrintedFinding, file: string, isTemplate: boolean): string {
  if (f.pointer !== undefined) return `${file}:${f.line ?? 1}:${f.column ?? 1} ${f.severity} ${f.rule} ${f.pointer || '/'} ${f.message}`;
  if (isTemplate) return `${file}:${f.line ?? 1}:${f.column ?? 1} ${f.severity} ${f.rule} ${f.message}`;
  return `${f.severity} ${f.rule} ${f.path ?? ''}: ${f.message}`;
}

declare const __APIFRONT_VERSION__: string;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON object in the text when it is a config (has "version"), else undefined. */
function jsonConfig(text: string): { value: Record<string, unknown>; body: string } | undefined {
  const body = text.replace(/^\uFEFF/, '');
  try {
    const value: unknown = JSON.parse(body);
    return isRecord(value) && 'version' in value ? { value, body } : undefined;
  } catch {
    return undefined;
  }
}

interface LintSettings {
  distribution?: string;
  region?: string;
  ignore: ReadonlySet<string>;
  /** `--api`: API Gateway CLI output that completes a console-built distribution. */
  apiFiles: ApiFile[];
}

/** Lint one file (a config or a template). Throws CliError for input that cannot be read as either. */
function lintFile(file: string, settings: LintSettings): FileReport {
  const text = readText(file);
  checkInputText(text, file);
  const source = parseTemplateSource(text, file);
  // A config JSON with a duplicate key: render and link read it with a warning (the last value wins),
  // so lint does the same instead of refusing.
  const asConfig = source.ok ? undefined : jsonConfig(text);
  if (!source.ok && !asConfig) throw new CliError(`${file}: ${source.message}`, 2);
  const value = source.ok ? source.value : asConfig?.value;
  const keep = (f: Finding) => !settings.ignore.has(f.rule);
  // `aws cloudfront get-distribution(-config)` output: findings name JSON pointers into the file.
  const fromConsole = lintConsoleDistribution(text, {
    fileName: file,
    apiFiles: settings.apiFiles,
    ...(settings.region !== undefined ? { region: settings.region } : {}),
  });
  if (fromConsole) {
    if (!fromConsole.ok) {
      const at = fromConsole.line !== undefined ? `:${fromConsole.line}:${fromConsole.column ?? 1}` : '';
      const named = [file, ...settings.apiFiles.map((a) => a.fileName)].some((n) => fromConsole.message.startsWith(`${n}:`));
      throw new CliError(`${named ? '' : `${file}${at}: `}${fromConsole.message}`, 2);
    }
    const findings = fromConsole.findings.filter(keep).map((f) => ({ ...printable(f), pointer: fromConsole.pointerOf(f) }));
    return { file, isTemplate: true, findings, notes: [] };
  }
  if (isRecord(value) && 'version' in value) {
    const json = asConfig ?? jsonConfig(text);
    if (json) for (const d of duplicateKeys(json.body)) warn(`${file}: warning: ${describeDuplicate(d)}`);
    const parsed = parseConfig(value);
    if (!parsed.ok) {
      for (const p of parsed.problems) warn(`${file}: ${p.path || '(config)'}: ${p.message}`);
      warn(`${file}: not a valid apifront config (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'})`);
      return { file, isTemplate: false, findings: [], notes: [], failed: 1 };
    }
    const report = lintReport(parsed.config);
    const findings = report.findings.filter(keep).map((f) => printable(f, source.ok ? source.locate : undefined));
    const silenced = report.silenced.length;
    const notes = silenced === 0 ? [] : [{ message: `${silenced} finding${silenced === 1 ? '' : 's'} silenced by the config's suppressions (${[...new Set(report.silenced.map((f) => f.rule))].join(', ')})` }];
    return { file, isTemplate: false, findings, notes };
  }
  if (!isRecord(value) || (!isRecord(value.Resources) && !('resources' in value))) {
    throw new CliError(`${file}: neither an apifront config (no "version") nor a CloudFormation template (no "Resources")`, 2);
  }
  const result = lintTemplate(text, {
    fileName: file,
    ...(settings.distribution !== undefined ? { distribution: settings.distribution } : {}),
    ...(settings.region !== undefined ? { region: settings.region } : {}),
  });
  if (!result.ok) {
    const at = result.line !== undefined ? `:${result.line}:${result.column ?? 1}` : '';
    throw new CliError(`${file}${at}: ${result.message}`, 2);
  }
  return { file, isTemplate: true, findings: result.findings.filter(keep).map((f) => printable(f)), notes: result.notes };
}

/** Rule IDs from `--ignore-rules AF409,AF412` (the flag may be given several times). */
function ruleList(values: readonly string[]): Set<string> {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()).filter(Boolean);
  const unknown = ids.filter((id) => !rules.some((r) => r.meta.id === id));
  if (unknown.length > 0) throw new CliError(`--ignore-rules: unknown rule ${unknown.join(', ')} (see the rules command)`, 2);
  return new Set(ids);
}

/** Separate `--ignore-rules` occurrences from the rest, since parseArgs keeps one value per flag. */
function splitRepeated(argv: readonly string[], name: string): { rest: string[]; values: string[] } {
  const rest: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === `--${name}`) {
      const value = argv[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value`, 2);
      values.push(value);
    } else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
    else rest.push(arg);
  }
  return { rest, values };
}

export const lintCommand: Command = {
  ...COMMAND_META.lint,
  help: [
    'Each argument is a file, a directory (searched recursively for *.yaml, *.yml, *.json, *.template) or a glob',
    '(quote it: "stacks/**/*.yaml"). A file is a config when it has "version", a template when it has "Resources"',
    '(or a Serverless Framework resources: section). Templates: config rules on the chosen distribution',
    '(--distribution, default the first) and template rules, each finding with its line and column.',
    'Import notes (what could not be read or mapped) go to stderr in text, into the list in JSON (kind "note")',
    'and into SARIF as notifications. Several files: one SARIF run; JSON findings carry their "file".',
    'Silence rules with --ignore-rules, or in a template: Metadata: { apifront: { ignore: [AF409] } } at the top',
    'level or on a resource. --region: the Region the stack deploys to, when known.',
    'A distribution built in the console: the output of `aws cloudfront get-distribution-config` or',
    '`get-distribution` (each finding then names a JSON pointer into the file); --api FILE[,FILE] adds',
    '`aws apigateway get-rest-apis` / `get-stages` or `aws apigatewayv2 get-apis` / `get-stages` output.',
    'Exit 0 nothing at or above --fail-on (default error), 1 findings at or above it or an invalid config,',
    '2 unreadable input (not YAML/JSON, no Resources, missing file).',
  ].join('\n'),
  run(argv) {
    const { rest, values } = splitRepeated(argv, 'ignore-rules');
    const { positionals, flags } = parseArgs(rest, { strings: ['format', 'distribution', 'region', 'fail-on', 'api'], aliases: { f: 'format' } });
    if (positionals.length === 0) throw new CliError('give at least one FILE, directory or glob (see lint --help)', 2);
    const format = (flags.format ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be ${FORMATS.join(', ')}; got "${String(format)}"`, 2);
    const failOn = (flags['fail-on'] ?? 'error') as Severity;
    if (!(failOn in SEVERITY_RANK)) throw new CliError(`--fail-on must be error, warning or info; got "${String(failOn)}"`, 2);
    const settings: LintSettings = {
      ignore: ruleList(values),
      apiFiles: typeof flags.api === 'string' ? flags.api.split(',').filter(Boolean).map((name) => ({ fileName: name, text: readText(name) })) : [],
      ...(typeof flags.distribution === 'string' ? { distribution: flags.distribution } : {}),
      ...(typeof flags.region === 'string' ? { region: flags.region } : {}),
    };

    const targets = positionals.flatMap((arg) => {
      const files = expandArg(arg);
      if (files.length === 0) warn(`${arg}: no template files (*.yaml, *.yml, *.json, *.template) found`);
      return files;
    });
    const reports: FileReport[] = [];
    let skipped = 0;
    for (const { file, found } of targets) {
      try {
        reports.push(lintFile(file, settings));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        // A file found by a directory or glob search that is not a template (package.json ...) is skipped.
        if (found && /neither an apifront config/.test(error.message)) {
          skipped += 1;
          continue;
        }
        if (targets.length === 1) throw error;
        warn(`apifront lint: ${error.message}`);
        reports.push({ file, isTemplate: true, findings: [], notes: [], failed: 2 });
      }
    }
    if (skipped > 0) warn(`skipped ${skipped} file${skipped === 1 ? '' : 's'} that are neither templates nor configs`);
    const several = targets.length > 1 || positionals.length > 1;
    if (several) for (const r of reports) for (const f of r.findings) f.file = r.file;

    if (format === 'text') {
      for (const r of reports) for (const n of r.notes) warn(`${r.file}${n.line !== undefined ? `:${n.line}:${n.column ?? 1}` : ''} note: ${n.message}`);
      const lines = reports.flatMap((r) =>
        r.findings.map((f) => (r.isTemplate || !several ? textLine(f, r.file, r.isTemplate) : `${r.file}: ${textLine(f, r.file, false)}`)),
      );
      if (lines.length > 0) writeOut(lines.join('\n'), undefined);
    } else if (format === 'json') {
      const notes: PrintedNote[] = reports.flatMap((r) =>
        r.notes.map((n) => ({ kind: 'note' as const, ...(several ? { file: r.file } : {}), message: n.message, ...(n.line !== undefined ? { line: n.line, column: n.column ?? 1 } : {}) })),
      );
      writeOut(JSON.stringify([...reports.flatMap((r) => r.findings), ...notes], null, 2), undefined);
    } else {
      const version = typeof __APIFRONT_VERSION__ === 'string' ? __APIFRONT_VERSION__ : '0.0.0-dev';
      writeOut(JSON.stringify(toSarif(reports, version), null, 2), undefined);
    }

    if (reports.some((r) => r.failed === 2)) return 2;
    const failing = reports.some((r) => r.failed === 1 || r.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]));
    return failing ? 1 : 0;
  },
};
