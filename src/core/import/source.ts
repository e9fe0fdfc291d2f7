/**
 * Template text (YAML or JSON) -> a plain value plus the line and column of every node.
 *
 * JSON is read by the same YAML parser (JSON is YAML 1.2), so both formats share one position
 * table. Positions come from js-yaml's event stream (offsets into the text); the value is
 * constructed from the same events with the CloudFormation short-form tags, so the text is
 * parsed once.
 */
import { EVENT_ID, SCALAR_STYLE, YAMLException, constructFromEvents, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { CFN_SCHEMA } from './cfn-tags';
import { withThousands } from '../format-number';

export type NodePath = readonly (string | number)[];
export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** Something the reader accepted but the author should know (a duplicate key, lenient indentation). */
export interface SourceWarning {
  message: string;
  line: number;
  column: number;
}

export type ParsedSource =
  | {
      ok: true;
      value: unknown;
      format: 'yaml' | 'json';
      locate: (path: NodePath) => SourcePosition | undefined;
      warnings: SourceWarning[];
    }
  | { ok: false; message: string; line?: number; column?: number };

/** Hard caps that keep a hostile or broken file from hanging the page. */
export const SOURCE_LIMITS = {
  /** Characters; a real CloudFormation template body is at most 1 MB (S3 upload), so 10 MB is generous. */
  maxChars: 10_000_000,
  maxAliases: 10_000,
  /** Nodes after expanding aliases: stops "billion laughs" documents before any walk over them. */
  maxExpandedNodes: 2_000_000,
  maxDepth: 200,
} as const;

const SEP = '\u001f';
function pathKey(path: NodePath): string {
  let key = '';
  for (const part of path) key += typeof part === 'number' ? `${SEP}#${part}` : `${SEP}${part}`;
  return key;
}

/** Offset -> 1-based line and column, by binary search over line starts. */
function lineIndex(text: string): (offset: number) => SourcePosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

/** Frames hold the encoded path of their node, so a child's key is one string concatenation. */
type Frame =
  | { kind: 'map'; key: string; entry: string | undefined; expectKey: boolean; seen: Map<string, number> }
  | { kind: 'seq'; key: string; index: number };

/** A key given twice in one mapping: its name, where it was first given and where again. */
interface DuplicateKey {
  name: string;
  first: number;
  again: number;
}

function nodeStart(event: Event): number {
  switch (event.type) {
    case EVENT_ID.SCALAR:
      if (event.tagStart >= 0) return event.tagStart;
      if (event.anchorStart >= 0) return event.anchorStart;
      // Quoted scalars: point at the opening quote, where the editor shows the value starting.
      return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
        ? Math.max(0, event.valueStart - 1)
        : event.valueStart;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.tagStart >= 0 ? event.tagStart : event.anchorStart >= 0 ? event.anchorStart : event.start;
    case EVENT_ID.ALIAS:
      return Math.max(0, event.anchorStart - 1);
    default:
      return 0;
  }
}

/** A key no real path produces: children of complex keys and of unnamed entries go there. */
const NOWHERE = `${SEP}\u0000`;

/**
 * Walk the events once and record the offset of every node by its path. A mapping value is
 * located at its key (`Origins:` rather than the first item below it), as editors show it.
 */
function collectPositions(events: readonly Event[], text: string): { offsets: Map<string, number>; duplicates: DuplicateKey[] } {
  const offsets = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let seenRoot = false;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    let key: string;
    if (!top) {
      if (seenRoot) continue;
      seenRoot = true;
      key = '';
      offsets.set(key, nodeStart(event));
    } else if (top.kind === 'map' && top.expectKey) {
      top.expectKey = false;
      const name = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : undefined;
      top.entry = name === undefined ? undefined : `${top.key}${SEP}${name}`;
      if (name !== undefined && top.entry !== undefined) {
        const first = top.seen.get(name);
        if (first !== undefined && name !== '<<') duplicates.push({ name, first, again: nodeStart(event) });
        else top.seen.set(name, nodeStart(event));
        // The last value wins (as CloudFormation keeps it), so its position is the one recorded.
        offsets.set(top.entry, nodeStart(event));
      }
      // A complex key (a map or list used as key): its children get no path.
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', key: NOWHERE, index: 0 });
      continue;
    } else if (top.kind === 'map') {
      top.expectKey = true;
      key = top.entry ?? NOWHERE;
    } else {
      key = `${top.key}${SEP}#${top.index}`;
      top.index += 1;
      offsets.set(key, nodeStart(event));
    }
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'map', key, entry: undefined, expectKey: true, seen: new Map() });
    else if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', key, index: 0 });
  }
  return { offsets, duplicates };
}

/**
 * Count nodes as if aliases were copied, with memoised sizes so shared subtrees are counted in
 * linear time; returns false when the count passes `limit` or a node contains itself.
 */
function expandedSizeWithin(root: unknown, limit: number): boolean | 'cycle' {
  const sizes = new Map<object, number>();
  const active = new Set<object>();
  let cyclic = false;
  const size = (node: unknown): number => {
    if (typeof node !== 'object' || node === null) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (active.has(node)) {
      cyclic = true;
      return Infinity;
    }
    active.add(node);
    let total = 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      total += size(child);
      if (total > limit) break;
    }
    active.delete(node);
    sizes.set(node, total);
    return total;
  };
  const within = size(root) <= limit;
  return cyclic ? 'cycle' : within;
}

