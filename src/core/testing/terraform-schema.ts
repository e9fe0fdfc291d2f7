/**
 * Test support: the hashicorp/aws provider's schema, read from the prebuilt CDKTF bindings
 * (@cdktf/provider-aws 21.22.1 = provider 6.25.0). Each resource's module maps every attribute and
 * nested block to its Terraform name (`synthesizeAttributes()` and the `xToTerraform(struct)` functions
 * it calls); that mapping is generated from the provider's own schema, so it is the schema's list of
 * names. Reads files: tests only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface SchemaBlock {
  attributes: Set<string>;
  blocks: Map<string, SchemaBlock>;
  /** Typed `any` by the bindings (WAF's recursive `statement`): present in the schema, contents unchecked. */
  opaque: Set<string>;
}

const LIB = join(dirname(createRequire(import.meta.url).resolve('@cdktf/provider-aws/package.json')), 'lib');

/** Provider version the bindings were generated from (their README says it; the modules record it). */
export function providerVersion(): string {
  const text = readFileSync(join(LIB, 'cloudfront-distribution/index.js'), 'utf8');
  return /providerVersion: '([^']+)'/.exec(text)?.[1] ?? 'unknown';
}

/** `key: expression,` lines of the object literal that follows `start` in `text`. */
function objectEntries(text: string, start: number): [string, string][] {
  const rest = text.slice(text.indexOf('return {', start));
  const close = rest.search(/\n\s*\};/);
  const body = close === -1 ? rest : rest.slice(0, close);
  return [...body.matchAll(/^\s+([a-z0-9_]+): (.+),$/gm)].map((m) => [m[1] as string, m[2] as string]);
}

function blockOf(text: string, start: number, depth = 0): SchemaBlock {
  const block: SchemaBlock = { attributes: new Set(), blocks: new Map(), opaque: new Set() };
  for (const [key, expr] of objectEntries(text, start)) {
    // A nested block is mapped by this module's own xToTerraform function; primitives by cdktf's.
    const nested = /(?<![.\w])([a-z][A-Za-z0-9]*ToTerraform)\b/.exec(expr)?.[1];
    if (nested && depth < 12) {
      const at = text.indexOf(`function ${nested}(struct)`);
      block.blocks.set(key, at === -1 ? { attributes: new Set(), blocks: new Map(), opaque: new Set() } : blockOf(text, at, depth + 1));
    } else if (expr.includes('cdktf.anyToTerraform')) {
      block.opaque.add(key);
    } else {
      block.attributes.add(key);
    }
  }
  return block;
}

const cache = new Map<string, SchemaBlock>();

/** The schema of a resource (`aws_cloudfront_distribution`) or data source (`data.aws_...`). */
export function schemaOf(type: string, kind: 'resource' | 'data'): SchemaBlock {
  const key = `${kind}:${type}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const stem = type.replace(/^aws_/, '').replace(/_/g, '-');
  const dir = kind === 'data' ? `data-aws-${stem}` : stem;
  if (!readdirSync(LIB).includes(dir)) throw new Error(`the aws provider has no ${kind} ${type}`);
  const text = readFileSync(join(LIB, dir, 'index.js'), 'utf8');
  if (!text.includes(`tfResourceType = "${type}"`)) throw new Error(`lib/${dir} is not ${kind} ${type}`);
  const schema = blockOf(text, text.indexOf('synthesizeAttributes() {'));
  cache.set(key, schema);
  return schema;
}

/** Terraform meta-arguments, valid in every resource and data block. */
const META = new Set(['provider', 'for_each', 'count', 'depends_on', 'lifecycle']);

const isBlockList = (v: unknown): v is Record<string, unknown>[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x));

/** Names in `body` the schema does not have, as `path: problem`. */
export function unknownNames(body: Record<string, unknown>, schema: SchemaBlock, path: string, top = true): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if ((top && META.has(key)) || schema.opaque.has(key)) continue;
    const at = `${path}.${key}`;
    const nested = schema.blocks.get(key);
    if (isBlockList(value) && nested) {
      for (const item of value) problems.push(...unknownNames(item, nested, at, false));
    } else if (isBlockList(value) && !nested) {
      problems.push(`${at}: not a block of this type`);
    } else if (!schema.attributes.has(key)) {
      problems.push(`${at}: ${nested ? 'a block, written as an attribute' : 'no such attribute'}`);
    }
  }
  return problems;
}
