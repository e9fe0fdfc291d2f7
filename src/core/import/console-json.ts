/**
 * A distribution built in the console: the JSON that `aws cloudfront get-distribution-config --id ID`
 * (`{ ETag, DistributionConfig }`) or `aws cloudfront get-distribution --id ID`
 * (`{ ETag, Distribution: { Id, DomainName, DistributionConfig } }`) prints.
 *
 * The API's shape differs from CloudFormation's in three ways, undone here: lists are wrapped as
 * `{ Quantity, Items }`, a few keys are spelled differently (OriginSslProtocols, CustomHeaders,
 * IsIPV6Enabled, ACMCertificateArn, SSLSupportMethod), and unset values are present as "" / false /
 * Quantity 0. The result is a one-resource template that the template importer and linter read as
 * usual; every node keeps the path it came from, so findings point at the user's file (JSON pointers,
 * with line and column).
 */
import type { ConfigPath } from '../model/parse';
import type { CfnTemplate, Finding } from '../rules/types';
import { parseTemplateSource, type NodePath, type SourcePosition } from './source';

type Json = unknown;
type Obj = Record<string, Json>;

function isRecord(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The synthetic template's distribution logical ID. */
export const CONSOLE_DISTRIBUTION_ID = 'Distribution';
const PREFIX: NodePath = ['Resources', CONSOLE_DISTRIBUTION_ID, 'Properties', 'DistributionConfig'];

export interface ConsoleDistribution {
  /** `get-distribution` gives the ID; `get-distribution-config` does not. */
  id: string | null;
  domainName: string | null;
  /** Where DistributionConfig is in the file. */
  configPath: NodePath;
  config: Obj;
}

/** The DistributionConfig of a get-distribution(-config) output, or null when the value is not one. */
export function findConsoleDistribution(value: unknown): ConsoleDistribution | null {
  if (!isRecord(value)) return null;
  if (isRecord(value.Distribution) && isRecord(value.Distribution.DistributionConfig)) {
    const d = value.Distribution;
    return {
      id: typeof d.Id === 'string' ? d.Id : null,
      domainName: typeof d.DomainName === 'string' ? d.DomainName : null,
      configPath: ['Distribution', 'DistributionConfig'],
      config: d.DistributionConfig as Obj,
    };
  }
  if (isRecord(value.DistributionConfig)) return { id: null, domainName: null, configPath: ['DistributionConfig'], config: value.DistributionConfig };
  // The bare DistributionConfig (the --distribution-config file of create/update-distribution).
  if (isRecord(value.Origins) && 'Items' in value.Origins && 'DefaultCacheBehavior' in value) {
    return { id: null, domainName: null, configPath: [], config: value };
  }
  return null;
}

/** API spellings that CloudFormation writes differently. */
const RENAMED: Record<string, string> = {
  OriginSslProtocols: 'OriginSSLProtocols',
  CustomHeaders: 'OriginCustomHeaders',
  IsIPV6Enabled: 'IPV6Enabled',
  ACMCertificateArn: 'AcmCertificateArn',
  IAMCertificateId: 'IamCertificateId',
  SSLSupportMethod: 'SslSupportMethod',
};

/** Read-only or informational keys that a template does not have. */
const DROPPED = new Set(['CallerReference', 'Certificate', 'CertificateSource', 'Quantity']);

/** Keys whose "" means "not set" (CloudFormation leaves them out). */
const EMPTY_MEANS_UNSET = new Set([
  'OriginPath',
  'DefaultRootObject',
  'Comment',
  'WebACLId',
  'FieldLevelEncryptionId',
  'RealtimeLogConfigArn',
  'OriginAccessControlId',
  'ContinuousDeploymentPolicyId',
  'AnycastIpListId',
  'ResponsePagePath',
  'ResponseCode',
  'CachePolicyId',
  'OriginRequestPolicyId',
  'ResponseHeadersPolicyId',
]);

/** Keys that stay `{ Quantity, Items }` in CloudFormation too (origin groups). */
const KEEPS_QUANTITY = new Set(['OriginGroups', 'Members', 'StatusCodes']);

interface Converted {
  value: Json;
  /** Template path (below DistributionConfig) -> file path, for every node written. */
  paths: Map<string, NodePath>;
}

/** DistributionConfig in the API's shape -> CloudFormation's, with the origin of every node. */
export function toCloudFormationShape(config: Obj, configPath: NodePath): Converted {
  const paths = new Map<string, NodePath>();
  const record = (to: NodePath, from: NodePath) => paths.set(JSON.stringify(to), from);

  const convert = (value: Json, from: NodePath, to: NodePath, key: string | null): Json => {
    record(to, from);
    if (Array.isArray(value)) return value.map((v, i) => convert(v, [...from, i], [...to, i], null));
    if (!isRecord(value)) return value;
    // `{ Quantity, Items }` (and TrustedSigners' `Enabled`) -> the list; AllowedMethods also carries
    // CachedMethods and GeoRestriction its type: their parents handle them.
    const listOnly = Object.keys(value).every((k) => k === 'Quantity' || k === 'Items' || k === 'Enabled');
    if ('Quantity' in value && listOnly && !KEEPS_QUANTITY.has(key ?? '')) {
      const items = Array.isArray(value.Items) ? value.Items : [];
      return items.map((v, i) => convert(v, [...from, 'Items', i], [...to, i], null));
    }
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      if (DROPPED.has(k) && !(k === 'Quantity' && KEEPS_QUANTITY.has(key ?? ''))) continue;
      if (EMPTY_MEANS_UNSET.has(k) && v === '') continue;
      const name = RENAMED[k] ?? k;
      if (k === 'AllowedMethods' && isRecord(v)) {
        out.AllowedMethods = convert({ Quantity: v.Quantity, Items: v.Items }, [...from, k], [...to, 'AllowedMethods'], 'Methods');
        if (isRecord(v.CachedMethods)) out.CachedMethods = convert(v.CachedMethods, [...from, k, 'CachedMethods'], [...to, 'CachedMethods'], 'CachedMethods');
        continue;
      }
      if (k === 'Items' && key === 'GeoRestriction') {
        out.Locations = convert(v, [...from, k], [...to, 'Locations'], null);
        continue;
      }
      const converted = convert(v, [...from, k], [...to, name], k);
      if (Array.isArray(converted) && converted.length === 0) continue;
      out[name] = converted;
    }
    // Disabled features are present as `Enabled: false` in the API and absent in a template.
    if (key === 'Logging' && out.Enabled === false) return undefined;
    if (key === 'Logging') delete out.Enabled;
    if (key === 'OriginShield' && out.Enabled === false) return undefined;
    if (key === 'OriginGroups' && out.Quantity === 0) return undefined;
    if (key === 'Restrictions' && isRecord(out.GeoRestriction) && out.GeoRestriction.RestrictionType === 'none') return undefined;
    // SmoothStreaming false is the default: a template would not say it.
    if (out.SmoothStreaming === false) delete out.SmoothStreaming;
    if (key === 'ViewerCertificate' && out.CloudFrontDefaultCertificate === true) {
      // With the default certificate the API still reports vip / TLSv1, which a template would not set.
      delete out.SslSupportMethod;
      delete out.MinimumProtocolVersion;
    }
    // Custom error responses: the API gives ResponseCode as a string, CloudFormation as a number.
    if (key === null && 'ErrorCode' in out && typeof out.ResponseCode === 'string') out.ResponseCode = Number(out.ResponseCode);
    if (key === 'DistributionConfig' && out.Staging === false) delete out.Staging;
    for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
    return out;
  };

  const value = convert(config, configPath, [], 'DistributionConfig');
  return { value, paths };
}

