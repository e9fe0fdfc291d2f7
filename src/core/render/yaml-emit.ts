/**
 * A small YAML writer for CloudFormation templates in their JSON form. js-yaml's general presenter
 * took most of the render budget (about 5 ms of the 5 ms for a 75-behavior template); a template only
 * holds strings, numbers, booleans, lists, maps and intrinsics, so a writer for exactly that is short.
 * Correctness is guarded by tests that load the output back with js-yaml (`loadCfnYaml`) and compare.
 *
 * Quoting is conservative: a string is written plain only when it cannot be read as anything else by a
 * YAML 1.2 or 1.1 parser (CloudFormation's reads `yes`, `on`, `no` as booleans); everything else is
 * single-quoted, or double-quoted with JSON escapes (a subset of YAML's) when it holds characters that
 * need escaping.
 */

import { escapeControlsInLine } from './printable';

/** Intrinsics whose argument is a list in both forms. */
export const SEQUENCE_FUNCTIONS: readonly string[] = ['If', 'Join', 'Equals', 'Not', 'And', 'Or', 'Select', 'Split', 'FindInMap', 'Cidr'];
/** Intrinsics whose argument may be a scalar. */
export const SCALAR_FUNCTIONS: readonly string[] = ['Sub', 'Base64', 'ImportValue', 'GetAZs'];

const INLINE_LIST_WIDTH = 72;
// Words YAML 1.1 or 1.2 resolve to booleans or null.
const RESERVED = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
// Starts with a letter, a digit, `/` or `_`; then printable ASCII (the checks below rule out what ends a scalar).
const PLAIN_BLOCK = /^[A-Za-z0-9_/][\x20-\x7e]*$/;
// In flow context (inside `[...]`) commas and brackets end a scalar, so they are not plain-safe.
// eslint-disable-next-line no-control-regex
const PLAIN_FLOW = /^[A-Za-z0-9_/][^,[\]{}\x00-\x1f\x7f-\uffff]*$/;
// Characters YAML does not allow raw in a stream, or that 1.1 parsers take for line breaks.
// Bidirectional overrides and marks are escaped too: raw, they make a value read differently on screen.
const UNPRINTABLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const SINGLE_QUOTABLE = /^[^\x00-\x1f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]*$/;

/**
 * Text starting with a digit is plain only when no YAML 1.1 or 1.2 parser can read a number, a date or
 * a sexagesimal from it: it must hold a letter other than e/E (a UUID, `2xx`), no `:`, and not be
 * 0x/0o/0b-prefixed.
 */
function digitStartIsText(text: string): boolean {
  return /[A-DF-Za-df-z_]/.test(text) && !text.includes(':') && !/^0[xob]/i.test(text);
}

function isPlainSafe(text: string, flow: boolean): boolean {
  return (
    (flow ? PLAIN_FLOW : PLAIN_BLOCK).test(text) &&
    !RESERVED.test(text) &&
    (!/^[0-9]/.test(text) || digitStartIsText(text)) &&
    !text.endsWith(' ') &&
    !text.endsWith(':') &&
    !text.includes(': ') &&
    !text.includes(' #')
  );
}

function quoted(text: string): string {
  if (SINGLE_QUOTABLE.test(text)) return `'${text.replace(/'/g, "''")}'`;
  return JSON.stringify(text).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalarText(value: string | number | boolean | null | undefined, flow: boolean): string {
  if (typeof value === 'string') return isPlainSafe(value, flow) ? value : quoted(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : quoted(String(value));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return 'null';
}

function keyText(key: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/.test(key) && !RESERVED.test(key) && !key.endsWith(':') ? key : quoted(key);
}

/** Multi-line ASCII text (function code) reads best as a literal block `|`. */
function isLiteralBlockSafe(text: string): boolean {
  return text.includes('\n') && /^[\t\n\x20-\x7e]*$/.test(text) && !text.startsWith(' ') && !text.startsWith('\n');
}

function literalBlock(text: string, indent: string): string {
  const chomp = text.endsWith('\n\n') ? '+' : text.endsWith('\n') ? '' : '-';
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return `|${chomp}\n${body
    .split('\n')
    .map((line) => (line === '' ? '' : indent + line))
    .join('\n')}`;
}

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/** `{ Ref: x }` -> `!Ref x`; `{ 'Fn::If': [..] }` -> `!If [..]`; null when there is no short form. */
function shortForm(value: { [key: string]: Json }): string | null {
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const key = keys[0] as string;
  const arg = value[key];
  if ((key === 'Ref' || key === 'Condition') && typeof arg === 'string') return `!${key} ${scalarText(arg, false)}`;
  if (key === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && typeof arg[1] === 'string') {
    return `!GetAtt ${scalarText(`${arg[0]}.${arg[1]}`, false)}`;
  }
  if (!key.startsWith('Fn::')) return null;
  const name = key.slice(4);
  if ((SEQUENCE_FUNCTIONS.includes(name) || name === 'Sub') && Array.isArray(arg)) return `!${name} ${flowSequence(arg)}`;
  if (SCALAR_FUNCTIONS.includes(name) && typeof arg === 'string') return `!${name} ${scalarText(arg, false)}`;
  return null;
}

function flowValue(value: Json): string {
  if (Array.isArray(value)) return flowSequence(value);
  if (value !== null && typeof value === 'object') {
    const short = shortForm(value);
    if (short) return short;
    const keys = Object.keys(value);
    return keys.length === 0 ? '{}' : `{ ${keys.map((k) => `${keyText(k)}: ${flowValue(value[k])}`).join(', ')} }`;
  }
  return scalarText(value, true);
}

function flowSequence(items: readonly Json[]): string {
  return `[${items.map(flowValue).join(', ')}]`;
}

function isInlineList(items: readonly Json[]): boolean {
  if (items.length === 0) return true;
  let width = 0;
  for (const item of items) {
    if (item !== null && typeof item === 'object') return false;
    width += String(item).length + 2;
  }
  return width <= INLINE_LIST_WIDTH + 2;
}

/** A comment to print above the line that starts a key path (mapping keys and list indexes). */
export interface YamlComment {
  path: readonly (string | number)[];
  /** One or more lines, without `#`. */
  text: string;
}

/** Comments arranged by path, so the writer looks each key up once while it walks the template. */
interface CommentNode {
  lines: string[];
  children: Map<string, CommentNode>;
}

function commentTree(comments: readonly YamlComment[]): CommentNode | undefined {
  if (comments.length === 0) return undefined;
  const root: CommentNode = { lines: [], children: new Map() };
  for (const comment of comments) {
    let node = root;
    for (const segment of comment.path) {
      const key = String(segment);
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { lines: [], children: new Map() }));
      node = child;
    }
    // A line break inside a value must not end the comment and become YAML; controls are escaped.
    node.lines.push(...comment.text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).map(escapeControlsInLine));
  }
  return root;
}

