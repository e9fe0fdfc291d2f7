import { lint } from '../../core/lint';
import { formatPath, parseConfig } from '../../core/model/parse';
import { rules } from '../../core/rules/index';
import type { Finding, Severity } from '../../core/rules/types';
import { lintTemplate } from '../../core/import/import-template';
import { lintConsoleDistribution, type ApiFile } from '../../core/import/console-lint';
import { parseTemplateSource, type SourcePosition } from '../../core/import/source';
import { CliError, parseArgs, readText, warn, writeOut } from '../io';
import type { Command } from './types';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** A finding as printed: no fix function, the location with line and column when known. */
interface PrintedFinding {
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

function printable(f: Finding, locateConfig?: (path: readonly (string | number)[]) => SourcePosition | undefined): PrintedFinding {
  const loc = f.location;
  const out: PrintedFinding = { rule: f.rule, severity: f.severity, messageId: f.messageId, message: f.message, fixable: Boolean(f.fix) };
  if ('configPath' in loc && loc.configPath) out.path = formatPath(loc.configPath);
  if ('logicalId' in loc) {
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

/** SARIF 2.1.0 log: tool.driver.rules from the rule metas, one result per finding. */
export function toSarif(findings: PrintedFinding[], file: string, version: string): unknown {
  const ruleList = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.name,
    shortDescription: { text: r.meta.title },
    fullDescription: { text: r.meta.description },
    help: { text: `${r.meta.rationale} ${r.meta.howToFix}`.trim() },
    helpUri: `https://github.com/apifront/apifront/blob/main/docs/rules/${r.meta.id}.md`,
  }));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'apifront', version, informationUri: 'https://github.com/apifront/apifront', rules: ruleList } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file.replace(/\\/g, '/') },
                region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
              },
              ...(f.logicalId || f.path
                ? { logicalLocations: [{ fullyQualifiedName: f.logicalId ? [f.logicalId, ...(f.propertyPath ?? [])].join('.') : f.path }] }
                : {}),
            },
          ],
        })),
      },
    ],
  };
}

function textLine(f: PrintedFinding, file: string, isTemplate: boolean): string {
  if (f.pointer !== undefined) return `${file}:${f.line ?? 1}:${f.column ?? 1} ${f.severity} ${f.rule} ${f.pointer || '/'} ${f.message}`;
  if (isTemplate) return `${file}:${f.line ?? 1}:${f.column ?? 1} ${f.severity} ${f.rule} ${f.message}`;
  return `${f.severity} ${f.rule} ${f.path ?? ''}: ${f.message}`;
}

function output(findings: PrintedFinding[], format: Format, file: string, isTemplate: boolean): string {
  switch (format) {
    case 'json':
      return JSON.stringify(findings, null, 2);
    case 'sarif':
      return JSON.stringify(toSarif(findings, file, typeof __APIFRONT_VERSION__ === 'string' ? __APIFRONT_VERSION__ : '0.0.0-dev'), null, 2);
    case 'text':
      return findings.map((f) => textLine(f, file, isTemplate)).join('\n');
  }
}

declare const __APIFRONT_VERSION__: string;

/** stdout carries only the findings; an empty text report prints nothing. */
function print(text: string): void {
  if (text !== '') writeOut(text, undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const lintCommand: Command = {
  name: 'lint',
  usage: 'lint FILE [--format text|json|sarif] [--distribution ID] [--region R] [--api FILE[,FILE...]]',
  summary: 'check a config, a CloudFormation/SAM template, or a distribution built in the console',
  help: [
    'FILE is a config when it has "version", a CloudFormation template when it has "Resources", and a',
    'distribution built in the console when it is the output of `aws cloudfront get-distribution-config`',
    'or `aws cloudfront get-distribution` (each finding then names a JSON pointer into FILE).',
    '--api: output of `aws apigateway get-rest-apis` / `get-stages` or `aws apigatewayv2 get-apis` /',
    'get-stages (comma-separated files), so the rules know the API kind, endpoint type and stages.',
    'Templates: config rules on the chosen distribution (--distribution, default the first) and template rules,',
    'each finding with its line and column. --region: the Region the stack deploys to, when known.',
    'Exit 0 no error findings, 1 error findings or an invalid config, 2 unreadable input.',
  ].join('\n'),
  run(argv) {
    const { positionals, flags } = parseArgs(argv, { strings: ['format', 'distribution', 'region', 'api'], aliases: { f: 'format' } });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new CliError('give exactly one FILE (see lint --help)', 2);
    const format = (flags.format ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be ${FORMATS.join(', ')}; got "${String(format)}"`, 2);
    const text = readText(file);
    const source = parseTemplateSource(text, file);
    if (!source.ok) throw new CliError(`${file}: ${source.message}`, 2);
    const value = source.value;
    const apiFiles: ApiFile[] =
      typeof flags.api === 'string' ? flags.api.split(',').filter(Boolean).map((name) => ({ fileName: name, text: readText(name) })) : [];
    const fromConsole = lintConsoleDistribution(text, {
      fileName: file,
      apiFiles,
      ...(typeof flags.region === 'string' ? { region: flags.region } : {}),
    });
    if (fromConsole) {
      if (!fromConsole.ok) {
        const at = fromConsole.line !== undefined ? `:${fromConsole.line}:${fromConsole.column ?? 1}` : '';
        const named = [file, ...apiFiles.map((a) => a.fileName)].some((n) => fromConsole.message.startsWith(`${n}:`));
        throw new CliError(`${named ? '' : `${file}${at}: `}${fromConsole.message}`, 2);
      }
      const findings = fromConsole.findings.map((f) => ({ ...printable(f), pointer: fromConsole.pointerOf(f) }));
      print(output(findings, format, file, true));
      return findings.some((f) => f.severity === 'error') ? 1 : 0;
    }
    if (apiFiles.length > 0) throw new CliError('--api goes with the output of aws cloudfront get-distribution(-config), not with a config or a template', 2);
    if (isRecord(value) && 'version' in value) {
      const parsed = parseConfig(value);
      if (!parsed.ok) {
        for (const p of parsed.problems) warn(`${file}: ${p.path || '(config)'}: ${p.message}`);
        warn(`${file}: not a valid apifront config (${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'})`);
        return 1;
      }
      const findings = lint(parsed.config).map((f) => printable(f, source.locate));
      print(output(findings, format, file, false));
      return findings.some((f) => f.severity === 'error') ? 1 : 0;
    }
    if (!isRecord(value) || !isRecord(value.Resources)) {
      throw new CliError(`${file}: neither an apifront config (no "version") nor a CloudFormation template (no "Resources")`, 2);
    }
    const result = lintTemplate(text, {
      fileName: file,
      ...(typeof flags.distribution === 'string' ? { distribution: flags.distribution } : {}),
      ...(typeof flags.region === 'string' ? { region: flags.region } : {}),
    });
    if (!result.ok) {
      const at = result.line !== undefined ? `:${result.line}:${result.column ?? 1}` : '';
      throw new CliError(`${file}${at}: ${result.message}`, 2);
    }
    if (result.note) warn(`${file}: ${result.note}; only template rules ran`);
    if (result.imported && result.imported.distributions.length > 1) {
      warn(`${file}: ${result.imported.distributions.length} distributions (${result.imported.distributions.join(', ')}); checked ${result.imported.chosen} (choose with --distribution)`);
    }
    const findings = result.findings.map((f) => printable(f));
    print(output(findings, format, file, true));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
