/**
 * deriveSettings(config): a plain, fully explicit description of everything the distribution (and its
 * companion resources) will be. The CloudFormation renderer and the console-instructions renderer are
 * both fed from this one object, so the template and the click-by-click steps cannot drift.
 *
 * Everything AWS would otherwise default (origin TLS protocols, HTTP version, error caching TTLs...) is
 * spelled out here. Values that must not be baked into a template (the verify-header secret, the
 * certificate ARN, the user's hosted zone) are `ValueRef`s to parameters; resources created next to the
 * distribution are referenced by logical ID. Logical IDs derive from origin IDs and path-pattern slugs,
 * never from list positions, so re-rendering after an edit updates resources instead of replacing them.
 */
import {
  allBehaviors,
  allowedMethods,
  cachedMethods,
  effectiveIntegrationTimeout,
  DEFAULT_VERIFY_HEADER,
  effectiveOriginPath,
  effectiveVerifyHeader,
  originDomainName,
  s3Access,
  s3BucketName,
  slug,
  type HttpMethod,
} from '../model/derive';
import {
  MANAGED_CACHE_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_RESPONSE_HEADERS_POLICIES,
  type ManagedCachePolicyName,
  type ManagedOriginRequestPolicyName,
  type ManagedResponseHeadersPolicyName,
} from '../model/managed-policies';
import { LOCKDOWN_STACK_SUFFIX, stackBaseName } from '../model/names';
import { looksLikeSecretHeader } from '../share/secret-headers';
import type {
  AnyBehavior,
  ApiGatewayOrigin,
  ApifrontConfig,
  CustomCachePolicy,
  CustomOriginRequestPolicy,
  Origin,
  PricingPlan,
} from '../model/schema';
import { functionCode, functionRewritesOf, stripPrefixIgnored } from '../request/rewrites';
import { CLOUDFRONT_HOSTED_ZONE_ID, MAIN_REGION, RECOMMENDED_TLS_POLICY } from '../model/constants';

export { CLOUDFRONT_HOSTED_ZONE_ID, MAIN_REGION, RECOMMENDED_TLS_POLICY };

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** A value that is not a literal: a template parameter, or an attribute of a resource in the template. */
export type ValueRef =
  | { kind: 'parameter'; name: string }
  /** `attribute` absent = `!Ref` of the resource. */
  | { kind: 'resource'; logicalId: string; attribute?: string };

export type Value<T> = T | ValueRef;

export function isValueRef(value: unknown): value is ValueRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    ((value as ValueRef).kind === 'parameter' || (value as ValueRef).kind === 'resource')
  );
}

export const DISTRIBUTION_LOGICAL_ID = 'Distribution';
export const CERTIFICATE_LOGICAL_ID = 'Certificate';

export interface OriginHeaderSettings {
  name: string;
  /** A literal, or a parameter for the verify-header secret. */
  value: Value<string>;
  /** True for the shared-secret verify header. */
  isVerifyHeader: boolean;
}

export interface CustomOriginConfigSettings {
  protocolPolicy: 'https-only' | 'http-only' | 'match-viewer';
  /** A list, not a minimum (fact 73); always explicit because the schema default is [TLSv1, SSLv3] (fact 74). */
  sslProtocols: ('TLSv1.2' | 'TLSv1.1' | 'TLSv1' | 'SSLv3')[];
  httpPort: number;
  httpsPort: number;
  /** OriginReadTimeout, seconds (fact 76). */
  readTimeout: number;
  /** OriginKeepaliveTimeout, seconds (fact 78). */
  keepAliveTimeout: number;
  /** `IpAddressType` (fact 174); null = not set (CloudFront's default). */
  ipAddressType: 'ipv4' | 'ipv6' | 'dualstack' | null;
  /** `OriginMtlsConfig.ClientCertificateArn` (fact 169); null = no origin mTLS. */
  mtlsClientCertificateArn: string | null;
}

export interface ApiOriginFacts {
  kind: 'rest' | 'http';
  apiId: string;
  region: string;
  stage: string;
  endpoint: 'regional' | 'edge' | 'private';
  /** Seconds (fact 80). */
  integrationTimeout: number;
  customDomain: string | null;
  /** REST response streaming (fact 166). */
  responseStreaming: boolean;
}

export interface OriginSettings {
  /** CloudFront `Origins[].Id` = the config's origin ID. */
  id: string;
  /** PascalCase stem for logical IDs that belong to this origin. */
  logicalStem: string;
  type: Origin['type'];
  domainName: string;
  /** "" = none; otherwise starts with "/" (fact 70). */
  originPath: string;
  /** Custom origins (API Gateway included, fact 71); null for S3 (S3OriginConfig). */
  customOriginConfig: CustomOriginConfigSettings | null;
  connectionAttempts: number;
  connectionTimeout: number;
  /** `Origin.ResponseCompletionTimeout` (fact 165); null = not set (no maximum). */
  responseCompletionTimeout: number | null;
  customHeaders: OriginHeaderSettings[];
  /** Set for API Gateway origins. */
  api: ApiOriginFacts | null;
  /** Set for S3 origins: how CloudFront reaches the bucket. */
  s3: S3AccessSettings | null;
}

export interface ManagedPolicyRef<N extends string> {
  kind: 'managed';
  name: N;
  id: string;
}
export interface ExistingPolicyRef {
  kind: 'existing';
  id: string;
}

export interface NamesConfigSettings<B extends string> {
  behavior: B;
  names: string[];
}

export interface CachePolicyResourceSettings {
  logicalId: string;
  /** Suffix of the policy name; the template prefixes it with the stack name (names are account-unique). */
  nameSuffix: string;
  /** The full name, `<stack>-<suffix>`, within its limit. */
  name: string;
  comment: string;
  minTtl: number;
  defaultTtl: number;
  maxTtl: number;
  headers: NamesConfigSettings<CustomCachePolicy['headers']['behavior']>;
  cookies: NamesConfigSettings<CustomCachePolicy['cookies']['behavior']>;
  queryStrings: NamesConfigSettings<CustomCachePolicy['queryStrings']['behavior']>;
  gzip: boolean;
  brotli: boolean;
}

