/**
 * validateTemplate: check every resource of a CloudFormation template against its registry schema
 * (schemas/README.md), plus the cfn-lint extensions that matter (exactly one viewer certificate kind,
 * HostedZoneId xor HostedZoneName, S3 xor custom origin config) and that every Ref / GetAtt points at
 * something that exists. Heavy (Ajv + schemas): the UI loads this module on demand.
 *
 * Schema validity is necessary, not sufficient: what AWS rejects beyond the schemas is the rules' job.
 */
import { Ajv2019, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import type { CfnTemplate } from '../model/cfn-template';
import certificate from './schemas/AWS-CertificateManager-Certificate.json';
import cachePolicy from './schemas/AWS-CloudFront-CachePolicy.json';
import distribution from './schemas/AWS-CloudFront-Distribution.json';
import cfFunction from './schemas/AWS-CloudFront-Function.json';
import originAccessControl from './schemas/AWS-CloudFront-OriginAccessControl.json';
import originRequestPolicy from './schemas/AWS-CloudFront-OriginRequestPolicy.json';
import responseHeadersPolicy from './schemas/AWS-CloudFront-ResponseHeadersPolicy.json';
import recordSet from './schemas/AWS-Route53-RecordSet.json';
import bucketPolicy from './schemas/AWS-S3-BucketPolicy.json';
import webAcl from './schemas/AWS-WAFv2-WebACL.json';
import webAclAssociation from './schemas/AWS-WAFv2-WebACLAssociation.json';

export interface TemplateProblem {
  /** Logical ID, or "" for the template itself. */
  resource: string;
  /** Path inside the resource, from `Properties` (`['Properties', 'DistributionConfig', 'Origins', 0]`). */
  path: (string | number)[];
  message: string;
}

const SCHEMAS: Record<string, object> = {
  'AWS::CertificateManager::Certificate': certificate,
  'AWS::CloudFront::CachePolicy': cachePolicy,
  'AWS::CloudFront::Distribution': distribution,
  'AWS::CloudFront::Function': cfFunction,
  'AWS::CloudFront::OriginAccessControl': originAccessControl,
  'AWS::CloudFront::OriginRequestPolicy': originRequestPolicy,
  'AWS::CloudFront::ResponseHeadersPolicy': responseHeadersPolicy,
  'AWS::Route53::RecordSet': recordSet,
  'AWS::S3::BucketPolicy': bucketPolicy,
  'AWS::WAFv2::WebACL': webAcl,
  'AWS::WAFv2::WebACLAssociation': webAclAssociation,
};

/** Resource types this validator has schemas for. */
export const VALIDATED_TYPES: readonly string[] = Object.keys(SCHEMAS).sort();

const INTRINSIC_DEF = '__apifrontIntrinsic';
const INTRINSIC_MARK = 'apifront: value or intrinsic function';
/** `{ Ref: x }`, `{ 'Fn::Sub': ... }`, `{ Condition: x }`: one key. */
const INTRINSIC_SCHEMA = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  patternProperties: { '^(Ref|Condition|Fn::[A-Za-z0-9]+)$': {} },
  additionalProperties: false,
};

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Let an intrinsic function stand wherever the schema expects a value: every subschema becomes
 * `anyOf: [subschema, intrinsic]`. The root stays as it is (Properties itself is never an intrinsic).
 */
function allowIntrinsics(schema: unknown, isRoot = false): unknown {
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = { ...schema };
  for (const key of SCHEMA_MAPS) {
    const map = out[key];
    if (isObject(map)) {
      out[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, key === 'definitions' ? allowIntrinsicsInside(v) : allowIntrinsics(v)]));
    }
  }
  for (const key of SCHEMA_LISTS) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.map((s) => allowIntrinsicsInside(s));
  }
  for (const key of SCHEMA_SINGLES) {
    const single = out[key];
    if (isObject(single)) out[key] = allowIntrinsics(single);
  }
  if (isRoot) {
    const definitions = isObject(out.definitions) ? out.definitions : {};
    return { ...out, definitions: { ...definitions, [INTRINSIC_DEF]: INTRINSIC_SCHEMA } };
  }
  return { anyOf: [out, { $ref: `#/definitions/${INTRINSIC_DEF}` }], $comment: INTRINSIC_MARK };
}

