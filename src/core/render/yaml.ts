/**
 * CloudFormation YAML: short-form intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`, `!If`...) in and out, and the
 * small step that adds comments after dumping (js-yaml does not write comments).
 *
 * Templates are built as plain objects in CloudFormation's JSON form (`{ Ref }`, `{ 'Fn::GetAtt': [..] }`);
 * `dumpCfnYaml` prints those in short form and `loadCfnYaml` maps short forms back to the JSON form, so
 * YAML and JSON of one template parse to the same object.
 */
import {
  CORE_SCHEMA,
  DUMP_SCHEMA,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  COLLECTION_STYLE,
  SCALAR_STYLE,
  load,
  present,
  type Node,
  type TagDefinition,
} from 'js-yaml';

/** Intrinsics whose argument is a list in both forms. */
const SEQUENCE_FUNCTIONS = ['If', 'Join', 'Equals', 'Not', 'And', 'Or', 'Select', 'Split', 'FindInMap', 'Cidr'] as const;
/** Intrinsics whose argument may be a scalar. */
const SCALAR_FUNCTIONS = ['Sub', 'Base64', 'ImportValue', 'GetAZs'] as const;

/** The tags below only load: printing builds tagged AST nodes directly (toAst). */
const loadOnly = () => false;

/** `!GetAtt A.B` -> `{ 'Fn::GetAtt': ['A', 'B'] }` (split at the first dot, as CloudFormation does). */
function getAttFromScalar(source: string): { 'Fn::GetAtt': [string, string] } {
  const dot = source.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [source, ''] : [source.slice(0, dot), source.slice(dot + 1)] };
}

function scalarTag(tag: string, toJson: (source: string) => unknown): TagDefinition {
  return defineScalarTag(tag, {
    resolve: (source) => toJson(source),
    identify: loadOnly,
  });
}

function sequenceTag(tag: string, key: string): TagDefinition {
  return defineSequenceTag<unknown[], Record<string, unknown>>(tag, {
    create: () => [],
    addItem: (carrier, item) => {
      carrier.push(item);
    },
    finalize: (carrier) => ({ [key]: carrier }),
    identify: loadOnly,
  });
}

/** `!Base64 { Ref: X }`-style mapping arguments (rare, but valid CloudFormation). */
function mappingTag(tag: string, key: string): TagDefinition {
  return defineMappingTag<Record<string, unknown>, Record<string, unknown>>(tag, {
    create: () => ({}),
    addPair: (carrier, k, v) => {
      if (typeof k !== 'string') return 'expected a string key';
      carrier[k] = v;
      return '';
    },
    has: (carrier, k) => typeof k === 'string' && k in carrier,
    keys: (result) => Object.keys(result),
    get: (result, k) => result[String(k)],
    finalize: (carrier) => ({ [key]: carrier }),
    identify: loadOnly,
  });
}

const TAGS: TagDefinition[] = [
  scalarTag('!Ref', (s) => ({ Ref: s })),
  scalarTag('!Condition', (s) => ({ Condition: s })),
  scalarTag('!GetAtt', getAttFromScalar),
  sequenceTag('!GetAtt', 'Fn::GetAtt'),
  ...SCALAR_FUNCTIONS.map((name) => scalarTag(`!${name}`, (s) => ({ [`Fn::${name}`]: s }))),
  ...SCALAR_FUNCTIONS.map((name) => mappingTag(`!${name}`, `Fn::${name}`)),
  sequenceTag('!Sub', 'Fn::Sub'),
  ...SEQUENCE_FUNCTIONS.map((name) => sequenceTag(`!${name}`, `Fn::${name}`)),
];

/** Load schema: the core schema plus CloudFormation's short-form tags, mapped to the JSON form. */
export const CFN_LOAD_SCHEMA = CORE_SCHEMA.withTags(...TAGS);
/** Parse CloudFormation YAML (short-form tags included) into the JSON form. Throws YAMLException on bad YAML. */
export function loadCfnYaml(text: string): unknown {
  return load(text, { schema: CFN_LOAD_SCHEMA });
}

const STR = 'tag:yaml.org,2002:str';
const INLINE_LIST_WIDTH = 72;
const plain = (tag: string, value: string): Node => ({ kind: 'scalar', tag, tagged: false, style: SCALAR_STYLE.PLAIN, value });