function pushComments(out: string[], node: CommentNode | undefined, indent: string): void {
  if (node) for (const line of node.lines) out.push(`${indent}# ${line}`);
}

/** Text after `key:` or `- `: either ` value` on the same line, or a nested block appended to `out`. */
function writeValue(out: string[], head: string, value: Json, indent: string, node: CommentNode | undefined): void {
  if (Array.isArray(value)) {
    if (isInlineList(value)) {
      out.push(`${head} ${flowSequence(value)}`);
      return;
    }
    out.push(head);
    // Lists under a key are indented by two, as js-yaml and the AWS docs print them.
    writeSequence(out, value, `${indent}  `, node);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const short = shortForm(value);
    if (short) out.push(`${head} ${short}`);
    else if (Object.keys(value).length === 0) out.push(`${head} {}`);
    else {
      out.push(head);
      writeMapping(out, value, `${indent}  `, node);
    }
    return;
  }
  if (typeof value === 'string' && isLiteralBlockSafe(value)) out.push(`${head} ${literalBlock(value, `${indent}  `)}`);
  else out.push(`${head} ${scalarText(value, false)}`);
}

/**
 * Block mapping at `indent`. Inside a list item the first key shares the `- ` line: `firstHead` is then
 * `<indent of the dash>- ` and that key's comments go at the dash's indent.
 */
function writeMapping(
  out: string[],
  value: { [key: string]: Json },
  indent: string,
  node: CommentNode | undefined,
  firstHead = indent,
  firstCommentIndent = indent,
): void {
  let first = true;
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (child === undefined) continue;
    const childNode = node?.children.get(key);
    pushComments(out, childNode, first ? firstCommentIndent : indent);
    writeValue(out, `${first ? firstHead : indent}${keyText(key)}:`, child, indent, childNode);
    first = false;
  }
}

function writeSequence(out: string[], items: readonly Json[], indent: string, node: CommentNode | undefined): void {
  items.forEach((item, index) => {
    const itemNode = node?.children.get(String(index));
    pushComments(out, itemNode, indent);
    if (item !== null && typeof item === 'object' && !Array.isArray(item) && !shortForm(item) && Object.keys(item).length > 0) {
      // `- Key: value`, then the other keys aligned under the first.
      writeMapping(out, item, `${indent}  `, itemNode, `${indent}- `, indent);
    } else if (Array.isArray(item)) {
      out.push(`${indent}- ${flowSequence(item)}`);
    } else {
      writeValue(out, `${indent}-`, item, indent, itemNode);
    }
  });
}

/**
 * Print a JSON-form CloudFormation template as block YAML with short-form intrinsic tags, with `# `
 * comments above the keys at the given paths (paths that do not exist are ignored).
 */
export function emitCfnYaml(template: unknown, comments: readonly YamlComment[] = []): string {
  const value = template as Json;
  const out: string[] = [];
  if (Array.isArray(value)) writeSequence(out, value, '', commentTree(comments));
  else if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) writeMapping(out, value, '', commentTree(comments));
  else out.push(value !== null && typeof value === 'object' ? '{}' : scalarText(value, false));
  return `${out.join('\n')}\n`;
}