/** Definitions and branches are wrapped where they are used, not twice. */
function allowIntrinsicsInside(schema: unknown): unknown {
  const wrapped = allowIntrinsics(schema);
  if (isObject(wrapped) && wrapped.$comment === INTRINSIC_MARK && Array.isArray(wrapped.anyOf)) return wrapped.anyOf[0];
  return wrapped;
}

function isIntrinsic(value: unknown): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && /^(Ref|Condition|Fn::[A-Za-z0-9]+)$/.test(keys[0] as string);
}

let ajv: Ajv2019 | undefined;
const compiled = new Map<string, ValidateFunction>();

function getAjv(): Ajv2019 {
  if (ajv) return ajv;
  ajv = new Ajv2019({ strict: false, validateFormats: false, allErrors: true, verbose: true });
  // cfn-lint extension: exactly one of these properties (intrinsics count as present).
  ajv.addKeyword({
    keyword: 'requiredXor',
    type: 'object',
    schemaType: 'array',
    errors: true,
    validate: function requiredXor(this: unknown, names: string[], data: Record<string, unknown>) {
      const present = names.filter((n) => data[n] !== undefined);
      if (present.length === 1) return true;
      (requiredXor as unknown as { errors: Partial<ErrorObject>[] }).errors = [
        {
          keyword: 'requiredXor',
          message:
            present.length === 0
              ? `needs exactly one of ${names.join(', ')}; none is set`
              : `needs exactly one of ${names.join(', ')}; ${present.join(' and ')} are set`,
          params: {},
        },
      ];
      return false;
    },
  });
  // cfn-lint extension: when a property is present, these must not be.
  ajv.addKeyword({
    keyword: 'dependentExcluded',
    type: 'object',
    schemaType: 'object',
    errors: true,
    validate: function dependentExcluded(this: unknown, rules: Record<string, string[]>, data: Record<string, unknown>) {
      const pairs = new Set(
        Object.entries(rules).flatMap(([name, excluded]) =>
          data[name] === undefined ? [] : excluded.filter((e) => data[e] !== undefined).map((e) => [name, e].sort().join(' and ')),
        ),
      );
      if (pairs.size === 0) return true;
      (dependentExcluded as unknown as { errors: Partial<ErrorObject>[] }).errors = [
        { keyword: 'dependentExcluded', message: `${[...pairs].join('; ')} cannot be set together`, params: {} },
      ];
      return false;
    },
  });
  return ajv;
}

function validatorFor(type: string): ValidateFunction | undefined {
  const schema = SCHEMAS[type];
  if (!schema) return undefined;
  let fn = compiled.get(type);
  if (!fn) {
    const { $schema: _ignored, $id: _id, ...rest } = schema as Record<string, unknown>;
    void _ignored;
    void _id;
    fn = getAjv().compile(allowIntrinsics(rest, true) as AnySchemaObject);
    compiled.set(type, fn);
  }
  return fn;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property "${String(params.additionalProperty)}"`;
    case 'required':
      return `missing required property "${String(params.missingProperty)}"`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(error.data)}`;
    case 'type':
      return `must be ${String(params.type)}; got ${JSON.stringify(error.data)}`;
    case 'pattern':
      return `${JSON.stringify(error.data)} does not match ${String(params.pattern)}`;
    case 'dependentRequired':
      return `${String(params.property)} needs ${String(params.missingProperty)}`;
    default:
      return `${error.message ?? 'is invalid'}${error.data !== undefined && typeof error.data !== 'object' ? `; got ${JSON.stringify(error.data)}` : ''}`;
  }
}

