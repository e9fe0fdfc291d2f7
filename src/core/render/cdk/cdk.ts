/**
 * CDK renderer: deriveSettings(config) -> a small CDK app (TypeScript, aws-cdk-lib v2) in the layout
 * `cdk init app` makes. Fed by the same settings as the CloudFormation template, so the synthesized
 * stack and the template carry the same origins, behaviors, policies, certificate and records (the
 * tests synthesize it and compare property by property).
 *
 * Choices that differ from the template, on purpose (the generated code says why in comments):
 * - API origins are `HttpOrigin`s on the execute-api host: `RestApiOrigin` needs the API defined in the
 *   same app, and apifront's API already exists.
 * - The verify-header secret is read from Secrets Manager (a dynamic reference), not a NoEcho parameter.
 * - S3 origins use origin access control (`S3BucketOrigin.withOriginAccessControl`).
 */
import { slug } from '../../model/derive';
import type { ApifrontConfig } from '../../model/schema';
import { webAclDescription } from '../cloudformation';
import { tsString, verifySecretName } from '../code-emit';
import type { RenderedFile } from '../index';
import {
  deriveSettings,
  outputTarget,
  pascalCase,
  type BehaviorSettings,
  type CachePolicyResourceSettings,
  type OriginRequestPolicyResourceSettings,
  type OriginSettings,
  type Settings,
  type WafLockdownSettings,
} from '../settings';

/** Pinned in the generated package.json: the versions the tests synthesize with. */
export const CDK_VERSIONS = { awsCdkLib: '2.276.0', constructs: '10.8.1', awsCdk: '2.1148.1', typescript: '5.9.3', tsNode: '10.9.2' };

export const CACHE_CONSTANTS: Record<string, string> = {
  CachingDisabled: 'CACHING_DISABLED',
  CachingOptimized: 'CACHING_OPTIMIZED',
  CachingOptimizedForUncompressedObjects: 'CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS',
  UseOriginCacheControlHeaders: 'USE_ORIGIN_CACHE_CONTROL_HEADERS',
  'UseOriginCacheControlHeaders-QueryStrings': 'USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS',
  Amplify: 'AMPLIFY',
  'Elemental-MediaPackage': 'ELEMENTAL_MEDIA_PACKAGE',
};
export const ORIGIN_REQUEST_CONSTANTS: Record<string, string> = {
  AllViewerExceptHostHeader: 'ALL_VIEWER_EXCEPT_HOST_HEADER',
  AllViewer: 'ALL_VIEWER',
  'AllViewerAndCloudFrontHeaders-2022-06': 'ALL_VIEWER_AND_CLOUDFRONT_2022',
  'CORS-CustomOrigin': 'CORS_CUSTOM_ORIGIN',
  'CORS-S3Origin': 'CORS_S3_ORIGIN',
  UserAgentRefererHeaders: 'USER_AGENT_REFERER_HEADERS',
  'Elemental-MediaTailor-PersonalizedManifests': 'ELEMENTAL_MEDIA_TAILOR',
  HostHeaderOnly: 'HOST_HEADER_ONLY',
};
export const RESPONSE_HEADERS_CONSTANTS: Record<string, string> = {
  SimpleCORS: 'CORS_ALLOW_ALL_ORIGINS',
  'CORS-With-Preflight': 'CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT',
  SecurityHeadersPolicy: 'SECURITY_HEADERS',
  'CORS-and-SecurityHeadersPolicy': 'CORS_ALLOW_ALL_ORIGINS_AND_SECURITY_HEADERS',
  'CORS-with-preflight-and-SecurityHeadersPolicy': 'CORS_ALLOW_ALL_ORIGINS_WITH_PREFLIGHT_AND_SECURITY_HEADERS',
};
export const TLS_CONSTANTS: Record<string, string> = {
  SSLv3: 'SSL_V3',
  TLSv1: 'TLS_V1',
  TLSv1_2016: 'TLS_V1_2016',
  'TLSv1.1_2016': 'TLS_V1_1_2016',
  'TLSv1.2_2018': 'TLS_V1_2_2018',
  'TLSv1.2_2019': 'TLS_V1_2_2019',
  'TLSv1.2_2021': 'TLS_V1_2_2021',
  'TLSv1.2_2025': 'TLS_V1_2_2025',
  'TLSv1.3_2025': 'TLS_V1_3_2025',
};
const HTTP_VERSION_CONSTANTS: Record<string, string> = { 'http1.1': 'HTTP1_1', http2: 'HTTP2', http2and3: 'HTTP2_AND_3', http3: 'HTTP3' };
const VIEWER_PROTOCOL_CONSTANTS: Record<string, string> = {
  'redirect-to-https': 'REDIRECT_TO_HTTPS',
  'https-only': 'HTTPS_ONLY',
  'allow-all': 'ALLOW_ALL',
};
const ORIGIN_PROTOCOL_CONSTANTS: Record<string, string> = { 'https-only': 'HTTPS_ONLY', 'http-only': 'HTTP_ONLY', 'match-viewer': 'MATCH_VIEWER' };
const PRICE_CLASS_CONSTANTS: Record<string, string> = {
  PriceClass_100: 'PRICE_CLASS_100',
  PriceClass_200: 'PRICE_CLASS_200',
  PriceClass_All: 'PRICE_CLASS_ALL',
};