export interface OriginRequestPolicyResourceSettings {
  logicalId: string;
  nameSuffix: string;
  /** The full name, `<stack>-<suffix>`, within its limit. */
  name: string;
  comment: string;
  headers: NamesConfigSettings<CustomOriginRequestPolicy['headers']['behavior']>;
  cookies: NamesConfigSettings<CustomOriginRequestPolicy['cookies']['behavior']>;
  queryStrings: NamesConfigSettings<CustomOriginRequestPolicy['queryStrings']['behavior']>;
}

/** Deprecated `ForwardedValues` + behavior TTLs (facts 56-61); only when the config asks for legacy. */
export interface LegacyCacheSettings {
  kind: 'legacy';
  queryString: boolean;
  queryStringCacheKeys: string[];
  headers: string[];
  cookies: { forward: 'none' | 'whitelist' | 'all'; names: string[] };
  /** undefined = not set (CloudFront's legacy defaults apply, fact 37). */
  minTtl?: number;
  defaultTtl?: number;
  maxTtl?: number;
}

export type CachePolicySettings =
  | ManagedPolicyRef<ManagedCachePolicyName>
  | ExistingPolicyRef
  | { kind: 'custom'; policy: CachePolicyResourceSettings }
  | LegacyCacheSettings;

export type OriginRequestPolicySettings =
  | ManagedPolicyRef<ManagedOriginRequestPolicyName>
  | ExistingPolicyRef
  | { kind: 'custom'; policy: OriginRequestPolicyResourceSettings };

export type ResponseHeadersPolicySettings = ManagedPolicyRef<ManagedResponseHeadersPolicyName> | ExistingPolicyRef;

export interface FunctionSettings {
  logicalId: string;
  /** Suffix of the function name; the template prefixes it with the stack name (names are account-unique). */
  nameSuffix: string;
  /** The full name, `<stack>-<suffix>`, within the 64-character limit (fact 167). */
  name: string;
  comment: string;
  runtime: 'cloudfront-js-2.0';
  eventType: 'viewer-request';
  /** The literal prefix removed from the URI ("/api"), or null when the function does not strip. */
  stripPrefix: string | null;
  forwardedHost: boolean;
  spaFallback: boolean;
  code: string;
}

export interface BehaviorSettings {
  /** PascalCase stem for logical IDs of this behavior's resources: `Default` or from the pattern. */
  logicalStem: string;
  isDefault: boolean;
  /** null for the default behavior (it takes no PathPattern, fact 30). */
  pathPattern: string | null;
  /** Config path: `['defaultBehavior']` or `['behaviors', i]`. */
  configPath: readonly (string | number)[];
  targetOriginId: string;
  viewerProtocolPolicy: AnyBehavior['viewerProtocol'];
  allowedMethods: HttpMethod[];
  cachedMethods: HttpMethod[];
  cachePolicy: CachePolicySettings;
  originRequestPolicy: OriginRequestPolicySettings | null;
  responseHeadersPolicy: ResponseHeadersPolicySettings | null;
  compress: boolean;
  /** A viewer-request CloudFront Function for stripPrefix / forwardedHost, or null. */
  function: FunctionSettings | null;
}

export type CertificateSource =
  /** An existing us-east-1 ACM certificate, passed as a parameter (its default is the config's ARN). */
  | { kind: 'parameter'; parameter: string; arn: string }
  /** An AWS::CertificateManager::Certificate in the main template. */
  | { kind: 'created'; logicalId: string };

export type ViewerCertificateSettings =
  | { kind: 'default' }
  | {
      kind: 'acm';
      source: CertificateSource;
      sslSupportMethod: 'sni-only';
      minimumProtocolVersion: string;
    };

export interface CertificateResourceSettings {
  logicalId: string;
  domainName: string;
  subjectAlternativeNames: string[];
  validationMethod: 'DNS';
  /** With Route 53, one entry per name so validation is automatic (fact 143); empty otherwise. */
  domainValidationOptions: { domainName: string; hostedZoneId: Value<string> }[];
}

export interface DnsRecordSettings {
  logicalId: string;
  name: string;
  type: 'A' | 'AAAA';
  /** The user's zone (fact 140). */
  hostedZoneId: Value<string>;
  aliasTarget: { hostedZoneId: typeof CLOUDFRONT_HOSTED_ZONE_ID; dnsName: ValueRef; evaluateTargetHealth: false };
}

export interface ErrorResponseSettings {
  errorCode: number;
  errorCachingMinTtl: number;
  responseCode: number | null;
  responsePagePath: string | null;
}

export interface WafLockdownSettings {
  kind: 'waf';
  originId: string;
  /** The API's Region: a REGIONAL web ACL must live there (fact 152). */
  region: string;
  apiId: string;
  stage: string;
  headerName: string;
  secretParameter: string;
  webAclLogicalId: string;
  /** `<lockdown stack>-<origin>-lockdown`, within the 128-character limit (fact 167). */
  webAclName: string;
  associationLogicalId: string;
  /** `arn:aws:apigateway:{region}::/restapis/{id}/stages/{stage}` (fact 152). */
  stageArn: string;
}

export interface AuthorizerLockdownSettings {
  kind: 'authorizer';
  originId: string;
  region: string;
  apiId: string;
  apiKind: 'rest' | 'http';
  headerName: string;
  secretParameter: string;
  /** What to build in the API (not rendered as resources: the API is not in this template). */
  outline: string[];
}

/** Origin mTLS (fact 169): nothing to deploy in the API's Region from here; the steps say what to set there. */
export interface MtlsLockdownSettings {
  kind: 'mtls';
  originId: string;
  region: string;
  apiId: string;
  /** The custom domain that must require mutual TLS; null when the origin is the execute-api host. */
  customDomain: string | null;
  clientCertificateArn: string;
  /** The truststore must trust the CA that issued this certificate, so steps name it. */
  outline: string[];
}

