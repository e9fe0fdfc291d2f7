/**
 * Small, pure helpers for template-target rules: find resources, tell intrinsics from literals,
 * resolve a `Ref` to a parameter's default, and build a template location with line/column.
 * Shared by every template rule (AF1xx-AF6xx); keep the API backwards-compatible.
 */
import { Resolver } from '../import/resolve';
import type { CfnTemplate, TemplateInput, TemplateLocation } from './types';

/** The evaluator the importer uses too; it keeps no per-template state worth caching. */
function resolverFor(template: CfnTemplate): Resolver {
  return new Resolver(template);
}

export type PropertyPath = readonly (string | number)[];

/** One resource of a template with its logical ID and its `Properties` (empty object when absent). */
export interface ResourceRef {
  logicalId: string;
  type: string;
  properties: Record<string, unknown>;
}

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True for an intrinsic function or a `Ref`: an object with exactly one key that is `Ref`,
 * `Condition` or starts with `Fn::`. Rules cannot judge such a value literally.
 */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0] ?? '';
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** The target name of `{ Ref: name }`, else undefined. */
export function refName(value: unknown): string | undefined {
  if (!isIntrinsic(value)) return undefined;
  const ref = value.Ref;
  return typeof ref === 'string' ? ref : undefined;
}

/** True when the value is `{ Ref: P }` and `P` is one of the template's Parameters. */
export function isParameterRef(template: CfnTemplate, value: unknown): boolean {
  const name = refName(value);
  return name !== undefined && template.Parameters?.[name] !== undefined;
}

/** A template string that is a dynamic reference (`{{resolve:secretsmanager:...}}`, `{{resolve:ssm-secure:...}}`). */
export function isDynamicReference(value: unknown): boolean {
  return typeof value === 'string' && /\{\{resolve:[a-z-]+:/.test(value);
}

/**
 * The literal value a node stands for, through the symbolic evaluator: a plain value as it is, an
 * intrinsic (Ref to a parameter's Default, Sub, Join, Select, If, FindInMap ...) when every piece
 * is known. Undefined when any piece is known only at deploy time: a parameter without Default,
 * a resource attribute, an import, a Serverless `${...}` variable or a `{{resolve:...}}` dynamic
 * reference, so no rule ever judges a placeholder.
 */
export function resolveValue(template: CfnTemplate, value: unknown): unknown {
  if (typeof value === 'string') {
    const text = resolverFor(template).literal(value);
    return text.known ? text.value : undefined;
  }
  if (!isIntrinsic(value)) return value;
  const resolved = resolverFor(template).literal(value);
  return resolved.known ? resolved.value : undefined;
}

/** resolveValue narrowed to a string (undefined when unknown or not a string). */
export function resolveString(template: CfnTemplate, value: unknown): string | undefined {
  const resolved = resolveValue(template, value);
  return typeof resolved === 'string' ? resolved : undefined;
}

/** resolveValue narrowed to a number; numeric strings (`"30"`, as YAML and parameters give them) count. */
export function resolveNumber(template: CfnTemplate, value: unknown): number | undefined {
  const resolved = resolveValue(template, value);
  if (typeof resolved === 'number') return resolved;
  if (typeof resolved === 'string' && resolved.trim() !== '' && Number.isFinite(Number(resolved))) return Number(resolved);
  return undefined;
}

/** resolveValue narrowed to a boolean; `"true"` / `"false"` strings count. */
export function resolveBoolean(template: CfnTemplate, value: unknown): boolean | undefined {
  const resolved = resolveValue(template, value);
  if (typeof resolved === 'boolean') return resolved;
  if (resolved === 'true' || resolved === 'false') return resolved === 'true';
  return undefined;
}

/** The value at `path` inside `root` (object keys and array indexes), undefined when any step is missing. */
export function getAt(root: unknown, path: PropertyPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[key];
    } else {
      if (!isRecord(node)) return undefined;
      node = node[key];
    }
  }
  return node;
}

/** The array at `value`, or [] when it is not an array (missing or an intrinsic). */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Every resource of the given type (`AWS::CloudFront::Distribution`), in template order. */
export function resourcesOfType(template: CfnTemplate, type: string): ResourceRef[] {
  const resources = isRecord(template.Resources) ? template.Resources : {};
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (!isRecord(resource) || resource.Type !== type) return [];
    const properties = isRecord(resource.Properties) ? resource.Properties : {};
    return [{ logicalId, type, properties }];
  });
}

/** Every resource whose type is one of `types`, in template order. */
export function resourcesOfTypes(template: CfnTemplate, types: readonly string[]): ResourceRef[] {
  const resources = isRecord(template.Resources) ? template.Resources : {};
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (!isRecord(resource) || typeof resource.Type !== 'string' || !types.includes(resource.Type)) return [];
    const properties = isRecord(resource.Properties) ? resource.Properties : {};
    return [{ logicalId, type: resource.Type, properties }];
  });
}

/** A CloudFront distribution and its `DistributionConfig` (empty object when absent). */
export interface DistributionRef extends ResourceRef {
  config: Record<string, unknown>;
}

/** Every `AWS::CloudFront::Distribution` with its DistributionConfig. */
export function distributions(template: CfnTemplate): DistributionRef[] {
  return resourcesOfType(template, 'AWS::CloudFront::Distribution').map((r) => ({
    ...r,
    config: isRecord(r.properties.DistributionConfig) ? r.properties.DistributionConfig : {},
  }));
}

/**
 * A finding location in a template: logical ID, the property path below `Properties`, and the
 * line/column from `input.locate` when the template came with positions (falls back to the nearest
 * located ancestor, so a missing property points at its parent).
 */