/** `cloudfront.X.CONSTANT`, or the raw value cast when CDK has no constant for it (kept deployable). */
function enumValue(type: string, table: Record<string, string>, value: string): string {
  const name = table[value];
  return name ? `cloudfront.${type}.${name}` : `${tsString(value)} as cloudfront.${type}`;
}

/** Lines with indentation, joined at the end. */
class Code {
  private readonly lines: string[] = [];
  line(indent: number, text = ''): this {
    this.lines.push(text === '' ? '' : `${'  '.repeat(indent)}${text}`);
    return this;
  }
  comment(indent: number, text: string): this {
    return this.line(indent, `// ${text}`);
  }
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

const list = (items: readonly string[]) => `[${items.map(tsString).join(', ')}]`;
const seconds = (n: number) => `cdk.Duration.seconds(${n})`;
/** Variable names for constructs: `orders-api` -> `ordersApi`. */
const camel = (stem: string) => stem.charAt(0).toLowerCase() + stem.slice(1);

function appNames(settings: Settings) {
  const name = slug(settings.distribution.name, 'apifront');
  const className = `${pascalCase(name, 'Apifront')}Stack`;
  return { name, className, lockdownClass: `${pascalCase(name, 'Apifront')}LockdownStack`, stackName: settings.stacks[0]?.stackName ?? name };
}

// ---------------------------------------------------------------------------------------------
// Policies and functions
// ---------------------------------------------------------------------------------------------

function cacheBehaviorsCode(kind: 'Cache' | 'OriginRequest', p: CachePolicyResourceSettings | OriginRequestPolicyResourceSettings): string[] {
  const out: string[] = [];
  const h = p.headers;
  const headerType = `cloudfront.${kind}HeaderBehavior`;
  switch (h.behavior) {
    case 'none':
      out.push(`headerBehavior: ${headerType}.none(),`);
      break;
    case 'whitelist':
      out.push(`headerBehavior: ${headerType}.allowList(${h.names.map(tsString).join(', ')}),`);
      break;
    case 'allViewer':
      out.push(`headerBehavior: ${headerType}.all(),`);
      break;
    case 'allViewerAndWhitelistCloudFront':
      out.push(`headerBehavior: ${headerType}.all(${h.names.map(tsString).join(', ')}),`);
      break;
    case 'allExcept':
      out.push(`headerBehavior: ${headerType}.denyList(${h.names.map(tsString).join(', ')}),`);
      break;
  }
  const lists: [string, string, { behavior: string; names: string[] }][] = [
    ['cookieBehavior', `cloudfront.${kind}CookieBehavior`, p.cookies],
    ['queryStringBehavior', `cloudfront.${kind}QueryStringBehavior`, p.queryStrings],
  ];
  for (const [key, type, c] of lists) {
    const args = c.names.map(tsString).join(', ');
    const call = { none: 'none()', all: 'all()', whitelist: `allowList(${args})`, allExcept: `denyList(${args})` }[c.behavior];
    out.push(`${key}: ${type}.${call ?? 'none()'},`);
  }
  return out;
}

function policyResources(code: Code, settings: Settings, stackName: string): void {
  for (const p of settings.cachePolicies) {
    code
      .line(2, `const ${camel(p.logicalId)} = new cloudfront.CachePolicy(this, ${tsString(p.logicalId)}, {`)
      .comment(3, 'Policy names are unique per account: prefixed with the stack name.')
      .line(3, `cachePolicyName: ${tsString(`${stackName}-${p.nameSuffix}`)},`)
      .line(3, `comment: ${tsString(p.comment)},`)
      .line(3, `minTtl: ${seconds(p.minTtl)},`)
      .line(3, `defaultTtl: ${seconds(p.defaultTtl)},`)
      .line(3, `maxTtl: ${seconds(p.maxTtl)},`);
    for (const l of cacheBehaviorsCode('Cache', p)) code.line(3, l);
    code.line(3, `enableAcceptEncodingGzip: ${p.gzip},`).line(3, `enableAcceptEncodingBrotli: ${p.brotli},`).line(2, '});');
  }
  for (const p of settings.originRequestPolicies) {
    code
      .line(2, `const ${camel(p.logicalId)} = new cloudfront.OriginRequestPolicy(this, ${tsString(p.logicalId)}, {`)
      .line(3, `originRequestPolicyName: ${tsString(`${stackName}-${p.nameSuffix}`)},`)
      .line(3, `comment: ${tsString(p.comment)},`);
    for (const l of cacheBehaviorsCode('OriginRequest', p)) code.line(3, l);
    code.line(2, '});');
  }
  for (const f of settings.functions) {
    code
      .line(2, `const ${camel(f.logicalId)} = new cloudfront.Function(this, ${tsString(f.logicalId)}, {`)
      .comment(3, `Function names are unique per account and at most 64 characters.`)
      .line(3, `functionName: ${tsString(`${stackName}-${f.nameSuffix}`)},`)
      .line(3, `comment: ${tsString(f.comment)},`)
      .line(3, 'runtime: cloudfront.FunctionRuntime.JS_2_0,')
      .comment(3, 'Associations need the LIVE stage (fact 130): publish on every update.')
      .line(3, 'autoPublish: true,')
      .line(3, `code: cloudfront.FunctionCode.fromInline(${tsString(f.code)}),`)
      .line(2, '});');
  }
}

// ---------------------------------------------------------------------------------------------
// Origins and behaviors
// ---------------------------------------------------------------------------------------------

function originVar(o: OriginSettings): string {
  return `${camel(o.logicalStem)}Origin`;
}

/** `bucket.s3.eu-west-1.amazonaws.com` -> `bucket`. */
function bucketNameOf(domain: string): string {
  const at = domain.search(/\.s3[.-]/);
  return at > 0 ? domain.slice(0, at) : domain;
}

function originCode(code: Code, settings: Settings, o: OriginSettings): void {
  const headers = o.customHeaders;
  const secretHeaders = headers.filter((h) => typeof h.value !== 'string');
  if (secretHeaders.length > 0) {
    code.comment(
      2,
      `Shared secret for origin "${o.id}": read from Secrets Manager at deploy time, never written here. Create it first in us-east-1:`,
    );
    code.comment(2, `  aws secretsmanager create-secret --region us-east-1 --name ${verifySecretName(settings, o)} --secret-string '<16+ random characters>'`);
    code.comment(2, 'CloudFront overwrites any viewer value of this header (fact 85).');
    code.line(2, `const ${camel(o.logicalStem)}VerifySecret = cdk.SecretValue.secretsManager(${tsString(verifySecretName(settings, o))});`);
  }
  const headerLines = headers.map((h) =>
    typeof h.value === 'string'
      ? `${tsString(h.name)}: ${tsString(h.value)},`
      : `${tsString(h.name)}: ${camel(o.logicalStem)}VerifySecret.unsafeUnwrap(),`,
  );
  const common = (indent: number) => {
    code.line(indent, `originId: ${tsString(o.id)},`);
    if (o.originPath) code.line(indent, `originPath: ${tsString(o.originPath)},`);
    code.line(indent, `connectionAttempts: ${o.connectionAttempts},`).line(indent, `connectionTimeout: ${seconds(o.connectionTimeout)},`);
    if (headerLines.length > 0) {
      code.line(indent, 'customHeaders: {');
      for (const l of headerLines) code.line(indent + 1, l);
      code.line(indent, '},');
    }
  };
  if (!o.customOriginConfig) {
    const bucket = bucketNameOf(o.domainName);
    code
      .comment(2, `S3 origin "${o.id}" with origin access control. The bucket is not in this app: add the bucket policy`)
      .comment(2, 'CDK prints as a warning, so that only this distribution can read the bucket.')
      .line(2, `const ${camel(o.logicalStem)}Bucket = s3.Bucket.fromBucketAttributes(this, ${tsString(`${o.logicalStem}Bucket`)}, {`)
      .line(3, `bucketName: ${tsString(bucket)},`)
      .line(3, `bucketRegionalDomainName: ${tsString(o.domainName)},`)
      .line(2, '});')
      .line(2, `const ${originVar(o)} = origins.S3BucketOrigin.withOriginAccessControl(${camel(o.logicalStem)}Bucket, {`);
    common(3);
    code.line(2, '});');
    return;
  }
  const c = o.customOriginConfig;
  if (o.api && !o.api.customDomain) {
    code.comment(2, `API ${o.api.apiId} (${o.api.kind === 'rest' ? 'REST' : 'HTTP'} API, ${o.api.region}): an HttpOrigin on its execute-api host.`);
    code.comment(2, 'RestApiOrigin would need the API defined in this app; this one already exists.');
    if (o.originPath) code.comment(2, `The stage is the origin path: CloudFront prepends it, so /users reaches ${o.originPath}/users (fact 63).`);
    else if (o.api.stage === '$default') code.comment(2, 'HTTP API $default stage: no origin path (fact 64).');
  }
  code.line(2, `const ${originVar(o)} = new origins.HttpOrigin(${tsString(o.domainName)}, {`);
  common(3);
  code
    .line(3, `protocolPolicy: ${enumValue('OriginProtocolPolicy', ORIGIN_PROTOCOL_CONSTANTS, c.protocolPolicy)},`)
    .comment(3, 'Explicit: the CloudFormation default is [TLSv1, SSLv3] (facts 73, 74).')
    .line(3, `originSslProtocols: [${c.sslProtocols.map((p) => `cloudfront.OriginSslPolicy.${p.replace('.', '_').replace('TLSv', 'TLS_V').replace('SSLv', 'SSL_V')}`).join(', ')}],`)
    .line(3, `httpPort: ${c.httpPort},`)
    .line(3, `httpsPort: ${c.httpsPort},`)
    .line(3, `readTimeout: ${seconds(c.readTimeout)},`)
    .line(3, `keepaliveTimeout: ${seconds(c.keepAliveTimeout)},`)
    .line(2, '});');
}

function methodsCode(b: BehaviorSettings): { allowed: string; cached: string } {
  const n = b.allowedMethods.length;
  const allowed = n === 2 ? 'ALLOW_GET_HEAD' : n === 3 ? 'ALLOW_GET_HEAD_OPTIONS' : 'ALLOW_ALL';
  const cached = b.cachedMethods.length === 3 ? 'CACHE_GET_HEAD_OPTIONS' : 'CACHE_GET_HEAD';
  return { allowed: `cloudfront.AllowedMethods.${allowed}`, cached: `cloudfront.CachedMethods.${cached}` };
}

/** The expression for each of a behavior's policies: a CDK constant, an existing ID, or a policy above. */
function policyExpressions(b: BehaviorSettings): { cache: string | null; originRequest: string | null; responseHeaders: string | null } {
  const id = (suffix: string) => tsString(`${b.logicalStem}${suffix}`);
  let cache: string | null = null;
  const cp = b.cachePolicy;
  // A managed policy without a CDK constant is referenced by its ID: never swapped for another policy.
  const constant = (table: Record<string, string>, type: string, name: string, id: string, suffix: string) =>
    table[name] ? `cloudfront.${type}.${table[name]}` : `cloudfront.${type}.from${type}Id(this, ${tsString(`${b.logicalStem}${suffix}`)}, ${tsString(id)})`;
  if (cp.kind === 'managed') cache = constant(CACHE_CONSTANTS, 'CachePolicy', cp.name, cp.id, 'CachePolicy');
  else if (cp.kind === 'existing') cache = `cloudfront.CachePolicy.fromCachePolicyId(this, ${id('CachePolicy')}, ${tsString(cp.id)})`;
  else if (cp.kind === 'custom') cache = camel(cp.policy.logicalId);
  let originRequest: string | null = null;
  const orp = b.originRequestPolicy;
  if (orp?.kind === 'managed') originRequest = constant(ORIGIN_REQUEST_CONSTANTS, 'OriginRequestPolicy', orp.name, orp.id, 'OriginRequestPolicy');
  else if (orp?.kind === 'existing') originRequest = `cloudfront.OriginRequestPolicy.fromOriginRequestPolicyId(this, ${id('OriginRequestPolicy')}, ${tsString(orp.id)})`;
  else if (orp?.kind === 'custom') originRequest = camel(orp.policy.logicalId);
  let responseHeaders: string | null = null;
  const rh = b.responseHeadersPolicy;
  if (rh?.kind === 'managed') responseHeaders = constant(RESPONSE_HEADERS_CONSTANTS, 'ResponseHeadersPolicy', rh.name, rh.id, 'ResponseHeadersPolicy');
  else if (rh?.kind === 'existing') {
    responseHeaders = `cloudfront.ResponseHeadersPolicy.fromResponseHeadersPolicyId(this, ${id('ResponseHeadersPolicy')}, ${tsString(rh.id)})`;
  }
  return { cache, originRequest, responseHeaders };
}

function behaviorCode(code: Code, indent: number, b: BehaviorSettings, settings: Settings): void {
  const origin = settings.distribution.origins.find((o) => o.id === b.targetOriginId);
  const methods = methodsCode(b);
  const p = policyExpressions(b);
  code.line(indent, `origin: ${origin ? originVar(origin) : 'undefined as never'},`);
  code.line(indent, `viewerProtocolPolicy: ${enumValue('ViewerProtocolPolicy', VIEWER_PROTOCOL_CONSTANTS, b.viewerProtocolPolicy)},`);
  code.line(indent, `allowedMethods: ${methods.allowed},`).line(indent, `cachedMethods: ${methods.cached},`);
  if (p.cache) {
    if (b.cachePolicy.kind === 'managed' && b.cachePolicy.name === 'CachingDisabled') {
      code.comment(indent, 'Managed CachingDisabled: API responses are never cached or shared (fact 1).');
    }
    code.line(indent, `cachePolicy: ${p.cache},`);
  } else {
    code.comment(indent, 'Legacy ForwardedValues (below, as an override): the L2 construct only takes cache policies.');
  }
  if (p.originRequest) {
    if (b.originRequestPolicy?.kind === 'managed' && b.originRequestPolicy.name === 'AllViewerExceptHostHeader') {
      code.comment(indent, 'Authorization, query strings and cookies reach the API; Host does not (facts 6, 87).');
    }
    code.line(indent, `originRequestPolicy: ${p.originRequest},`);
  }
  if (p.responseHeaders) code.line(indent, `responseHeadersPolicy: ${p.responseHeaders},`);
  code.line(indent, `compress: ${b.compress},`);
  if (b.function) {
    code.comment(indent, `${b.function.comment}; CloudFront itself never strips the pattern (fact 33).`);
    code.line(indent, `functionAssociations: [{ function: ${camel(b.function.logicalId)}, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],`);
  }
}

/** Legacy ForwardedValues: no L2 property, so an escape-hatch override on the generated CfnDistribution. */
function legacyOverrides(code: Code, settings: Settings): void {
  const ordered = settings.distribution.behaviors.filter((b) => !b.isDefault);
  const all: [BehaviorSettings, string][] = ordered.map((b, i) => [b, `DistributionConfig.CacheBehaviors.${i}`]);
  const def = settings.distribution.behaviors.find((b) => b.isDefault);
  if (def) all.push([def, 'DistributionConfig.DefaultCacheBehavior']);
  const legacy = all.filter(([b]) => b.cachePolicy.kind === 'legacy');
  if (legacy.length === 0) return;
  code.comment(2, 'Legacy settings, as the config asks; cache policies are recommended (fact 56).');
  code.line(2, 'const cfnDistribution = this.distribution.node.defaultChild as cloudfront.CfnDistribution;');
  for (const [b, at] of legacy) {
    const c = b.cachePolicy;
    if (c.kind !== 'legacy') continue;
    const fv: Record<string, unknown> = { QueryString: c.queryString };
    if (c.queryStringCacheKeys.length > 0) fv.QueryStringCacheKeys = c.queryStringCacheKeys;
    if (c.headers.length > 0) fv.Headers = c.headers;
    fv.Cookies = c.cookies.forward === 'whitelist' && c.cookies.names.length > 0 ? { Forward: c.cookies.forward, WhitelistedNames: c.cookies.names } : { Forward: c.cookies.forward };
    code.line(2, `cfnDistribution.addPropertyDeletionOverride(${tsString(`${at}.CachePolicyId`)});`);
    code.line(2, `cfnDistribution.addPropertyOverride(${tsString(`${at}.ForwardedValues`)}, ${JSON.stringify(fv)});`);
    for (const [key, v] of [['MinTTL', c.minTtl], ['DefaultTTL', c.defaultTtl], ['MaxTTL', c.maxTtl]] as const) {
      if (v !== undefined) code.line(2, `cfnDistribution.addPropertyOverride(${tsString(`${at}.${key}`)}, ${v});`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stack files
// ---------------------------------------------------------------------------------------------

function mainStackCode(settings: Settings): string {
  const names = appNames(settings);
  const d = settings.distribution;
  const usesS3 = d.origins.some((o) => !o.customOriginConfig) || d.logging !== null;
  const code = new Code();
  code.line(0, `// ${d.name}: CloudFront distribution in front of API Gateway. Generated by apifront.`);
  code.comment(0, 'Deploy with `npx cdk deploy` (the stack is pinned to us-east-1 in bin/, where CloudFront certificates live).');
  for (const l of settings.lockdowns) {
    if (l.kind !== 'authorizer') continue;
    code.comment(0, `Lock-down of origin "${l.originId}" (not in this app: it lives in the API):`);
    for (const step of l.outline) code.comment(0, `  - ${step}`);
  }
  code
    .line(0, "import * as cdk from 'aws-cdk-lib';")
    .line(0, "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';")
    .line(0, "import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';");
  if (settings.certificate || d.viewerCertificate.kind === 'acm') code.line(0, "import * as acm from 'aws-cdk-lib/aws-certificatemanager';");
  const zone = settings.dnsRecords[0]?.hostedZoneId ?? settings.certificate?.domainValidationOptions[0]?.hostedZoneId;
  if (zone) code.line(0, "import * as route53 from 'aws-cdk-lib/aws-route53';");
  if (settings.dnsRecords.length > 0) code.line(0, "import * as targets from 'aws-cdk-lib/aws-route53-targets';");
  if (usesS3) code.line(0, "import * as s3 from 'aws-cdk-lib/aws-s3';");
  const local = settings.lockdowns.filter((l): l is WafLockdownSettings => l.kind === 'waf' && l.region === 'us-east-1');
  if (local.length > 0) code.line(0, "import * as wafv2 from 'aws-cdk-lib/aws-wafv2';");
  code.line(0, "import type { Construct } from 'constructs';").line(0);
  code
    .line(0, `export class ${names.className} extends cdk.Stack {`)
    .line(1, 'public readonly distribution: cloudfront.Distribution;')
    .line(0)
    .line(1, 'constructor(scope: Construct, id: string, props?: cdk.StackProps) {')
    .line(2, 'super(scope, id, props);')
    .line(0);

  const zoneParam = settings.stacks[0]?.parameters.find((p) => p.name === 'HostedZoneId');
  if (zone && zoneParam?.default) {
    code
      .comment(2, `Your Route 53 hosted zone (not CloudFront's Z2FDTNDATAQYW2).`)
      .line(2, `const zone = route53.HostedZone.fromHostedZoneId(this, 'Zone', ${tsString(zoneParam.default)});`);
  }
  const vc = d.viewerCertificate;
  if (settings.certificate) {
    const c = settings.certificate;
    code
      .comment(2, 'DNS-validated certificate in this stack: it must be in us-east-1 for CloudFront, and this stack is.')
      .comment(2, 'Deploying the distribution from another Region would need a cross-Region reference or the ARN as a parameter.');
    if (c.domainValidationOptions.length === 0) {
      code.comment(2, 'No Route 53 zone: add the CNAME records ACM shows, or the deploy waits in CREATE_IN_PROGRESS.');
    }
    code
      .line(2, `const certificate = new acm.Certificate(this, ${tsString(c.logicalId)}, {`)
      .line(3, `domainName: ${tsString(c.domainName)},`);
    if (c.subjectAlternativeNames.length > 0) code.line(3, `subjectAlternativeNames: ${list(c.subjectAlternativeNames)},`);
    code.line(3, `validation: acm.CertificateValidation.fromDns(${c.domainValidationOptions.length > 0 ? 'zone' : ''}),`).line(2, '});');
  } else if (vc.kind === 'acm' && vc.source.kind === 'parameter') {
    code
      .comment(2, 'An existing ACM certificate; CloudFront only takes certificates from us-east-1 (fact 93).')
      .line(2, `const certificate = acm.Certificate.fromCertificateArn(this, 'Certificate', ${tsString(vc.source.arn)});`);
  }
  policyResources(code, settings, names.stackName);
  const used = new Set(d.behaviors.map((b) => b.targetOriginId));
  for (const o of d.origins) {
    if (used.has(o.id)) originCode(code, settings, o);
    else code.comment(2, `Origin "${o.id}" is used by no behavior: CDK adds origins through behaviors, so it is left out.`);
  }

  const def = d.behaviors.find((b) => b.isDefault) as BehaviorSettings;
  const ordered = d.behaviors.filter((b) => !b.isDefault);
  code.line(0).line(2, `this.distribution = new cloudfront.Distribution(this, ${tsString(d.logicalId)}, {`);
  code.line(3, `comment: ${tsString(d.comment)},`).line(3, 'enabled: true,');
  if (vc.kind === 'acm') {
    code.line(3, `domainNames: ${list(d.aliases)},`).line(3, 'certificate,');
    code.line(3, `minimumProtocolVersion: ${enumValue('SecurityPolicyProtocol', TLS_CONSTANTS, vc.minimumProtocolVersion)},`);
    code.line(3, 'sslSupportMethod: cloudfront.SSLMethod.SNI,');
  }
  code.comment(3, 'Explicit: CloudFormation would default to http1.1 (fact 111).');
  code.line(3, `httpVersion: ${enumValue('HttpVersion', HTTP_VERSION_CONSTANTS, d.httpVersion)},`);
  code.line(3, `enableIpv6: ${d.ipv6Enabled},`);
  code.line(3, `priceClass: ${enumValue('PriceClass', PRICE_CLASS_CONSTANTS, d.priceClass)},`);
  if (d.webAclArn) code.line(3, `webAclId: ${tsString(d.webAclArn)},`);
  if (d.logging) {
    code
      .line(3, 'enableLogging: true,')
      .line(3, `logBucket: s3.Bucket.fromBucketAttributes(this, 'LogBucket', { bucketName: ${tsString(bucketNameOf(d.logging.bucket))}, bucketRegionalDomainName: ${tsString(d.logging.bucket)} }),`)
      .line(3, `logFilePrefix: ${tsString(d.logging.prefix)},`)
      .line(3, `logIncludesCookies: ${d.logging.includeCookies},`);
  }
  if (d.defaultRootObject) code.line(3, `defaultRootObject: ${tsString(d.defaultRootObject)},`);
  code.line(3, 'defaultBehavior: {');
  behaviorCode(code, 4, def, settings);
  code.line(3, '},');
  if (ordered.length > 0) {
    code.comment(3, 'In the order CloudFront evaluates them: the first matching pattern wins.');
    code.line(3, 'additionalBehaviors: {');
    for (const b of ordered) {
      code.line(4, `${tsString(b.pathPattern ?? '')}: {`);
      behaviorCode(code, 5, b, settings);
      code.line(4, '},');
    }
    code.line(3, '},');
  }
  if (d.customErrorResponses.length > 0) {
    if (d.customErrorResponses.some((e) => e.errorCachingMinTtl === 0)) {
      code.comment(3, 'Error caching TTL 0: otherwise CloudFront serves API errors from cache (facts 125-127).');
    }
    code.line(3, 'errorResponses: [');
    for (const e of d.customErrorResponses) {
      const parts = [`httpStatus: ${e.errorCode}`, `ttl: ${seconds(e.errorCachingMinTtl)}`];
      if (e.responseCode !== null) parts.push(`responseHttpStatus: ${e.responseCode}`);
      if (e.responsePagePath !== null) parts.push(`responsePagePath: ${tsString(e.responsePagePath)}`);
      code.line(4, `{ ${parts.join(', ')} },`);
    }
    code.line(3, '],');
  }
  code.line(2, '});');
  legacyOverrides(code, settings);

  if (settings.dnsRecords.length > 0) {
    code.line(0).comment(2, "Alias records: CloudFrontTarget points at CloudFront's fixed hosted zone ID, not yours (facts 131, 140).");
    code.comment(2, 'Record names end in a dot: fully qualified, so CDK does not append the zone name.');
    for (const r of settings.dnsRecords) {
      const cls = r.type === 'A' ? 'ARecord' : 'AaaaRecord';
      code.line(
        2,
        `new route53.${cls}(this, ${tsString(r.logicalId)}, { zone, recordName: ${tsString(`${r.name}.`)}, target: route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(this.distribution)) });`,
      );
    }
  }
  if (local.length > 0) {
    code.line(0).comment(2, 'The API is in us-east-1 too: its lock-down web ACL lives in this stack.');
    for (const l of local) wafCode(code, 2, settings, l, names.stackName);
  }
  code.line(0);
  const distributionExpr = {
    distributionId: 'this.distribution.distributionId',
    distributionDomainName: 'this.distribution.distributionDomainName',
    distributionUrl: '`https://${this.distribution.distributionDomainName}`',
  };
  for (const o of settings.outputs) {
    const target = outputTarget(o);
    const expr = typeof target === 'string' ? distributionExpr[target] : tsString(target.literal);
    code.line(2, `new cdk.CfnOutput(this, ${tsString(o.name)}, { description: ${tsString(o.description)}, value: ${expr} });`);
  }
  code.line(1, '}').line(0, '}');
  return code.toString();
}

/** A REGIONAL web ACL that blocks calls without the secret, attached to the REST API stage (fact 152). */
function wafCode(code: Code, indent: number, settings: Settings, l: WafLockdownSettings, stackName: string): void {
  const origin = settings.distribution.origins.find((o) => o.id === l.originId);
  const secret = origin ? verifySecretName(settings, origin) : `${l.originId}/verify-header`;
  const metric = `${l.originId}-lockdown`.replace(/[^A-Za-z0-9_-]/g, '-');
  const v = camel(l.webAclLogicalId);
  code
    .comment(indent, `The same secret, read in ${l.region}: replicate it there (aws secretsmanager replicate-secret-to-regions).`)
    .line(indent, `const ${v} = new wafv2.CfnWebACL(this, ${tsString(l.webAclLogicalId)}, {`)
    .comment(indent + 1, 'Web ACL names are unique per Region and account: prefixed with the stack name.')
    .line(indent + 1, `name: ${tsString(`${stackName}-${metric}`)},`)
    .line(indent + 1, `description: ${tsString(webAclDescription(l))},`)
    .line(indent + 1, "scope: 'REGIONAL',")
    .line(indent + 1, 'defaultAction: { allow: {} },')
    .line(indent + 1, `visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: ${tsString(metric)} },`)
    .line(indent + 1, 'rules: [{')
    .line(indent + 2, "name: 'require-cloudfront-secret',")
    .line(indent + 2, 'priority: 0,')
    .line(indent + 2, 'action: { block: {} },')
    .line(indent + 2, `visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: ${tsString(`${metric}-blocked`)} },`)
    .line(indent + 2, 'statement: { notStatement: { statement: { byteMatchStatement: {')
    .line(indent + 3, `fieldToMatch: { singleHeader: { Name: ${tsString(l.headerName.toLowerCase())} } },`)
    .line(indent + 3, "positionalConstraint: 'EXACTLY',")
    .line(indent + 3, `searchString: cdk.SecretValue.secretsManager(${tsString(secret)}).unsafeUnwrap(),`)
    .line(indent + 3, "textTransformations: [{ priority: 0, type: 'NONE' }],")
    .line(indent + 2, '} } } },')
    .line(indent + 1, '}],')
    .line(indent, '});')
    .comment(indent, "WAF attaches to REST API stages only, with a REGIONAL web ACL in the API's Region (fact 152).")
    .line(indent, `new wafv2.CfnWebACLAssociation(this, ${tsString(l.associationLogicalId)}, { resourceArn: ${tsString(l.stageArn)}, webAclArn: ${v}.attrArn });`);
}

function lockdownStackCode(settings: Settings): string | null {
  const names = appNames(settings);
  const remote = settings.lockdowns.filter((l): l is WafLockdownSettings => l.kind === 'waf' && l.region !== 'us-east-1');
  if (remote.length === 0) return null;
  const code = new Code();
  code
    .comment(0, `${settings.distribution.name}: lock-down of the API (only requests from CloudFront pass). Generated by apifront.`)
    .comment(0, "One stack per API Region (a REGIONAL web ACL must be in the API's Region); deploy after the distribution.")
    .line(0, "import * as cdk from 'aws-cdk-lib';")
    .line(0, "import * as wafv2 from 'aws-cdk-lib/aws-wafv2';")
    .line(0, "import type { Construct } from 'constructs';")
    .line(0)
    .line(0, `export class ${names.lockdownClass} extends cdk.Stack {`)
    .line(1, 'constructor(scope: Construct, id: string, props: cdk.StackProps & { env: { region: string } }) {')
    .line(2, 'super(scope, id, props);');
  const regions = [...new Set(remote.map((l) => l.region))].sort();
  for (const region of regions) {
    code.line(2, `if (props.env.region === ${tsString(region)}) {`);
    for (const l of remote.filter((r) => r.region === region)) wafCode(code, 3, settings, l, `${names.stackName}-lockdown`);
    code.line(2, '}');
  }
  code.line(1, '}').line(0, '}');
  return code.toString();
}

function binCode(settings: Settings, hasLockdown: boolean): string {
  const names = appNames(settings);
  const code = new Code();
  code
    .line(0, '#!/usr/bin/env node')
    .line(0, "import * as cdk from 'aws-cdk-lib';")
    .line(0, `import { ${names.className} } from '../lib/${names.name}-stack';`);
  if (hasLockdown) code.line(0, `import { ${names.lockdownClass} } from '../lib/${names.name}-lockdown-stack';`);
  code
    .line(0)
    .line(0, 'const app = new cdk.App();')
    .comment(0, 'us-east-1: CloudFront certificates and the function code live there (facts 93, 116).')
    .line(0, `new ${names.className}(app, ${tsString(names.className)}, {`)
    .line(1, `stackName: ${tsString(names.stackName)},`)
    .line(1, "env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: 'us-east-1' },")
    .line(0, '});');
  const regions = [...new Set(settings.lockdowns.filter((l) => l.kind === 'waf' && l.region !== 'us-east-1').map((l) => l.region))].sort();
  for (const region of regions) {
    code
      .line(0, `new ${names.lockdownClass}(app, ${tsString(`${names.lockdownClass}${pascalCase(region)}`)}, {`)
      .line(1, `stackName: ${tsString(`${names.stackName}-lockdown`)},`)
      .line(1, `env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: ${tsString(region)} },`)
      .line(0, '});');
  }
  return code.toString();
}

/** The files of the CDK app, bin/ and lib/ first. */
export function renderCdkFromSettings(settings: Settings): RenderedFile[] {
  const names = appNames(settings);
  const lockdown = lockdownStackCode(settings);
  const files: RenderedFile[] = [
    { fileName: `bin/${names.name}.ts`, content: binCode(settings, lockdown !== null) },
    { fileName: `lib/${names.name}-stack.ts`, region: 'us-east-1', content: mainStackCode(settings) },
  ];
  if (lockdown) files.push({ fileName: `lib/${names.name}-lockdown-stack.ts`, content: lockdown });
  files.push(
    { fileName: 'cdk.json', content: `${JSON.stringify({ app: `npx ts-node --prefer-ts-exts bin/${names.name}.ts` }, null, 2)}\n` },
    {
      fileName: 'package.json',
      content: `${JSON.stringify(
        {
          name: names.name,
          version: '0.1.0',
          private: true,
          bin: { [names.name]: `bin/${names.name}.js` },
          scripts: { build: 'tsc', cdk: 'cdk', synth: 'cdk synth', deploy: 'cdk deploy --all' },
          devDependencies: { 'aws-cdk': CDK_VERSIONS.awsCdk, 'ts-node': CDK_VERSIONS.tsNode, typescript: CDK_VERSIONS.typescript },
          dependencies: { 'aws-cdk-lib': CDK_VERSIONS.awsCdkLib, constructs: CDK_VERSIONS.constructs },
        },
        null,
        2,
      )}\n`,
    },
    {
      fileName: 'tsconfig.json',
      content: `${JSON.stringify(
        {
          compilerOptions: { target: 'ES2022', module: 'commonjs', lib: ['es2022'], strict: true, esModuleInterop: true, skipLibCheck: true, outDir: 'dist' },
          exclude: ['node_modules', 'cdk.out'],
        },
        null,
        2,
      )}\n`,
    },
  );
  return files;
}

export function renderCdk(config: ApifrontConfig): RenderedFile[] {
  return renderCdkFromSettings(deriveSettings(config));
}