function yamlError(error: unknown, format: 'yaml' | 'json'): ParsedSource {
  const what = format === 'json' ? 'JSON' : 'YAML';
  if (error instanceof YAMLException) {
    const line = error.mark ? error.mark.line + 1 : undefined;
    const column = error.mark ? error.mark.column + 1 : undefined;
    let reason = error.reason;
    const unknownTag = /unknown (?:scalar |sequence |mapping )?tag !<?(![^>\s]*)>?/.exec(reason);
    if (unknownTag) reason = `unknown tag ${unknownTag[1]} (CloudFormation short forms are !Ref, !Sub, !GetAtt, !Join, !If ...)`;
    if (/duplicated mapping key/.test(reason)) reason = 'duplicate key (CloudFormation rejects a key given twice in one mapping)';
    const where = line !== undefined ? ` at line ${line}, column ${column}` : '';
    return { ok: false, message: `not valid ${what}${where}: ${reason}`, ...(line !== undefined ? { line, column } : {}) };
  }
  // js-yaml may throw plain errors (stack depth); never let them escape as a stack trace.
  const message = error instanceof RangeError ? 'the document is nested too deeply' : String((error as Error)?.message ?? error);
  return { ok: false, message: `not valid ${what}: ${message}` };
}

/** How many under-indented flow lines are re-indented before giving up. */
const MAX_LENIENT_LINES = 50;

/**
 * js-yaml rejects a flow collection (`[{ ... }]`) whose lines are indented less than its key;
 * PyYAML, which CloudFormation and SAM use, accepts it. Re-indent the reported line (the line
 * count stays the same, so reported lines stay right) and try again.
 */
function parseLeniently(body: string, fileName: string | undefined): { events: Event[]; body: string; reindented: number[] } {
  let text = body;
  const reindented: number[] = [];
  for (;;) {
    try {
      return { events: parseEvents(text, { ...(fileName ? { filename: fileName } : {}), maxDepth: SOURCE_LIMITS.maxDepth }), body: text, reindented };
    } catch (error) {
      const line = error instanceof YAMLException && /deficient indentation/.test(error.reason) ? error.mark?.line : undefined;
      if (line === undefined || reindented.length >= MAX_LENIENT_LINES) throw error;
      const lines = text.split('\n');
      lines[line] = `  ${lines[line] ?? ''}`;
      if (!reindented.includes(line + 1)) reindented.push(line + 1);
      text = lines.join('\n');
    }
  }
}

/**
 * Parse template text. Never throws: malformed text, several documents, alias bombs and oversize
 * input come back as `{ ok: false, message, line?, column? }`. A key given twice keeps its last
 * value, as CloudFormation does, with a warning naming both lines (DOMAIN section 0, YAML).
 */
export function parseTemplateSource(text: string, fileName?: string): ParsedSource {
  if (text.length > SOURCE_LIMITS.maxChars) {
    return { ok: false, message: `the file is ${(text.length / 1e6).toFixed(1)} MB; apifront reads templates of at most ${SOURCE_LIMITS.maxChars / 1e6} MB (and configs of at most 5 MB)` };
  }
  const original = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const format = /^\s*[{[]/.test(original) || /\.json$/i.test(fileName ?? '') ? 'json' : 'yaml';
  if (original.trim() === '') return { ok: false, message: 'the file is empty' };
  let read: ReturnType<typeof parseLeniently>;
  let value: unknown;
  try {
    read = parseLeniently(original, fileName);
    const { events, body } = read;
    const documents = constructFromEvents(events, {
      source: body,
      schema: CFN_SCHEMA,
      maxAliases: SOURCE_LIMITS.maxAliases,
      // Lets a duplicate key through (last wins); collectPositions reports it.
      json: true,
      ...(fileName ? { filename: fileName } : {}),
    });
    if (documents.length > 1) {
      return { ok: false, message: `the file holds ${documents.length} YAML documents (separated by ---); a template is one document` };
    }
    value = documents[0];
  } catch (error) {
    return yamlError(error, format);
  }
  if (value === undefined || value === null) return { ok: false, message: 'the file is empty' };
  const { events, body, reindented } = read;
  // Only aliases can make the value larger than the text, so only then is the expansion counted.
  const hasAliases = events.some((e) => e.type === EVENT_ID.ALIAS);
  const expansion = hasAliases ? expandedSizeWithin(value, SOURCE_LIMITS.maxExpandedNodes) : true;
  if (expansion === 'cycle') {
    return { ok: false, message: 'a YAML alias (*name) refers to a node that contains it, so the document would be infinite; remove the self-reference' };
  }
  if (!expansion) {
    return {
      ok: false,
      message: `the document expands to more than ${withThousands(SOURCE_LIMITS.maxExpandedNodes)} nodes through YAML aliases (*name); expand the aliases by hand or remove them`,
    };
  }
  const { offsets, duplicates } = collectPositions(events, body);
  const position = lineIndex(body);
  const locate = (path: NodePath): SourcePosition | undefined => {
    const offset = offsets.get(pathKey(path));
    return offset === undefined ? undefined : position(offset);
  };
  const warnings: SourceWarning[] = duplicates.map((d) => {
    const first = position(d.first);
    const again = position(d.again);
    return {
      message: `duplicate key "${d.name}" at lines ${first.line} and ${again.line}: CloudFormation keeps the last value (line ${again.line}); remove one`,
      ...again,
    };
  });
  for (const line of reindented) {
    warnings.push({
      message: `line ${line} is indented less than its flow collection ([ ] / { }) allows in YAML; read as CloudFormation reads it, but indent it further`,
      line,
      column: 1,
    });
  }
  return { ok: true, value, format, locate, warnings: warnings.sort((a, b) => a.line - b.line || a.column - b.column) };
}
