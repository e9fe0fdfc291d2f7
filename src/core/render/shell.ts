/**
 * POSIX shell quoting for every command apifront prints (curl plan, deploy line). People paste these
 * into a terminal, and values come from a config anyone can send them (a link, a file): a path pattern
 * `/v1"&touch$IFS/tmp/x&"/*` must reach curl as text, never run. One helper, used for every value.
 */

/** Text that needs no quotes in any POSIX shell (no glob, expansion, separator or quote characters). */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One shell word that stands for exactly `value`: bare when it only has safe characters, otherwise in
 * single quotes, where nothing expands; a single quote becomes `'\''` (close, escaped quote, reopen).
 */
export function shellQuote(value: string): string {
  if (SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `NAME=value` as one word (for `--parameter-overrides`): the whole assignment quoted as a unit. */
export function shellAssignment(name: string, value: string): string {
  return shellQuote(`${name}=${value}`);
}