/**
 * JSON value -> js-yaml AST, with short-form tags for intrinsics. Building the AST directly (instead of
 * `dump`, which asks every tag to identify every value) keeps rendering fast; js-yaml's presenter
 * still decides quoting and styles, so the text is what `dump` would print.
 */
function toAst(value: unknown): Node {
  if (typeof value === 'string') return plain(STR, value);
  if (typeof value === 'number') return plain(Number.isInteger(value) ? 'tag:yaml.org,2002:int' : 'tag:yaml.org,2002:float', String(value));
  if (typeof value === 'boolean') return plain('tag:yaml.org,2002:bool', String(value));
  if (value === null || value === undefined) return plain('tag:yaml.org,2002:null', 'null');
  if (Array.isArray(value)) {
    // Short lists of plain values read best inline: `AllowedMethods: [GET, HEAD, OPTIONS]`.
    const inline = value.length > 0 && value.every((v) => typeof v !== 'object') && value.join(', ').length <= INLINE_LIST_WIDTH;
    const style = inline ? COLLECTION_STYLE.FLOW : COLLECTION_STYLE.BLOCK;
    return { kind: 'sequence', tag: 'tag:yaml.org,2002:seq', tagged: false, style, items: value.map(toAst) };
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const short = shortForm(keys[0] as string, record[keys[0] as string]);
    if (short) return short;
  }
  return {
    kind: 'mapping',
    tag: 'tag:yaml.org,2002:map',
    tagged: false,
    style: COLLECTION_STYLE.BLOCK,
    items: keys.map((k) => ({ key: plain(STR, k), value: toAst(record[k]) })),
  };
}

/** `{ Ref: x }` -> `!Ref x`, `{ 'Fn::If': [..] }` -> `!If [..]` (inline); null when there is no short form. */
function shortForm(key: string, arg: unknown): Node | null {
  const scalar = (tag: string, text: string): Node => ({ kind: 'scalar', tag, tagged: true, style: SCALAR_STYLE.PLAIN, value: text });
  const sequence = (tag: string, items: unknown[]): Node => ({ kind: 'sequence', tag, tagged: true, style: COLLECTION_STYLE.FLOW, items: items.map(toAst) });
  if ((key === 'Ref' || key === 'Condition') && typeof arg === 'string') return scalar(`!${key}`, arg);
  if (key === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string')) {
    return scalar('!GetAtt', `${arg[0] as string}.${arg[1] as string}`);
  }
  if (!key.startsWith('Fn::')) return null;
  const name = key.slice(4);
  if ((SEQUENCE_FUNCTIONS as readonly string[]).includes(name) && Array.isArray(arg)) return sequence(`!${name}`, arg);
  if ((SCALAR_FUNCTIONS as readonly string[]).includes(name) && typeof arg === 'string') return scalar(`!${name}`, arg);
  if (name === 'Sub' && Array.isArray(arg)) return sequence('!Sub', arg);
  return null;
}

/** Print a JSON-form template as YAML with short-form tags; intrinsic argument lists are printed inline. */
export function dumpCfnYaml(template: unknown): string {
  return present([{ contents: toAst(template), directives: [] }], { schema: DUMP_SCHEMA, lineWidth: -1 });
}

export interface YamlComment {
  /** Key path in the dumped object: mapping keys and list indexes. */
  path: readonly (string | number)[];
  /** One or more lines, without `#`. */
  text: string;
}

/** Characters of a plain mapping key as `dumpCfnYaml` prints them (`AWS::Region` style keys included). */
function isKeyChar(code: number): boolean {
  return (
    (code >= 48 && code <= 58) || // 0-9 and ':'
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 || // _
    code === 46 || // .
    code === 45 // -
  );
}

/** One line of block YAML: its indent, how many `- ` markers, and the key it opens (if any). */
function scanLine(text: string, start: number, end: number): { indent: number; dashes: number; key: string | null } {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  const indent = i - start;
  let dashes = 0;
  while (i + 1 < end && text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
    dashes++;
    i += 2;
  }
  const first = text.charCodeAt(i);
  let key: string | null = null;
  if (first === 39 || first === 34) {
    const close = text.indexOf(String.fromCharCode(first), i + 1);
    if (close > 0 && close < end && text.charCodeAt(close + 1) === 58 && (close + 2 === end || text.charCodeAt(close + 2) === 32)) {
      key = text.slice(i + 1, close);
    }
  } else {
    let j = i;
    while (j < end && isKeyChar(text.charCodeAt(j))) j++;
    if (j > i + 1 && text.charCodeAt(j - 1) === 58 && (j === end || text.charCodeAt(j) === 32)) key = text.slice(i, j - 1);
  }
  return { indent, dashes, key };
}