/** Errors that only say "not an intrinsic either" or come from the wrapper are noise. */
function isWrapperNoise(error: ErrorObject): boolean {
  if (error.schemaPath.includes(INTRINSIC_DEF)) return true;
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  return error.keyword === 'anyOf' && parent?.$comment === INTRINSIC_MARK;
}

function validateProperties(logicalId: string, type: string, properties: unknown): TemplateProblem[] {
  const validate = validatorFor(type);
  if (!validate) return [];
  if (properties !== undefined && !isObject(properties)) {
    return [{ resource: logicalId, path: ['Properties'], message: 'Properties must be an object' }];
  }
  if (validate(properties ?? {})) return [];
  const seen = new Set<string>();
  const problems: TemplateProblem[] = [];
  for (const error of validate.errors ?? []) {
    if (isWrapperNoise(error)) continue;
    const path = ['Properties', ...pointerToPath(error.instancePath)];
    const message = describe(error);
    const key = `${path.join('.')}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ resource: logicalId, path, message });
  }
  return problems;
}

/** Every `Ref` and `Fn::GetAtt` target must be a parameter, a resource or a pseudo parameter. */
function checkReferences(template: CfnTemplate): TemplateProblem[] {
  const known = new Set([...Object.keys(template.Parameters ?? {}), ...Object.keys(template.Resources)]);
  const problems: TemplateProblem[] = [];
  const walk = (node: unknown, resource: string, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, resource, [...path, i]));
      return;
    }
    if (!isObject(node)) return;
    if (isIntrinsic(node)) {
      const [key, arg] = Object.entries(node)[0] as [string, unknown];
      if (key === 'Ref' && typeof arg === 'string' && !arg.startsWith('AWS::') && !known.has(arg)) {
        problems.push({ resource, path, message: `Ref to "${arg}", which is neither a parameter nor a resource` });
      }
      if (key === 'Fn::GetAtt') {
        const target = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
        if (typeof target === 'string' && !(target in template.Resources)) {
          problems.push({ resource, path, message: `GetAtt of "${target}", which is not a resource of this template` });
        }
      }
      if (key === 'Fn::Sub' && typeof arg === 'string') {
        for (const m of arg.matchAll(/\$\{([^}!][^}]*)\}/g)) {
          const name = (m[1] as string).split('.')[0] as string;
          if (!name.startsWith('AWS::') && !known.has(name)) {
            problems.push({ resource, path, message: `Sub refers to "${name}", which is neither a parameter nor a resource` });
          }
        }
      }
    }
    for (const [k, v] of Object.entries(node)) walk(v, resource, [...path, k]);
  };
  for (const [id, resource] of Object.entries(template.Resources)) walk(resource, id, []);
  walk(template.Outputs, '', ['Outputs']);
  return problems;
}

/**
 * Validate a template object (JSON form: intrinsics as `{ Ref }` / `{ 'Fn::GetAtt' }` objects).
 * Resources of types without a bundled schema are only checked for their references. Never throws.
 */
export function validateTemplate(template: unknown): TemplateProblem[] {
  if (!isObject(template)) return [{ resource: '', path: [], message: 'a template is a JSON/YAML object' }];
  if (!isObject(template.Resources) || Object.keys(template.Resources).length === 0) {
    return [{ resource: '', path: ['Resources'], message: 'a template needs a Resources section with at least one resource' }];
  }
  const problems: TemplateProblem[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (!/^[A-Za-z0-9]{1,255}$/.test(logicalId)) {
      problems.push({ resource: logicalId, path: [], message: 'logical IDs are alphanumeric (A-Z, a-z, 0-9)' });
    }
    if (!isObject(resource) || typeof resource.Type !== 'string') {
      problems.push({ resource: logicalId, path: ['Type'], message: 'every resource needs a Type' });
      continue;
    }
    problems.push(...validateProperties(logicalId, resource.Type, resource.Properties));
  }
  problems.push(...checkReferences(template as CfnTemplate));
  return problems;
}