export function templateLocation(input: TemplateInput, logicalId: string, propertyPath: PropertyPath = []): TemplateLocation {
  const location: TemplateLocation = { kind: 'template', logicalId, propertyPath: [...propertyPath] };
  if (!input.locate) return location;
  for (let n = propertyPath.length; n >= 0; n--) {
    const position = input.locate(['Resources', logicalId, ...(n > 0 ? ['Properties', ...propertyPath.slice(0, n)] : [])]);
    if (position) return { ...location, line: position.line, column: position.column };
  }
  return location;
}

/** Distribution aliases that are literal strings (intrinsics and parameters without defaults are skipped). */
export function literalAliases(template: CfnTemplate, distribution: DistributionRef): string[] {
  return asArray(distribution.config.Aliases)
    .map((a) => resolveString(template, a))
    .filter((a): a is string => a !== undefined);
}

/** The logical ID `X` of `{ 'Fn::GetAtt': ['X', attr] }` or `{ 'Fn::GetAtt': 'X.attr' }`, with the attribute. */
export function getAttTarget(value: unknown): { logicalId: string; attribute: string } | undefined {
  if (!isIntrinsic(value)) return undefined;
  const arg = value['Fn::GetAtt'];
  if (Array.isArray(arg) && typeof arg[0] === 'string' && typeof arg[1] === 'string') return { logicalId: arg[0], attribute: arg[1] };
  if (typeof arg === 'string' && arg.includes('.')) {
    const dot = arg.indexOf('.');
    return { logicalId: arg.slice(0, dot), attribute: arg.slice(dot + 1) };
  }
  return undefined;
}

/**
 * The resources a value names: `!GetAtt Bucket.DomainName`, `!Sub ${Bucket}.s3.amazonaws.com`,
 * `!Join ['', [!Ref Bucket, '.s3.amazonaws.com']]` all name `Bucket` (parameters and pseudo
 * parameters are not resources).
 */
export function referencedResources(template: CfnTemplate, value: unknown): string[] {
  const sym = resolverFor(template).sym(value);
  if (!sym.known) return [];
  const ids = sym.value.flatMap((part) => (typeof part === 'object' && !part.hole && resourceType(template, part.ref) !== undefined ? [part.ref] : []));
  return [...new Set(ids)];
}

/** The type of a resource by logical ID, undefined when it is not in the template. */
export function resourceType(template: CfnTemplate, logicalId: string): string | undefined {
  const resource = isRecord(template.Resources) ? template.Resources[logicalId] : undefined;
  return isRecord(resource) && typeof resource.Type === 'string' ? resource.Type : undefined;
}

const EXECUTE_API_HOST = /\.execute-api\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\.?$/;
const API_DOMAIN_TYPES = ['AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::DomainName', 'AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'];

/**
 * True when an origin `DomainName` is an API Gateway host: a literal or parameter default ending in
 * `.execute-api.<region>.amazonaws.com`, an `Fn::Sub` / `Fn::Join` that builds one, or a `GetAtt` of an
 * API Gateway domain name or API resource.
 */
export function isApiGatewayDomain(template: CfnTemplate, value: unknown): boolean {
  const literal = resolveString(template, value);
  if (literal !== undefined) return EXECUTE_API_HOST.test(literal.toLowerCase());
  const target = getAttTarget(value);
  if (target) return API_DOMAIN_TYPES.includes(resourceType(template, target.logicalId) ?? '');
  return isIntrinsic(value) && JSON.stringify(value).includes('.execute-api.');
}

/** One Route 53 record: a standalone `AWS::Route53::RecordSet` or an entry of a `RecordSetGroup`. */
export interface RecordRef {
  /** The resource holding it. */
  logicalId: string;
  /** Path of the record below the resource's `Properties` ([] for a RecordSet, ['RecordSets', i] in a group). */
  path: PropertyPath;
  record: Record<string, unknown>;
  /** The group's properties when the record sits in a RecordSetGroup. */
  group?: Record<string, unknown>;
}

/** Every Route 53 record of the template, standalone or grouped, in template order. */
export function route53Records(template: CfnTemplate): RecordRef[] {
  return resourcesOfTypes(template, ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup']).flatMap((r): RecordRef[] => {
    if (r.type === 'AWS::Route53::RecordSet') return [{ logicalId: r.logicalId, path: [], record: r.properties }];
    return asArray(r.properties.RecordSets).flatMap((record, i) =>
      isRecord(record) ? [{ logicalId: r.logicalId, path: ['RecordSets', i], record, group: r.properties }] : [],
    );
  });
}

/**
 * The distribution an alias record points at: the logical ID for `GetAtt <Distribution>.DomainName`,
 * `'external'` for a literal `*.cloudfront.net` name, undefined when the target is not CloudFront
 * (or the record is not an alias).
 */
export function cloudFrontAliasTarget(template: CfnTemplate, record: Record<string, unknown>): string | undefined {
  const alias = record.AliasTarget;
  if (!isRecord(alias)) return undefined;
  const target = getAttTarget(alias.DNSName);
  if (target) return resourceType(template, target.logicalId) === 'AWS::CloudFront::Distribution' ? target.logicalId : undefined;
  const literal = resolveString(template, alias.DNSName);
  return literal !== undefined && /\.cloudfront\.net\.?$/i.test(literal) ? 'external' : undefined;
}

/**
 * An origin's ID for messages: the literal ID, or `Origins[j]` when it is an expression
 * (`!Ref Bucket`), so a message never reads "[object Object]".
 */
export function originIdLabel(template: CfnTemplate, origin: Record<string, unknown>, index: number): string {
  return resolveString(template, origin.Id) ?? `Origins[${index}]`;
}
