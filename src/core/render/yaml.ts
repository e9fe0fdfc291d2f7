/**
 * CloudFormation YAML: short-form intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`, `!If`...) in and out, and the
 * small step that adds comments after dumping (js-yaml does not write comments).
 *
 * Templates are built as plain objects in CloudFormation's JSON form (`{ Ref }`, `{ 'Fn::GetAtt': [..] }`);
 * `dumpCfnYaml` prints those in short form and `loadCfnYaml` maps short forms back to the JSON form, so
 * YAML and JSON of one template parse to the same object.
 */
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, load, type TagDefinition } from 'js-yaml';
import { escapeControlsInLine } from './printable';
import { emitCfnYaml, SCALAR_FUNCTIONS, SEQUENCE_FUNCTIONS, type YamlComment } from './yaml-emit';

export type { YamlComment };

/** The tags below only load: printing is yaml-emit.ts's job. */
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

/**
 * Print a JSON-form template as YAML with short-form tags (intrinsic argument lists inline) and `# `
 * comments above the keys at the given paths. js-yaml does not write comments; our writer does,
 * while it walks the template (see yaml-emit.ts).
 */
export function dumpCfnYaml(template: unknown, comments: readonly YamlComment[] = []): string {
  return emitCfnYaml(template, comments);
}

/** A block of `# ` lines for the top of a file. */
export function commentBlock(lines: readonly string[]): string {
  // A line break inside a value (a config name "x\nOutputs: ...") must not end the comment and become YAML.
  const split = lines.flatMap((l) => l.split(/\r\n|[\r\n\u2028\u2029\u0085]/).map(escapeControlsInLine));
  return `${split.map((l) => (l ? `# ${l}` : '#')).join('\n')}\n`;
}
