/**
 * Expand lint arguments into files, as cfn-lint users expect: a file as given, a directory
 * searched recursively for templates, a glob (`templates/**\/*.yaml`, `stacks/*.json`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Template-like file names a directory search picks up. */
export const TEMPLATE_FILE = /\.(ya?ml|json|template)$/i;

/** Directories a search never enters: dependencies and hidden folders (.git, .aws-sam ...). */
const SKIPPED_DIRS = /^(node_modules|\..*)$/;

export interface ExpandedArg {
  file: string;
  /** True when the file came from a directory or glob, not named by the user. */
  found: boolean;
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.test(entry.name)) walk(path, out);
    } else if (entry.isFile() && TEMPLATE_FILE.test(entry.name)) out.push(path);
  }
}

/** A glob as a regular expression over `/`-separated paths: `**` any depth, `*` and `?` within a name. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more directories.
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const isGlob = (arg: string) => /[*?]/.test(arg);

/** Files for one argument; a missing plain path is returned as is, so reading it reports the error. */
export function expandArg(arg: string): ExpandedArg[] {
  if (isGlob(arg)) {
    const normal = arg.split(sep).join('/');
    const parts = normal.split('/');
    const firstGlob = parts.findIndex(isGlob);
    const base = parts.slice(0, firstGlob).join('/') || '.';
    const files: string[] = [];
    walk(base, files);
    const pattern = globRegExp(normal.startsWith('./') ? normal.slice(2) : normal);
    return files
      .map((f) => f.split(sep).join('/'))
      .filter((f) => pattern.test(f.startsWith('./') ? f.slice(2) : f))
      .map((file) => ({ file, found: true }));
  }
  let isDir = false;
  try {
    isDir = statSync(arg).isDirectory();
  } catch {
    // Missing: reported when read.
  }
  if (!isDir) return [{ file: arg, found: false }];
  const files: string[] = [];
  walk(arg, files);
  return files.map((file) => ({ file, found: true }));
}
