/** Small I/O helpers shared by the CLI commands: the only place that touches files and streams. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { escapeControls } from '../core/render/printable';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

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

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/**
 * Everything the CLI prints or writes goes through here: control characters from a config (ESC, NUL,
 * CR, RLO...) become `\uXXXX` (see printable.ts). YAML and JSON outputs are unchanged by it (their
 * writers already escape such characters inside strings, and a `\uXXXX` there reads back the same).
 */
export function writeOut(text: string, file: string | undefined): void {
  if (file) writeFiles([{ path: file, content: text }]);
  else process.stdout.write(withNewline(escapeControls(text)));
}

/** What a file system error means, in words (instead of `internal error: EISDIR`). */
function fsMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EISDIR':
      return `${path} is a directory; give a file name (or use --out-dir for a folder)`;
    case 'ENOENT':
      return `${path}: the folder ${dirname(path)} does not exist`;
    case 'ENOTDIR':
      return `${path}: part of the path is a file, not a folder`;
    case 'ENAMETOOLONG':
      return `${path}: the file name is too long for this file system`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    default:
      return `${path}: cannot write (${code ?? 'unknown error'})`;
  }
}

/** Fails with exit 2 unless `dir` is a folder or can be created (nothing is created here). */
export function checkOutDir(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new CliError(`--out-dir ${dir} is a file, not a folder`, 2);
}

/**
 * The path of `fileName` inside `dir`, refusing anything that would land elsewhere (`..`, an absolute
 * name, a separator): file names come from the config, and a config can come from anyone.
 */
export function pathInside(dir: string, fileName: string): string {
  const path = join(dir, fileName);
  const rel = relative(resolve(dir), resolve(path));
  // A CDK app has bin/ and lib/: plain folder names are fine, anything that could climb out is not.
  const segments = fileName.split('/');
  const plain = segments.every((s) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(s));
  if (!plain || rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes('\\')) {
    throw new CliError(`refusing to write "${fileName}": the file would land outside ${dir}`, 1);
  }
  return path;
}

/**
 * Write every file or none: each goes to a temporary file beside its target first, and only when all
 * of them are written are they renamed into place (a rename within a folder is atomic). On any error
 * the temporary files are removed and the message names the file and the cause (exit 2).
 */
export function writeFiles(files: readonly { path: string; content: string }[], createDir?: string): void {
  if (createDir && !existsSync(createDir)) {
    try {
      mkdirSync(createDir, { recursive: true });
    } catch (error) {
      throw new CliError(fsMessage(createDir, error), 2);
    }
  }
  for (const f of files) {
    if (existsSync(f.path) && statSync(f.path).isDirectory()) throw new CliError(fsMessage(f.path, { code: 'EISDIR' }), 2);
    if (createDir && dirname(f.path) !== createDir && !existsSync(dirname(f.path))) {
      try {
        mkdirSync(dirname(f.path), { recursive: true });
      } catch (error) {
        throw new CliError(fsMessage(dirname(f.path), error), 2);
      }
    }
  }
  const temps: string[] = [];
  try {
    files.forEach((f, i) => {
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.${i}.tmp`);
      try {
        writeFileSync(temp, withNewline(escapeControls(f.content)), { flag: 'wx' });
      } catch (error) {
        throw new CliError(fsMessage(f.path, error), 2);
      }
      temps.push(temp);
    });
    files.forEach((f, i) => {
      try {
        renameSync(temps[i] as string, f.path);
      } catch (error) {
        throw new CliError(fsMessage(f.path, error), 2);
      }
    });
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
  }
}

export function warn(message: string): void {
  process.stderr.write(`${escapeControls(message)}\n`);
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