export type LockdownSettings = WafLockdownSettings | AuthorizerLockdownSettings | MtlsLockdownSettings;

export interface ParameterSettings {
  name: string;
  type: 'String';
  noEcho: boolean;
  /** undefined = the deployer must supply it. */
  default?: string;
  description: string;
  /** True for secrets: deploy lines show a placeholder, never a value. */
  secret: boolean;
}

export interface OutputSettings {
  name: string;
  description: string;
  value: Value<string> | { kind: 'sub'; template: string };
}

export interface StackSettings {
  /** `main` = the us-east-1 CloudFront stack; `lockdown` = a regional WAF stack in an API's Region. */
  role: 'main' | 'lockdown';
  region: string;
  stackName: string;
  fileStem: string;
  /** 1 = deploy first. */
  deployOrder: number;
  parameters: ParameterSettings[];
}

export interface SettingsNote {
  /** Config path the note is about. */
  configPath: readonly (string | number)[];
  text: string;
}

export interface DistributionSettings {
  name: string;
  logicalId: typeof DISTRIBUTION_LOGICAL_ID;
  comment: string;
  enabled: true;
  aliases: string[];
  viewerCertificate: ViewerCertificateSettings;
  httpVersion: ApifrontConfig['distribution']['httpVersion'];
  ipv6Enabled: boolean;
  priceClass: ApifrontConfig['distribution']['priceClass'];
  webAclArn: string | null;
  logging: { bucket: string; prefix: string; includeCookies: boolean } | null;
  defaultRootObject: string;
  origins: OriginSettings[];
  /** Ordered behaviors first, the default behavior last (the order CloudFront evaluates them). */
  behaviors: BehaviorSettings[];
  customErrorResponses: ErrorResponseSettings[];
  /** The pricing plan (fact 170): not a distribution property, so it only shapes notes and console steps. */
  pricingPlan: PricingPlan;
}

export interface S3AccessSettings {
  access: 'oac' | 'oai' | 'none';
  bucketName: string;
  /** The OriginAccessControl resource (access "oac"). */
  oacLogicalId: string | null;
  /** `origin-access-identity/cloudfront/<id>` (access "oai"), else "". */
  originAccessIdentity: string;
}

/** `AWS::CloudFront::OriginAccessControl` (DOMAIN section 0: s3, always, sigv4). */
export interface OriginAccessControlSettings {
  logicalId: string;
  /** Account-unique, at most 64 characters. */
  name: string;
  description: string;
}

/** The bucket policy statement that lets this distribution (and only it) read the bucket. */
export interface BucketPolicySettings {
  originId: string;
  bucketName: string;
  /** Render an AWS::S3::BucketPolicy (only when the bucket has no policy yet: it replaces the whole policy). */
  createResource: boolean;
  logicalId: string;
  outputName: string;
  kms: boolean;
}

export interface Settings {
  distribution: DistributionSettings;
  /** Custom policies become resources; managed and existing ones are referenced by ID. */
  cachePolicies: CachePolicyResourceSettings[];
  originRequestPolicies: OriginRequestPolicyResourceSettings[];
  functions: FunctionSettings[];
  certificate: CertificateResourceSettings | null;
  dnsRecords: DnsRecordSettings[];
  lockdowns: LockdownSettings[];
  /** Main stack first, then one lock-down stack per other Region, in deploy order. */
  stacks: StackSettings[];
  outputs: OutputSettings[];
  originAccessControls: OriginAccessControlSettings[];
  bucketPolicies: BucketPolicySettings[];
  /** Choices the renderer made that the config did not spell out (shown as comments / hints). */
  notes: SettingsNote[];
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** `orders-api` -> `OrdersApi`; CloudFormation logical IDs are alphanumeric. */
export function pascalCase(text: string, fallback = 'X'): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const out = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (!out) return fallback;
  return /^[0-9]/.test(out) ? `N${out}` : out;
}

/** Small stable hash (FNV-1a), base 36: disambiguates logical IDs without using list positions. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).slice(0, 5).padStart(5, '0');
}

/**
 * Length limits of the account-unique names the template sets (fact 167). The function limit is the
 * schema's pattern; 128 for policies is the CloudFront API's limit (the schema gives none); 128 for web
 * ACLs is the WAF schema's EntityName; 64 for origin access controls is the CloudFront API's limit.
 */
export const NAME_LIMITS = { function: 64, policy: 128, webAcl: 128, originAccessControl: 64 } as const;

/**
 * A resource name within `limit` characters of `[A-Za-z0-9_-]`: other characters become `-`, and a name
 * that is too long keeps its start plus a hash of the whole, so two long names stay distinct and the
 * same config always gets the same name.
 */