/** A trie of the wanted key paths, so each line costs one small map look-up. */
interface CommentNode {
  children: Map<string, CommentNode>;
  text: string[];
  /** Next list index under this node while scanning. */
  nextIndex: number;
}

function commentTrie(comments: readonly YamlComment[]): CommentNode {
  const root: CommentNode = { children: new Map(), text: [], nextIndex: 0 };
  for (const c of comments) {
    let node = root;
    for (const seg of c.path) {
      const key = String(seg);
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map(), text: [], nextIndex: 0 };
        node.children.set(key, child);
      }
      node = child;
    }
    node.text.push(...c.text.split('\n'));
  }
  return root;
}

/**
 * Insert `# comment` lines above the lines that start the given key paths in YAML printed by
 * `dumpCfnYaml` (block style, 2-space indent). Paths that are not found are ignored (so are items of
 * inline lists). Lines inside block scalars (`|`) are skipped, so code is never mistaken for keys.
 */
export function addYamlComments(yaml: string, comments: readonly YamlComment[]): string {
  if (comments.length === 0) return yaml;
  const root = commentTrie(comments);
  const out: string[] = [];
  let copiedUpTo = 0;
  // Each frame: the column where its content starts, and its trie node (null: no comment below it).
  const columns: number[] = [];
  const nodes: (CommentNode | null)[] = [];
  let blockScalarIndent = -1;
  for (let lineStart = 0; lineStart < yaml.length; ) {
    let lineEnd = yaml.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = yaml.length;
    const next = lineEnd + 1;
    let indent = 0;
    while (lineStart + indent < lineEnd && yaml.charCodeAt(lineStart + indent) === 32) indent++;
    const blank = lineStart + indent === lineEnd;
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      lineStart = next;
      continue;
    }
    blockScalarIndent = -1;
    // Inside a subtree that has no comments: nothing to track until the indentation comes back.
    if (blank || (nodes.length > 0 && nodes[nodes.length - 1] === null && indent > (columns[columns.length - 1] as number))) {
      lineStart = next;
      continue;
    }
    const { dashes, key } = scanLine(yaml, lineStart, lineEnd);
    if (dashes === 0 && key === null) {
      lineStart = next;
      continue;
    }
    let column = indent;
    while (columns.length > 0 && (columns[columns.length - 1] as number) >= column) {
      columns.pop();
      nodes.pop();
    }
    const parentOf = () => (nodes.length > 0 ? (nodes[nodes.length - 1] as CommentNode | null) : root);
    let found: CommentNode[] | null = null;
    for (let d = 0; d < dashes; d++) {
      const parent = parentOf();
      const child = parent ? (parent.children.get(String(parent.nextIndex++)) ?? null) : null;
      columns.push(column);
      nodes.push(child);
      column += 2;
      // A comment on a list item (path ending in an index) goes above its first line.
      if (child) (found ??= []).push(child);
    }
    if (key !== null) {
      const parent = parentOf();
      const child = parent ? (parent.children.get(key) ?? null) : null;
      columns.push(column);
      nodes.push(child);
      if (child) {
        (found ??= []).push(child);
        // A re-opened key starts its lists afresh.
        child.nextIndex = 0;
      }
      if (/:\s*[|>][-+]?\d*\s*$/.test(yaml.slice(lineStart, lineEnd))) blockScalarIndent = column;
    }
    for (const node of found ?? []) {
      if (node.text.length === 0) continue;
      out.push(yaml.slice(copiedUpTo, lineStart));
      copiedUpTo = lineStart;
      const pad = ' '.repeat(indent);
      for (const t of node.text) out.push(`${pad}# ${t}\n`);
      node.text = [];
    }
    lineStart = next;
  }
  out.push(yaml.slice(copiedUpTo));
  return out.join('');
}

/** A block of `# ` lines for the top of a file. */
export function commentBlock(lines: readonly string[]): string {
  // A line break inside a value (a config name "x\nOutputs: ...") must not end the comment and become YAML.
  const split = lines.flatMap((l) => l.split(/\r\n|[\r\n\u2028\u2029\u0085]/));
  return `${split.map((l) => (l ? `# ${l}` : '#')).join('\n')}\n`;
}
