/**
 * CloudFormation's YAML short-form tags (`!Ref`, `!Sub`, `!GetAtt` ...) as js-yaml 5 tag definitions,
 * each turning into the long JSON form (`{ Ref: X }`, `{ 'Fn::Sub': ... }`), so the rest of the
 * importer and every template rule sees one shape whatever the template's style.
 */
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, type Schema, type TagDefinition } from 'js-yaml';

/** Short forms that become `{ 'Fn::<Name>': value }`, in any node kind (scalar, list or map). */
const FN_TAGS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
] as const;

/** Tags in all three node kinds that wrap the constructed value with `wrap`. */
function tagsFor(name: string, wrap: (value: unknown) => unknown, wrapScalar: (source: string) => unknown = wrap): TagDefinition[] {
  const tag = `!${name}`;
  return [
    defineScalarTag(tag, { resolve: (source) => wrapScalar(source), identify: () => false }),
    defineSequenceTag<unknown[], unknown>(tag, {
      create: () => [],
      addItem: (items, item) => {
        items.push(item);
      },
      finalize: (items) => wrap(items),
      identify: () => false,
    }),
    defineMappingTag<Record<string, unknown>, unknown>(tag, {
      create: () => ({}),
      addPair: (map, key, value) => {
        if (typeof key !== 'string' && typeof key !== 'number') return `${tag}: mapping keys must be strings`;
        map[String(key)] = value;
        return '';
      },
      has: (map, key) => Object.hasOwn(map, String(key)),
      keys: () => [],
      get: () => undefined,
      finalize: (map) => wrap(map),
      identify: () => false,
    }),
  ];
}

/** `!GetAtt Api.Arn` and `!GetAtt Api.Outputs.Url` split at the first dot (the CloudFormation rule). */
function getAttFromDotted(source: string): unknown {
  const dot = source.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [source] : [source.slice(0, dot), source.slice(dot + 1)] };
}

const CFN_TAGS: TagDefinition[] = [
  ...tagsFor('Ref', (value) => ({ Ref: value })),
  ...tagsFor('Condition', (value) => ({ Condition: value })),
  ...tagsFor('GetAtt', (value) => ({ 'Fn::GetAtt': value }), getAttFromDotted),
  ...FN_TAGS.flatMap((name) => tagsFor(name, (value) => ({ [`Fn::${name}`]: value }))),
];

/** YAML 1.2 core schema plus every CloudFormation short-form tag. */
export const CFN_SCHEMA: Schema = CORE_SCHEMA.withTags(CFN_TAGS);

/** The short-form tag names understood (for messages and tests). */
export const SHORT_FORM_TAGS: readonly string[] = ['Ref', 'Condition', 'GetAtt', ...FN_TAGS].map((n) => `!${n}`);
