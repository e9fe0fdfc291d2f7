/**
 * Test support: reduce a CloudFormation template (apifront's render, or a template CDK synthesized) to
 * what the distribution and its companions DO, so two templates built differently compare equal when
 * they deploy the same thing. Intrinsics are resolved (parameters to their defaults, the stack name,
 * mappings, references to policies and functions to those resources' canonical content); logical IDs,
 * tags and metadata are dropped. Each normalisation below stands for a listed, explained difference.
 */

type Json = unknown;
type Template = Record<string, unknown>;
type Resource = { Type: string; Properties?: Record<string, unknown> };

export interface CanonicalStack {
  distribution: Record<string, Json> | null;
  certificates: Json[];
  records: Json[];
  webAcls: Json[];
  associations: Json[];
}

export const SECRET = '<secret>';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function canonicalStack(template: Template, stackName: string): CanonicalStack {
  const resources = (template.Resources ?? {}) as Record<string, Resource>;
  const parameters = (template.Parameters ?? {}) as Record<string, { Default?: string; NoEcho?: boolean | string }>;
  const mappings = (template.Mappings ?? {}) as Record<string, Record<string, Record<string, unknown>>>;

  const resolveRef = (name: string): Json => {
    if (name === 'AWS::StackName') return stackName;
    if (name === 'AWS::Partition') return 'aws';
    if (name === 'AWS::URLSuffix') return 'amazonaws.com';
    const p = parameters[name];
    // Difference 1: the verify secret is a NoEcho parameter in the template, a Secrets Manager reference in CDK.
    if (p) return p.NoEcho === true || p.NoEcho === 'true' ? SECRET : (p.Default ?? `<parameter ${name}>`);
    const r = resources[name];
    if (r) return resourceContent(r);
    return `<unknown ${name}>`;
  };

  /** A referenced policy, function or certificate stands for its content (logical IDs differ). */
  const resourceContent = (r: Resource): Json => {
    switch (r.Type) {
      case 'AWS::CloudFront::CachePolicy':
      case 'AWS::CloudFront::OriginRequestPolicy':
      case 'AWS::CloudFront::Function':
      case 'AWS::CertificateManager::Certificate':
        return { [r.Type]: resolve(dropTags(r.Properties ?? {})) };
      default:
        return `<${r.Type}>`;
    }
  };

  const resolveSub = (text: string): string =>
    text.replace(/\$\{([^}]+)\}/g, (_m, name: string) => {
      const [id, attribute] = name.split('.');
      const v = attribute !== undefined ? `<${resources[id as string]?.Type ?? id}.${attribute}>` : resolveRef(id as string);
      return typeof v === 'string' ? v : JSON.stringify(v);
    });

  const resolve = (v: Json): Json => {
    if (typeof v === 'string') return v.includes('{{resolve:secretsmanager:') ? SECRET : v;
    if (Array.isArray(v)) return v.map(resolve);
    if (!isRecord(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1) {
      const [k] = keys as [string];
      const arg = v[k];
      if (k === 'Ref') return resolveRef(arg as string);
      if (k === 'Fn::GetAtt') {
        const [id, attribute] = arg as [string, string];
        const r = resources[id];
        // A function association's ARN stands for the function's content.
        if (r?.Type === 'AWS::CloudFront::Function' && attribute === 'FunctionARN') return resourceContent(r);
        return `<${r?.Type ?? id}.${attribute}>`;
      }
      if (k === 'Fn::Sub') return resolveSub(typeof arg === 'string' ? arg : String((arg as unknown[])[0]));
      if (k === 'Fn::FindInMap') {
        const [map, top, second] = (arg as Json[]).map(resolve) as [string, string, string];
        return mappings[map]?.[top]?.[second] ?? `<map ${map}>`;
      }
      if (k === 'Fn::Join') {
        const [sep, parts] = arg as [string, Json[]];
        const resolved = parts.map(resolve);
        return resolved.every((p) => typeof p === 'string') ? resolved.join(sep) : { 'Fn::Join': [sep, resolved] };
      }
    }
    const out: Record<string, Json> = {};
    for (const [k, val] of Object.entries(v)) out[k] = resolve(val);
    return out;
  };

  const of = (type: string) => Object.values(resources).filter((r) => r.Type === type);
  const dist = of('AWS::CloudFront::Distribution')[0];
  return {
    distribution: dist ? canonicalDistribution(resolve((dist.Properties ?? {}).DistributionConfig) as Record<string, Json>) : null,
    certificates: of('AWS::CertificateManager::Certificate').map((r) => resolve(dropTags(r.Properties ?? {}))),
    records: of('AWS::Route53::RecordSet')
      .map((r) => canonicalRecord(resolve(r.Properties ?? {}) as Record<string, Json>))
      .sort(byJson),
    // Resource order carries no meaning: two lock-downs in one Region may come in either order.
    webAcls: of('AWS::WAFv2::WebACL').map((r) => resolve(r.Properties ?? {})).sort(byJson),
    associations: of('AWS::WAFv2::WebACLAssociation').map((r) => resolve(r.Properties ?? {})).sort(byJson),
  };
}

/** JSON with object keys sorted: the same content always gives the same text, whatever the key order. */
export function sortedJson(value: Json): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const byJson = (a: Json, b: Json) => sortedJson(a).localeCompare(sortedJson(b));

function dropTags(props: Record<string, unknown>): Record<string, unknown> {
  const { Tags: _tags, ...rest } = props;
  return rest;
}

/** Difference 3: CDK writes fully qualified record names (trailing dot) and leaves EvaluateTargetHealth at its default (false). */
export function canonicalRecord(r: Record<string, Json>): Json {
  const alias = isRecord(r.AliasTarget) ? { EvaluateTargetHealth: false, ...r.AliasTarget } : undefined;
  return { ...r, Name: String(r.Name).replace(/\.$/, ''), ...(alias ? { AliasTarget: alias } : {}) };
}

function canonicalBehavior(b: Record<string, Json>): Record<string, Json> {
  const out = { ...b };
  // Methods are sets for CloudFront.
  for (const k of ['AllowedMethods', 'CachedMethods']) if (Array.isArray(out[k])) out[k] = [...(out[k] as string[])].sort();
  return out;
}

export function canonicalDistribution(d: Record<string, Json>): Record<string, Json> {
  // Difference 2: with no certificate CDK leaves ViewerCertificate out, which is CloudFront's default certificate.
  const out: Record<string, Json> = { ViewerCertificate: { CloudFrontDefaultCertificate: true }, ...d };
  if (Array.isArray(out.Origins)) {
    // Difference 4: CDK adds origins through behaviors, so an origin no behavior targets is not there.
    const used = new Set(
      [out.DefaultCacheBehavior, ...(Array.isArray(out.CacheBehaviors) ? out.CacheBehaviors : [])].map((b) => (isRecord(b) ? b.TargetOriginId : undefined)),
    );
    out.Origins = (out.Origins as Record<string, Json>[]).filter((o) => used.has(o.Id)).map((o) => {
      const { OriginAccessControlId: _oac, ...rest } = o;
      return rest;
    }).sort((a, b) => String(a.Id).localeCompare(String(b.Id)));
  }
  if (isRecord(out.DefaultCacheBehavior)) out.DefaultCacheBehavior = canonicalBehavior(out.DefaultCacheBehavior);
  if (Array.isArray(out.CacheBehaviors)) out.CacheBehaviors = (out.CacheBehaviors as Record<string, Json>[]).map(canonicalBehavior);
  return out;
}
