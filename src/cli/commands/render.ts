import { COMMAND_META } from './meta';
import { lint } from '../../core/lint';
import { formatLocation } from '../../core/location';
import { MULTI_FILE_FORMATS, renderFiles, type OutputFormat } from '../../core/render/index';
import { readConfigInput } from '../config-input';
import { CliError, checkOutDir, parseArgs, pathInside, warn, writeFiles, writeOut } from '../io';
import type { Command } from './types';

const FORMATS: readonly OutputFormat[] = ['yaml', 'json', 'console', 'checks', 'cdk', 'terraform'];

const HELP = `Render a config (a JSON file, as downloaded from the wizard) to a CloudFormation template (yaml, json),
console instructions (console), a verification plan (checks), a CDK app (cdk) or a Terraform configuration
(terraform).

Options:
  --format yaml|json|console|checks|cdk|terraform   output (default yaml)
  -o, --out FILE        write the main file there instead of stdout (single-file formats)
  --out-dir DIR         write every file, creating DIR (and bin/, lib/) if needed: a lock-down in another
                        Region needs a second template (<name>.<region>.yaml); cdk writes bin/<name>.ts,
                        lib/<name>-stack.ts, cdk.json, package.json, tsconfig.json; terraform writes main.tf,
                        variables.tf, outputs.tf, versions.tf
  --force               render even when lint reports errors

Without --out-dir, cdk and terraform print every file to stdout, each after a "==> path <==" line.

Exit codes: 0 rendered; 1 invalid config or lint errors (listed on stderr); 2 unreadable input.
Each template's header says where and in which order to deploy it.`;

export const renderCommand: Command = {
  ...COMMAND_META.render,
  help: HELP,
  run(args) {
    const { positionals, flags } = parseArgs(args, {
      strings: ['format', 'out', 'out-dir'],
      booleans: ['force'],
      aliases: { o: 'out' },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new CliError('missing CONFIG: render CONFIG.json (see render --help)', 2);
    if (extra.length > 0) throw new CliError(`unexpected argument ${extra[0] as string}: render takes one CONFIG`, 2);
    const format = (flags.format ?? 'yaml') as OutputFormat;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}; got "${String(flags.format)}"`, 2);
    const out = flags.out as string | undefined;
    const outDir = flags['out-dir'] as string | undefined;
    if (out && outDir) throw new CliError('use either -o FILE or --out-dir DIR, not both', 2);
    if (outDir) checkOutDir(outDir);
    const multi = MULTI_FILE_FORMATS.includes(format);
    if (out && multi) throw new CliError(`--format ${format} writes several files: use --out-dir DIR (or stdout)`, 2);

    const config = readConfigInput(file);
    const errors = lint(config).filter((f) => f.severity === 'error');
    for (const f of errors) {
      const path = formatLocation(f.location);
      warn(`${f.severity} ${f.rule} ${path}: ${f.message}`);
    }
    if (errors.length > 0 && !flags.force) {
      warn(`apifront render: ${errors.length} error${errors.length === 1 ? '' : 's'}; fix them, or pass --force to render anyway.`);
      return 1;
    }

    const files = renderFiles(config, format);
    if (outDir) {
      const planned = files.map((f) => ({ path: pathInside(outDir, f.fileName), content: f.content, region: f.region }));
      writeFiles(planned, outDir);
      for (const f of planned) warn(`wrote ${f.path}${f.region ? ` (deploy in ${f.region})` : ''}`);
      return 0;
    }
    if (multi) {
      // One stream, each file after a header line (the `head` convention), so it reads and splits easily.
      writeOut(files.map((f) => `==> ${f.fileName} <==\n${f.content}`).join('\n'), undefined);
      warn(`note: ${files.length} files; use --out-dir DIR to write them (${files.map((f) => f.fileName).join(', ')}).`);
      return 0;
    }
    const [main, ...others] = files;
    if (!main) throw new CliError('nothing to render', 2);
    writeOut(main.content, out);
    if (out) warn(`wrote ${out}${main.region ? ` (deploy in ${main.region})` : ''}`);
    for (const other of others) {
      warn(
        `note: this config also needs ${other.fileName}${other.region ? ` (deploy in ${other.region})` : ''}; use --out-dir DIR to write every file.`,
      );
    }
    return 0;
  },
};