export function fitName(full: string, limit: number): string {
  const clean = full.replace(/[^A-Za-z0-9_-]/g, '-');
  if (clean.length <= limit) return clean;
  const hash = shortHash(clean);
  return `${clean.slice(0, limit - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/** `/api/*` -> `ApiStar`, `/api` -> `Api`, `*.json` -> `StarJson`: wildcards kept so the two forms differ. */
export function patternStem(pattern: string): string {
  const spelled = pattern.replace(/\*/g, ' star ').replace(/\?/g, ' any ');
  const stem = pascalCase(spelled, 'Root');
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/**
 * Give each key a unique stem; on a clash every clashing key gets a hash of its own source text, so
 * the result does not depend on which item comes first.
 */
function uniqueStems<T>(items: readonly T[], stemOf: (item: T) => string, sourceOf: (item: T) => string, detailOf?: (item: T) => string): string[] {
  const stems = items.map(stemOf);
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  const reserved = new Set(['Default']);
  const hashed = stems.map((s, i) => {
    const clash = (counts.get(s) ?? 0) > 1 || reserved.has(s);
    return clash ? `${s}${pascalCase(shortHash(sourceOf(items[i] as T)))}` : s;
  });
  // Identical sources (the same pattern twice, which AF302 reports) still need distinct logical IDs when
  // the items differ, or the template would hold one resource for two behaviors: a hash of the whole item
  // tells them apart without depending on order. Identical items may share IDs (their resources are equal).
  if (!detailOf) return hashed;
  const again = new Map<string, number>();
  for (const s of hashed) again.set(s, (again.get(s) ?? 0) + 1);
  return hashed.map((s, i) => ((again.get(s) ?? 0) > 1 ? `${s}${pascalCase(shortHash(detailOf(items[i] as T)))}` : s));
}

// ---------------------------------------------------------------------------------------------
// CloudFront Function code
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Derivation
// ---------------------------------------------------------------------------------------------

interface Ctx {
  config: ApifrontConfig;
  notes: SettingsNote[];
  parameters: Map<string, ParameterSettings>;
}

/** One NoEcho parameter per origin, named from the origin's logical stem. */
function verifySecretParameter(originStem: string): string {
  return `${originStem}VerifySecret`;
}

/**
 * A custom header that looks secret (AF211) never becomes a literal in the template, whatever the user
 * typed: its value is a NoEcho parameter the deployer supplies (the typed value stays in the config
 * only, and never travels in links or downloads).
 */
function secretHeaderParameter(ctx: Ctx, stem: string, header: string, index: number, originId: string): ValueRef {
  let name = `${stem}${pascalCase(header, 'Header')}Value`;
  if (ctx.parameters.has(name)) name = `${stem}${pascalCase(header, 'Header')}${index}Value`;
  ctx.parameters.set(name, {
    name,
    type: 'String',
    noEcho: true,
    description: `Value of the ${header} header CloudFront sends to origin "${originId}" (it looks secret, so it is not written in the template).`,
    secret: false,
  });
  return { kind: 'parameter', name };
}


function deriveOrigin(ctx: Ctx, origin: Origin, stem: string, index: number): OriginSettings {
  const customHeaders: OriginHeaderSettings[] = origin.customHeaders.map((h, k) => ({
    name: h.name,
    value: looksLikeSecretHeader(h.name, h.value) ? secretHeaderParameter(ctx, stem, h.name, k, origin.id) : h.value,
    isVerifyHeader: false,
  }));
  // Object literals below are written out in full (no spreads): this runs per origin on every keystroke.
  if (origin.type === 's3') {
    const access = s3Access(origin);
    return {
      id: origin.id,
      logicalStem: stem,
      type: origin.type,
      domainName: originDomainName(origin),
      originPath: effectiveOriginPath(origin),
      customOriginConfig: null,
      connectionAttempts: 3,
      connectionTimeout: 10,
      responseCompletionTimeout: null,
      customHeaders,
      api: null,
      s3: {
        access,
        bucketName: s3BucketName(origin.bucketDomainName),
        oacLogicalId: access === 'oac' ? `${stem}OriginAccessControl` : null,
        originAccessIdentity: access === 'oai' && origin.oaiId ? `origin-access-identity/cloudfront/${origin.oaiId.trim()}` : '',
      },
    };
  }
  const customOriginConfig: CustomOriginConfigSettings = {
    // API Gateway is HTTPS only (fact 72).
    protocolPolicy: origin.type === 'apigateway' ? 'https-only' : origin.protocol,
    sslProtocols: ['TLSv1.2'],
    httpPort: 80,
    httpsPort: 443,
    readTimeout: origin.readTimeout,
    keepAliveTimeout: origin.keepAliveTimeout,
    ipAddressType: origin.ipAddressType ?? null,
    mtlsClientCertificateArn: origin.type === 'apigateway' && origin.lockdown === 'mtls' && origin.clientCertificateArn ? origin.clientCertificateArn : null,
  };
  let api: ApiOriginFacts | null = null;
  if (origin.type === 'apigateway') {
    api = {
      kind: origin.api.kind,
      apiId: origin.api.id,
      region: origin.api.region,
      stage: origin.api.stage,
      endpoint: origin.api.endpoint,
      integrationTimeout: effectiveIntegrationTimeout(origin.api),
      customDomain: origin.api.customDomain?.name ?? null,
      responseStreaming: origin.api.kind === 'rest' && origin.api.responseStreaming === true,
    };
    const header = effectiveVerifyHeader(origin);
    if (header) {
      const parameter = verifySecretParameter(stem);
      if (!origin.verifyHeader) {
        ctx.notes.push({
          configPath: ['origins', index, 'verifyHeader'],
          text: `Lock-down needs a shared-secret header; ${header} is used because the origin names none.`,
        });
      }
      ctx.parameters.set(parameter, {
        name: parameter,
        type: 'String',
        noEcho: true,
        description: `Secret value of the ${header} header CloudFront sends to origin "${origin.id}" (the API accepts only requests that carry it).`,
        secret: true,
      });
      customHeaders.push({ name: header, value: { kind: 'parameter', name: parameter }, isVerifyHeader: true });
    }
  }
  return {
    id: origin.id,
    logicalStem: stem,
    type: origin.type,
    domainName: originDomainName(origin),
    originPath: effectiveOriginPath(origin),
    customOriginConfig,
    connectionAttempts: origin.connectionAttempts,
    connectionTimeout: origin.connectionTimeout,
    responseCompletionTimeout: origin.responseCompletionTimeout ?? null,
    customHeaders,
    api,
    s3: null,
  };
}

function managed<N extends string>(ids: Record<N, string>, name: N): ManagedPolicyRef<N> {
  return { kind: 'managed', name, id: ids[name] };
}

function deriveCachePolicy(cache: AnyBehavior['cache'], stem: string, nameStem: string): CachePolicySettings {
  if ('policy' in cache) return managed(MANAGED_CACHE_POLICIES, cache.policy);
  if ('policyId' in cache) return { kind: 'existing', id: cache.policyId };
  if ('custom' in cache) {
    const c = cache.custom;
    return {
      kind: 'custom',
      policy: {
        logicalId: `${stem}CachePolicy`,
        nameSuffix: `${nameStem}-cache`,
        name: `${nameStem}-cache`, // completed with the stack name in deriveSettings
        comment: `Cache policy of ${stem === 'Default' ? 'the default behavior' : 'a behavior'} (apifront)`,
        minTtl: c.minTtl,
        defaultTtl: c.defaultTtl,
        maxTtl: c.maxTtl,
        headers: { behavior: c.headers.behavior, names: [...c.headers.names] },
        cookies: { behavior: c.cookies.behavior, names: [...c.cookies.names] },
        queryStrings: { behavior: c.queryStrings.behavior, names: [...c.queryStrings.names] },
        gzip: c.gzip,
        brotli: c.brotli,
      },
    };
  }
  const l = cache.legacy;
  return {
    kind: 'legacy',
    queryString: l.queryString,
    queryStringCacheKeys: [...l.queryStringCacheKeys],
    headers: [...l.headers],
    cookies: { forward: l.cookies.forward, names: [...l.cookies.names] },
    ...(l.minTtl !== undefined ? { minTtl: l.minTtl } : {}),
    ...(l.defaultTtl !== undefined ? { defaultTtl: l.defaultTtl } : {}),
    ...(l.maxTtl !== undefined ? { maxTtl: l.maxTtl } : {}),
  };
}

function deriveOriginRequest(
  originRequest: AnyBehavior['originRequest'],
  stem: string,
  nameStem: string,
): OriginRequestPolicySettings | null {
  if (originRequest === null) return null;
  if ('policy' in originRequest) return managed(MANAGED_ORIGIN_REQUEST_POLICIES, originRequest.policy);
  if ('policyId' in originRequest) return { kind: 'existing', id: originRequest.policyId };
  const c = originRequest.custom;
  return {
    kind: 'custom',
    policy: {
      logicalId: `${stem}OriginRequestPolicy`,
      nameSuffix: `${nameStem}-origin-request`,
      name: `${nameStem}-origin-request`, // completed with the stack name in deriveSettings
      comment: `Origin request policy of ${stem === 'Default' ? 'the default behavior' : 'a behavior'} (apifront)`,
      headers: { behavior: c.headers.behavior, names: [...c.headers.names] },
      cookies: { behavior: c.cookies.behavior, names: [...c.cookies.names] },
      queryStrings: { behavior: c.queryStrings.behavior, names: [...c.queryStrings.names] },
    },
  };
}

function deriveResponseHeaders(setting: AnyBehavior['responseHeaders']): ResponseHeadersPolicySettings | null {
  if (setting === null) return null;
  if ('policy' in setting) return managed(MANAGED_RESPONSE_HEADERS_POLICIES, setting.policy);
  return { kind: 'existing', id: setting.policyId };
}

function deriveFunction(
  ctx: Ctx,
  behavior: AnyBehavior,
  pattern: string | null,
  stem: string,
  nameStem: string,
  configPath: readonly (string | number)[],
): FunctionSettings | null {
  // The request model decides what the function rewrites; the trace applies the same rewrites.
  if (pattern !== null && stripPrefixIgnored(behavior, pattern)) {
    ctx.notes.push({
      configPath: [...configPath, 'stripPrefix'],
      text: `stripPrefix needs a pattern like "/api/*" or "/api"; "${pattern}" has no literal prefix, so nothing is stripped.`,
    });
  }
  const rewrites = functionRewritesOf(behavior, pattern);
  if (!rewrites) return null;
  const what = [
    rewrites.stripPrefix !== null ? `strips ${rewrites.stripPrefix}` : '',
    rewrites.forwardedHost ? 'sets X-Forwarded-Host' : '',
    rewrites.spaFallback ? 'serves /index.html for app routes' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    logicalId: `${stem}Function`,
    nameSuffix: nameStem,
    name: nameStem, // completed with the stack name in deriveSettings
    comment: `Viewer request: ${what}`,
    runtime: 'cloudfront-js-2.0',
    eventType: 'viewer-request',
    stripPrefix: rewrites.stripPrefix,
    forwardedHost: rewrites.forwardedHost,
    spaFallback: rewrites.spaFallback,
    code: functionCode(rewrites),
  };
}

function deriveBehaviors(ctx: Ctx): BehaviorSettings[] {
  const refs = allBehaviors(ctx.config);
  const ordered = refs.filter((r) => !r.isDefault);
  const stems = uniqueStems(ordered, (r) => patternStem(r.pattern), (r) => r.pattern, (r) => JSON.stringify(r.behavior));
  // The default behavior is last; the ordered ones keep their index in `stems`.
  return refs.map((ref, i) => {
    const stem = ref.isDefault ? 'Default' : (stems[i] as string);
    const nameStem = ref.isDefault ? 'default' : slug(stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2'));
    const b = ref.behavior;
    const cachePolicy = deriveCachePolicy(b.cache, stem, nameStem);
    let originRequestPolicy = deriveOriginRequest(b.originRequest, stem, nameStem);
    if (cachePolicy.kind === 'legacy' && originRequestPolicy !== null) {
      // An origin request policy next to ForwardedValues is rejected by CloudFront (facts 58, 59).
      ctx.notes.push({
        configPath: [...ref.path, 'originRequest'],
        text: 'Legacy ForwardedValues cannot be combined with an origin request policy; the policy is left out.',
      });
      originRequestPolicy = null;
    }
    return {
      logicalStem: stem,
      isDefault: ref.isDefault,
      pathPattern: ref.isDefault ? null : ref.pattern,
      configPath: ref.path,
      targetOriginId: b.originId,
      viewerProtocolPolicy: b.viewerProtocol,
      allowedMethods: allowedMethods(b.methods),
      cachedMethods: cachedMethods(b.cachedMethods),
      cachePolicy,
      originRequestPolicy,
      responseHeadersPolicy: deriveResponseHeaders(b.responseHeaders),
      compress: b.compress,
      function: deriveFunction(ctx, b, ref.isDefault ? null : ref.pattern, stem, nameStem, ref.path),
    };
  });
}

function deriveErrorResponses(config: ApifrontConfig): ErrorResponseSettings[] {
  const byCode = new Map<number, ErrorResponseSettings>();
  for (const e of config.distribution.errorCaching) {
    byCode.set(e.code, { errorCode: e.code, errorCachingMinTtl: e.ttl, responseCode: null, responsePagePath: null });
  }
  // Same code in both lists is AF506; the error page (the more specific wish) wins here.
  for (const p of config.distribution.errorPages) {
    byCode.set(p.code, {
      errorCode: p.code,
      errorCachingMinTtl: p.ttl,
      responseCode: p.responseCode,
      responsePagePath: p.pagePath,
    });
  }
  return [...byCode.values()].sort((a, b) => a.errorCode - b.errorCode);
}

/** The user's hosted zone as a parameter reference; the parameter is registered only once something uses it. */
function hostedZoneValue(config: ApifrontConfig): Value<string> | null {
  return config.domain.dns.mode === 'route53' ? { kind: 'parameter', name: 'HostedZoneId' } : null;
}

function registerHostedZoneParameter(ctx: Ctx): void {
  const dns = ctx.config.domain.dns;
  if (dns.mode !== 'route53') return;
  ctx.parameters.set('HostedZoneId', {
    name: 'HostedZoneId',
    type: 'String',
    noEcho: false,
    default: dns.hostedZoneId,
    description: `Your Route 53 hosted zone${dns.zoneName ? ` for ${dns.zoneName}` : ''} (not CloudFront's ${CLOUDFRONT_HOSTED_ZONE_ID}).`,
    secret: false,
  });
}

function deriveCertificate(
  ctx: Ctx,
  zone: Value<string> | null,
): { viewer: ViewerCertificateSettings; resource: CertificateResourceSettings | null } {
  const { domain } = ctx.config;
  const cert = domain.certificate;
  const tls = domain.minimumProtocolVersion ?? RECOMMENDED_TLS_POLICY;
  if (cert.mode !== 'none' && domain.minimumProtocolVersion === null) {
    ctx.notes.push({
      configPath: ['domain', 'minimumProtocolVersion'],
      text: `No viewer TLS policy chosen; ${RECOMMENDED_TLS_POLICY} is used (fact 168).`,
    });
  }
  if (cert.mode === 'existing') {
    ctx.parameters.set('CertificateArn', {
      name: 'CertificateArn',
      type: 'String',
      noEcho: false,
      default: cert.arn,
      description: 'ARN of an ACM certificate in us-east-1 that covers every alias.',
      secret: false,
    });
    return {
      viewer: {
        kind: 'acm',
        source: { kind: 'parameter', parameter: 'CertificateArn', arn: cert.arn },
        sslSupportMethod: 'sni-only',
        minimumProtocolVersion: tls,
      },
      resource: null,
    };
  }
  if (cert.mode === 'create') {
    const [first, ...rest] = domain.aliases;
    if (first === undefined) {
      ctx.notes.push({
        configPath: ['domain', 'certificate'],
        text: 'A certificate needs at least one domain name; without aliases the CloudFront default certificate is used.',
      });
      return { viewer: { kind: 'default' }, resource: null };
    }
    return {
      viewer: {
        kind: 'acm',
        source: { kind: 'created', logicalId: CERTIFICATE_LOGICAL_ID },
        sslSupportMethod: 'sni-only',
        minimumProtocolVersion: tls,
      },
      resource: {
        logicalId: CERTIFICATE_LOGICAL_ID,
        domainName: first,
        subjectAlternativeNames: rest,
        validationMethod: 'DNS',
        domainValidationOptions: zone ? domain.aliases.map((name) => ({ domainName: name, hostedZoneId: zone })) : [],
      },
    };
  }
  return { viewer: { kind: 'default' }, resource: null };
}

function deriveDnsRecords(config: ApifrontConfig, aliases: string[], zone: Value<string> | null): DnsRecordSettings[] {
  if (!zone) return [];
  const stems = uniqueStems(aliases, (a) => pascalCase(a.replace(/\*/g, 'star'), 'Alias'), (a) => a);
  const types: ('A' | 'AAAA')[] = config.distribution.ipv6 ? ['A', 'AAAA'] : ['A'];
  return aliases.flatMap((name, i) =>
    types.map((type) => ({
      logicalId: `${stems[i] as string}${type === 'A' ? 'ARecord' : 'AaaaRecord'}`,
      name,
      type,
      hostedZoneId: zone,
      aliasTarget: {
        hostedZoneId: CLOUDFRONT_HOSTED_ZONE_ID,
        dnsName: { kind: 'resource', logicalId: DISTRIBUTION_LOGICAL_ID, attribute: 'DomainName' },
        evaluateTargetHealth: false,
      },
    })),
  );
}

/** What the API side needs for origin mTLS (fact 169): the custom domain requires mTLS with a truststore. */
function mtlsLockdown(origin: ApiGatewayOrigin): MtlsLockdownSettings {
  const { api } = origin;
  const domain = api.customDomain?.name ?? null;
  const arn = origin.clientCertificateArn ?? '';
  return {
    kind: 'mtls',
    originId: origin.id,
    region: api.region,
    apiId: api.id,
    customDomain: domain,
    clientCertificateArn: arn,
    outline: [
      `Export the issuing CA certificate chain of the client certificate ${arn || '(not set yet)'} as PEM, and upload it to S3 as the truststore (for example s3://my-truststore-bucket/cloudfront-ca.pem); enable versioning if you pin a TruststoreVersion.`,
      domain
        ? `In API Gateway (${api.region}), open the custom domain ${domain}, choose Edit and turn on Mutual TLS authentication with that truststore URI. API Gateway then refuses every TLS connection without a certificate the truststore trusts.`
        : 'Mutual TLS is a property of an API Gateway custom domain: create a Regional custom domain for the API, require mutual TLS on it, and use it as the CloudFront origin (the execute-api host cannot require a client certificate).',
      `Disable the default execute-api endpoint of API ${api.id} (DisableExecuteApiEndpoint), or callers can skip the custom domain and its mTLS check; the origin must be the custom domain for that (fact 148).`,
      'No secret travels in a header: only a holder of the client certificate key (CloudFront, through ACM) completes the handshake.',
    ],
  };
}

function deriveLockdowns(config: ApifrontConfig, origins: OriginSettings[], ctx: Ctx): LockdownSettings[] {
  const out: LockdownSettings[] = [];
  config.origins.forEach((origin, index) => {
    if (origin.type !== 'apigateway' || origin.lockdown === 'none') return;
    const settings = origins[index] as OriginSettings;
    if (origin.lockdown === 'mtls') {
      out.push(mtlsLockdown(origin));
      return;
    }
    const headerName = effectiveVerifyHeader(origin) ?? DEFAULT_VERIFY_HEADER;
    const secretParameter = verifySecretParameter(settings.logicalStem);
    const { api } = origin;
    if (api.kind === 'rest' && origin.lockdown === 'waf') {
      out.push({
        kind: 'waf',
        originId: origin.id,
        region: api.region,
        apiId: api.id,
        stage: api.stage,
        headerName,
        secretParameter,
        webAclLogicalId: `${settings.logicalStem}LockdownWebAcl`,
        webAclName: '', // set in deriveSettings, once the stack names are known
        associationLogicalId: `${settings.logicalStem}LockdownWebAclAssociation`,
        stageArn: `arn:aws:apigateway:${api.region}::/restapis/${api.id}/stages/${api.stage}`,
      });
      return;
    }
    if (origin.lockdown === 'waf') {
      // WAF cannot be attached to HTTP APIs (fact 152): the authorizer pattern is the documented way (fact 153).
      ctx.notes.push({
        configPath: ['origins', index, 'lockdown'],
        text: 'AWS WAF cannot protect an HTTP API; a Lambda authorizer that checks the header is outlined instead.',
      });
    }
    const lower = headerName.toLowerCase();
    out.push({
      kind: 'authorizer',
      originId: origin.id,
      region: api.region,
      apiId: api.id,
      apiKind: api.kind,
      headerName,
      secretParameter,
      outline: [
        `In API Gateway (${api.region}), create a Lambda ${api.kind === 'http' ? 'REQUEST authorizer with identity source $request.header.' + lower : 'REQUEST authorizer with identity source method.request.header.' + headerName}.`,
        `The Lambda function compares the ${headerName} header with the secret (keep it in AWS Secrets Manager; it is the value of the ${secretParameter} parameter) and denies the request when it differs.`,
        `Attach the authorizer to every route of API ${api.id}, then redeploy${api.kind === 'rest' ? ` stage ${api.stage}` : ''}.`,
        'Direct calls to the execute-api URL now fail; calls through CloudFront carry the header and pass.',
      ],
    });
  });
  return out;
}

function deriveStacks(config: ApifrontConfig, ctx: Ctx, lockdowns: LockdownSettings[]): StackSettings[] {
  const base = stackBaseName(config.name);
  const mainParameters = [...ctx.parameters.values()].sort((a, b) => a.name.localeCompare(b.name));
  const stacks: StackSettings[] = [
    { role: 'main', region: MAIN_REGION, stackName: base, fileStem: base, deployOrder: 1, parameters: mainParameters },
  ];
  const regions = [...new Set(lockdowns.filter((l) => l.kind === 'waf').map((l) => l.region))]
    .filter((r) => r !== MAIN_REGION)
    .sort();
  regions.forEach((region, i) => {
    const names = new Set(lockdowns.flatMap((l) => (l.kind === 'waf' && l.region === region ? [l.secretParameter] : [])));
    stacks.push({
      role: 'lockdown',
      region,
      stackName: `${base}${LOCKDOWN_STACK_SUFFIX}`,
      // The Region is in the file name: only its letters, digits and dashes (AF201 reports a bad one).
      fileStem: `${base}.${slug(region, 'region')}`,
      // The distribution first (it starts sending the header), then the lock (it starts requiring it).
      deployOrder: i + 2,
      parameters: mainParameters.filter((p) => names.has(p.name)),
    });
  });
  return stacks;
}

function deriveOriginAccess(config: ApifrontConfig, origins: readonly OriginSettings[]): { controls: OriginAccessControlSettings[]; policies: BucketPolicySettings[] } {
  const base = slug(config.name, 'apifront');
  const controls: OriginAccessControlSettings[] = [];
  const policies: BucketPolicySettings[] = [];
  config.origins.forEach((origin, i) => {
    const o = origins[i];
    if (origin.type !== 's3' || !o?.s3) return;
    if (o.s3.oacLogicalId) {
      controls.push({
        logicalId: o.s3.oacLogicalId,
        name: fitName(`${base}-${slug(origin.id)}-oac`, NAME_LIMITS.originAccessControl),
        description: `CloudFront reads bucket ${o.s3.bucketName} for ${config.name} (apifront)`.slice(0, 256),
      });
    }
    if (o.s3.access !== 'none') {
      policies.push({
        originId: origin.id,
        bucketName: o.s3.bucketName,
        createResource: o.s3.access === 'oac' && origin.createBucketPolicy === true,
        logicalId: `${o.logicalStem}BucketPolicy`,
        outputName: `${o.logicalStem}BucketPolicyStatement`,
        kms: origin.kms === true,
      });
    }
  });
  return { controls, policies };
}

/** What an output shows, for the renderers (CDK, Terraform) that name the distribution their own way. */
export type OutputTarget = { literal: string } | 'distributionId' | 'distributionDomainName' | 'distributionUrl';

export function outputTarget(output: OutputSettings): OutputTarget {
  const v = output.value;
  if (typeof v === 'string') return { literal: v };
  if (v.kind === 'sub') return 'distributionUrl';
  return v.kind === 'resource' && v.attribute === 'DomainName' ? 'distributionDomainName' : 'distributionId';
}

function deriveOutputs(aliases: string[]): OutputSettings[] {
  return [
    {
      name: 'DistributionDomainName',
      description: 'The distribution domain name (d123.cloudfront.net); point DNS records here.',
      value: { kind: 'resource', logicalId: DISTRIBUTION_LOGICAL_ID, attribute: 'DomainName' },
    },
    {
      name: 'DistributionId',
      description: 'The distribution ID (for invalidations and the console).',
      value: { kind: 'resource', logicalId: DISTRIBUTION_LOGICAL_ID },
    },
    {
      name: 'URL',
      description: 'Where the API is served.',
      value: aliases[0] !== undefined ? `https://${aliases[0]}` : { kind: 'sub', template: `https://\${${DISTRIBUTION_LOGICAL_ID}.DomainName}` },
    },
  ];
}

/**
 * Everything the distribution and its companion resources will be, fully explicit. Pure and
 * deterministic: the same config always gives the same settings (no positions in logical IDs).
 */
export function deriveSettings(config: ApifrontConfig): Settings {
  const ctx: Ctx = { config, notes: [], parameters: new Map() };
  const originStems = uniqueStems(config.origins, (o) => pascalCase(o.id, 'Origin'), (o) => o.id);
  const origins = config.origins.map((o, i) => deriveOrigin(ctx, o, originStems[i] as string, i));
  const behaviors = deriveBehaviors(ctx);
  const access = deriveOriginAccess(config, origins);
  for (const p of access.policies) {
    if (p.kms) {
      ctx.notes.push({
        configPath: ['origins', config.origins.findIndex((o) => o.id === p.originId), 'kms'],
        text: `Bucket ${p.bucketName} uses SSE-KMS: its KMS key policy must also allow cloudfront.amazonaws.com kms:Decrypt for this distribution.`,
      });
    }
  }
  const zone = hostedZoneValue(config);
  const certificate = deriveCertificate(ctx, zone);
  // CloudFront rejects aliases without a trusted certificate (fact 102): none are rendered then.
  const aliases = certificate.viewer.kind === 'acm' ? [...config.domain.aliases] : [];
  if (aliases.length < config.domain.aliases.length) {
    ctx.notes.push({
      configPath: ['domain', 'aliases'],
      text: 'Aliases need a certificate; they are left out while the CloudFront default certificate is used.',
    });
  }
  const dnsRecords = deriveDnsRecords(config, aliases, zone);
  if (dnsRecords.length > 0 || (certificate.resource?.domainValidationOptions.length ?? 0) > 0) registerHostedZoneParameter(ctx);
  const lockdowns = deriveLockdowns(config, origins, ctx);
  const d = config.distribution;
  const distribution: DistributionSettings = {
    name: config.name,
    logicalId: DISTRIBUTION_LOGICAL_ID,
    comment: d.comment || `${config.name} (apifront)`.slice(0, 128),
    enabled: true,
    aliases,
    viewerCertificate: certificate.viewer,
    httpVersion: d.httpVersion,
    ipv6Enabled: d.ipv6,
    priceClass: d.priceClass,
    webAclArn: d.webAclArn,
    logging: d.logging ? { ...d.logging } : null,
    defaultRootObject: d.defaultRootObject,
    origins,
    behaviors,
    customErrorResponses: deriveErrorResponses(config),
    pricingPlan: d.pricingPlan ?? 'pay-as-you-go',
  };
  if (d.pricingPlan !== undefined && d.pricingPlan !== 'pay-as-you-go') {
    ctx.notes.push({
      configPath: ['distribution', 'pricingPlan'],
      text: `The ${d.pricingPlan} flat-rate plan is not part of the distribution: the template deploys a pay-as-you-go distribution; attach it to the plan in the CloudFront console (Pricing plans) afterwards. CloudFormation's AWS::PricingPlanManager::Subscription can do it too, but a paid tier waits for a separate approval (fact 170).`,
    });
  }
  const cachePolicies = behaviors.flatMap((b) => (b.cachePolicy.kind === 'custom' ? [b.cachePolicy.policy] : []));
  const originRequestPolicies = behaviors.flatMap((b) =>
    b.originRequestPolicy?.kind === 'custom' ? [b.originRequestPolicy.policy] : [],
  );
  const functions = behaviors.flatMap((b) => (b.function ? [b.function] : []));
  const stacks = deriveStacks(config, ctx, lockdowns);
  // Literal names whose length is known now, not `${AWS::StackName}-...` whose length depends on the
  // name typed at deploy time and can break the 64-character function limit (fact 167).
  const base = stacks[0]?.stackName ?? 'apifront';
  for (const f of functions) f.name = fitName(`${base}-${f.nameSuffix}`, NAME_LIMITS.function);
  for (const p of [...cachePolicies, ...originRequestPolicies]) p.name = fitName(`${base}-${p.nameSuffix}`, NAME_LIMITS.policy);
  for (const l of lockdowns) {
    if (l.kind !== 'waf') continue;
    const stack = stacks.find((st) => st.role === 'lockdown' && st.region === l.region) ?? stacks[0];
    l.webAclName = fitName(`${stack?.stackName ?? base}-${l.originId}-lockdown`, NAME_LIMITS.webAcl);
  }
  return {
    distribution,
    cachePolicies,
    originRequestPolicies,
    functions,
    certificate: certificate.resource,
    dnsRecords,
    lockdowns,
    stacks,
    outputs: deriveOutputs(aliases),
    originAccessControls: access.controls,
    bucketPolicies: access.policies,
    notes: ctx.notes,
  };
}
