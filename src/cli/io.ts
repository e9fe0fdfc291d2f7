/** Small I/O helpers shared by the CLI commands: the only place that touches files and streams. */
import { readFileSync, writeFileSync } from 'node:fs';

export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Read a file as text, or fail with exit 2 and a plain message. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`, 2);
    if (code === 'EISDIR') throw new CliError(`${file}: is a directory, not a file`, 2);
    throw new CliError(`${file}: cannot read (${code ?? 'unknown error'})`, 2);
  }
}

/** Parse JSON text, or fail with exit 2 naming the file and the position. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`, 2);
  }
}

export function writeOut(text: string, file: string | undefined): void {
  if (file) writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function warn(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Minimal flag parser: `--name value`, `--name=value`, `-o value`, boolean `--flag`, positionals. */
export function parseArgs(
  argv: readonly string[],
  spec: { strings?: readonly string[]; booleans?: readonly string[]; aliases?: Record<string, string> },
): { positionals: string[]; flags: Record<string, string | boolean> } {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const name = spec.aliases?.[rawName] ?? rawName;
    if (spec.booleans?.includes(name)) {
      flags[name] = true;
    } else if (spec.strings?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value`, 2);
      flags[name] = value;
    } else {
      throw new CliError(`unknown option ${arg} (see --help)`, 2);
    }
  }
  return { positionals, flags };
}