/** `/DistributionConfig/Origins/Items/0/OriginPath` (RFC 6901). */
export function jsonPointer(path: NodePath): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export interface ConsoleTemplate {
  template: CfnTemplate;
  distribution: ConsoleDistribution;
  /** Line and column in the user's file of a node of the synthetic template. */
  locate: (templatePath: NodePath) => SourcePosition | undefined;
  /** The file path a template path came from (nearest mapped ancestor). */
  sourcePathOf: (templatePath: NodePath) => NodePath | undefined;
}

/** A parsed get-distribution(-config) value -> a one-distribution CloudFormation template. */
export function consoleTemplate(distribution: ConsoleDistribution, locateInFile: (p: NodePath) => SourcePosition | undefined): ConsoleTemplate {
  const { value, paths } = toCloudFormationShape(distribution.config, distribution.configPath);
  const template: CfnTemplate = {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { [CONSOLE_DISTRIBUTION_ID]: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: value } } },
  } as CfnTemplate;
  const sourcePathOf = (templatePath: NodePath): NodePath | undefined => {
    const isUnder = PREFIX.every((p, i) => templatePath[i] === p);
    const below = isUnder ? templatePath.slice(PREFIX.length) : [];
    for (let n = below.length; n >= 0; n--) {
      const found = paths.get(JSON.stringify(below.slice(0, n)));
      if (found) return found;
    }
    return distribution.configPath;
  };
  return {
    template,
    distribution,
    sourcePathOf,
    locate: (templatePath) => {
      const from = sourcePathOf(templatePath);
      return from ? locateInFile(from) : undefined;
    },
  };
}

export type ReadConsole = { ok: true; console: ConsoleTemplate } | { ok: false; message: string; line?: number; column?: number } | null;

/** Text -> console template; null when the text is not get-distribution(-config) output. */
export function readConsoleDistribution(text: string, fileName?: string): ReadConsole {
  const source = parseTemplateSource(text, fileName);
  if (!source.ok) return null;
  const found = findConsoleDistribution(source.value);
  if (!found) return null;
  if (!isRecord(found.config.Origins) || !isRecord(found.config.DefaultCacheBehavior)) {
    return { ok: false, message: 'the DistributionConfig has no Origins or DefaultCacheBehavior: is it the whole get-distribution-config output?' };
  }
  return { ok: true, console: consoleTemplate(found, source.locate) };
}

/** The JSON pointer in the user's file that a finding is about. */
export function findingPointer(finding: Finding, console: ConsoleTemplate, locateConfigPath?: (path: ConfigPath) => { propertyPath: readonly (string | number)[] } | undefined): string {
  const loc = finding.location;
  if ('logicalId' in loc) return jsonPointer(console.sourcePathOf(['Resources', loc.logicalId, 'Properties', ...loc.propertyPath]) ?? []);
  const mapped = locateConfigPath?.(loc.configPath);
  if (mapped) return jsonPointer(console.sourcePathOf(['Resources', CONSOLE_DISTRIBUTION_ID, 'Properties', ...mapped.propertyPath]) ?? []);
  return jsonPointer(console.distribution.configPath);
}
