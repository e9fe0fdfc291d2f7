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
  dump,
  load,
  visit,
  type TagDefinition,
} from 'js-yaml';

/** A value to print with a short-form tag (only used between `toTagged` and `dump`). */
class ShortForm {
  readonly tag: string;
  readonly value: unknown;
  constructor(tag: string, value: unknown) {
    this.tag = tag;
    this.value = value;
  }
}

/** Intrinsics whose argument is a list in both forms. */
const SEQUENCE_FUNCTIONS = ['If', 'Join', 'Equals', 'Not', 'And', 'Or', 'Select', 'Split', 'FindInMap', 'Cidr'] as const;
/** Intrinsics whose argument may be a scalar. */
const SCALAR_FUNCTIONS = ['Sub', 'Base64', 'ImportValue', 'GetAZs'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ShortForm);
}

/** Replace JSON-form intrinsics by ShortForm markers, recursively. */
function toTagged(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toTagged);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0] as string;
    const arg = value[key];
    if (key === 'Ref' && typeof arg === 'string') return new ShortForm('!Ref', arg);
    if (key === 'Condition' && typeof arg === 'string') return new ShortForm('!Condition', arg);
    if (key === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string')) {
      return new ShortForm('!GetAtt', `${arg[0] as string}.${arg[1] as string}`);
    }
    if (key.startsWith('Fn::')) {
      const name = key.slice(4);
      if ((SEQUENCE_FUNCTIONS as readonly string[]).includes(name) && Array.isArray(arg)) return new ShortForm(`!${name}`, arg.map(toTagged));
      if ((SCALAR_FUNCTIONS as readonly string[]).includes(name)) {
        if (typeof arg === 'string') return new ShortForm(`!${name}`, arg);
        if (name === 'Sub' && Array.isArray(arg)) return new ShortForm('!Sub', arg.map(toTagged));
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = toTagged(value[k]);
  return out;
}

const isShort = (tag: string) => (data: unknown) => data instanceof ShortForm && data.tag === tag && !Array.isArray(data.value);
const isShortSeq = (tag: string) => (data: unknown) => data instanceof ShortForm && data.tag === tag && Array.isArray(data.value);

/** `!GetAtt A.B` -> `{ 'Fn::GetAtt': ['A', 'B'] }` (split at the first dot, as CloudFormation does). */
function getAttFromScalar(source: string): { 'Fn::GetAtt': [string, string] } {
  const dot = source.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [source, ''] : [source.slice(0, dot), source.slice(dot + 1)] };
}

function scalarTag(tag: string, toJson: (source: string) => unknown): TagDefinition {
  return defineScalarTag(tag, {
    resolve: (source) => toJson(source),
    identify: isShort(tag),
    represent: (data: ShortForm) => String(data.value),
  });
}

function sequenceTag(tag: string, key: string): TagDefinition {
  return defineSequenceTag<unknown[], Record<string, unknown>>(tag, {
    create: () => [],
    addItem: (carrier, item) => {
      carrier.push(item);
    },
    finalize: (carrier) => ({ [key]: carrier }),
    identify: isShortSeq(tag),
    represent: (data: ShortForm) => data.value as unknown[],
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
    identify: () => false,
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
const CFN_DUMP_SCHEMA = DUMP_SCHEMA.withTags(...TAGS);

/** Parse CloudFormation YAML (short-form tags included) into the JSON form. Throws YAMLException on bad YAML. */
export function loadCfnYaml(text: string): unknown {
  return load(text, { schema: CFN_LOAD_SCHEMA });
}

/** Print a JSON-form template as YAML with short-form tags; intrinsic argument lists are printed inline. */
export function dumpCfnYaml(template: unknown): string {
  return dump(toTagged(template), {
    schema: CFN_DUMP_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    transform: (documents) =>
      visit(documents, (node) => {
        // `!If [Cond, a, b]` reads better than a block list under a tag.
        if (node.kind === 'sequence' && node.tagged) node.style = 2;
      }),
  });
}

export interface YamlComment {
  /** Key path in the dumped object: mapping keys and list indexes. */
  path: readonly (string | number)[];
  /** One or more lines, without `#`. */
  text: string;
}

const KEY_LINE = /^( *)((?:- )*)([A-Za-z0-9_:.-]+|'[^']*'|"[^"]*"):(?: |$)/;
const DASH_ONLY = /^( *)((?:- )+)/;

/**
 * Insert `# comment` lines above the lines that start the given key paths in YAML printed by
 * `dumpCfnYaml` (block style, 2-space indent). Paths that are not found are ignored. Lines inside
 * block scalars (`|`) are skipped, so code is never mistaken for keys.
 */
export function addYamlComments(yaml: string, comments: readonly YamlComment[]): string {
  if (comments.length === 0) return yaml;
  // Paths are compared as strings: segments joined by a separator that never occurs in keys.
  const SEP = '\u0001';
  const wanted = new Map<string, string[]>();
  for (const c of comments) {
    const key = c.path.join(SEP);
    wanted.set(key, [...(wanted.get(key) ?? []), ...c.text.split('\n')]);
  }
  const lines = yaml.split('\n');
  const out: string[] = [];
  // Each frame: the column where its content starts, and the full path up to it.
  const stack: { column: number; path: string }[] = [];
  const nextIndex = new Map<string, number>();
  const pathOf = (parent: string, seg: string | number) => (parent === '' ? String(seg) : `${parent}${SEP}${seg}`);
  let blockScalarIndent = -1;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (blockScalarIndent >= 0) {
      if (line.trim() === '' || indent > blockScalarIndent) {
        out.push(line);
        continue;
      }
      blockScalarIndent = -1;
    }
    const keyMatch = KEY_LINE.exec(line);
    const match = keyMatch ?? DASH_ONLY.exec(line);
    if (!match) {
      out.push(line);
      continue;
    }
    const dashes = (match[2] ?? '').length / 2;
    const pad = (match[1] ?? '').length;
    let column = pad;
    while (stack.length > 0 && (stack[stack.length - 1] as { column: number }).column >= column) stack.pop();
    const found: string[] = [];
    for (let d = 0; d < dashes; d++) {
      const parent = stack.length > 0 ? (stack[stack.length - 1] as { path: string }).path : '';
      const index = nextIndex.get(parent) ?? 0;
      nextIndex.set(parent, index + 1);
      const path = pathOf(parent, index);
      stack.push({ column, path });
      column += 2;
      // A comment on a list item (path ending in an index) goes above its first line.
      found.push(path);
    }
    if (keyMatch) {
      const raw = keyMatch[3] as string;
      const key = /^['"]/.test(raw) ? raw.slice(1, -1) : raw;
      const parent = stack.length > 0 ? (stack[stack.length - 1] as { path: string }).path : '';
      const path = pathOf(parent, key);
      stack.push({ column, path });
      // A re-opened key starts its lists afresh.
      nextIndex.delete(path);
      if (/:\s*[|>][-+]?\d*\s*$/.test(line)) blockScalarIndent = column;
      found.push(path);
    }
    for (const path of found) {
      const text = wanted.get(path);
      if (!text) continue;
      for (const t of text) out.push(`${' '.repeat(pad)}# ${t}`);
      wanted.delete(path);
    }
    out.push(line);
  }
  return out.join('\n');
}

/** A block of `# ` lines for the top of a file. */
export function commentBlock(lines: readonly string[]): string {
  return `${lines.map((l) => (l ? `# ${l}` : '#')).join('\n')}\n`;
}
