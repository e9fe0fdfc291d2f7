/**
 * Config format version 1: the one model the wizard edits, links carry, the CLI reads and every
 * renderer and rule takes. The schema checks types and enums only; values that are well-typed but
 * wrong (an upper-case alias, origin path `prod/`, unordered TTLs) are accepted here and reported by
 * the rules, which can then offer a fix (DESIGN.md "The config").
 */
import { z } from 'zod';
import { withThousands } from '../format-number';
import {
  MANAGED_CACHE_POLICY_NAMES,
  MANAGED_ORIGIN_REQUEST_POLICY_NAMES,
  MANAGED_RESPONSE_HEADERS_POLICY_NAMES,
} from './managed-policies';

export const CONFIG_VERSION = 1;

/**
 * Sanity bounds, far above CloudFront's default quotas (75 behaviors, 25 origins, 100 aliases) which
 * the rules report as warnings: they keep a pasted 10 MB file from stalling every rule that compares
 * behaviors pairwise, with a message instead.
 */
export const MAX_BEHAVIORS = 1000;
export const MAX_ORIGINS = 250;
export const MAX_ALIASES = 1000;
/**
 * Longest string anywhere in a config. The longest real values are a custom header value (CloudFront
 * allows 1,783 characters, AF210) and a PEM block pasted into one; 4,096 leaves room for those, lets
 * the rules report (and fix) values a little too long, and stops a 50 MB comment at the door.
 */
export const MAX_TEXT = 4096;
const MAX_TEXT_MESSAGE = `at most ${withThousands(MAX_TEXT)} characters`;
const text = () => z.string().max(MAX_TEXT, MAX_TEXT_MESSAGE);

export const TLS_POLICIES = [
  'SSLv3',
  'TLSv1',
  'TLSv1_2016',
  'TLSv1.1_2016',
  'TLSv1.2_2018',
  'TLSv1.2_2019',
  'TLSv1.2_2021',
  'TLSv1.2_2025',
  'TLSv1.3_2025',
] as const; // fact 98
export const API_KINDS = ['rest', 'http'] as const;
export const API_ENDPOINTS = ['regional', 'edge', 'private'] as const;
export const API_AUTH_TYPES = ['none', 'iam', 'cognito', 'lambda', 'jwt', 'apiKey'] as const;
export const ROUTE_METHODS = ['ANY', 'GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'] as const;
export const VIEWER_PROTOCOLS = ['redirect-to-https', 'https-only', 'allow-all'] as const; // fact 32
export const METHOD_SETS = ['all', 'get-head-options', 'get-head'] as const; // fact 15
export const CACHED_METHOD_SETS = ['get-head', 'get-head-options'] as const; // fact 16
export const PRICE_CLASSES = ['PriceClass_100', 'PriceClass_200', 'PriceClass_All'] as const; // fact 113
export const HTTP_VERSIONS = ['http1.1', 'http2', 'http2and3', 'http3'] as const; // fact 111
export const ORIGIN_PROTOCOLS = ['https-only', 'http-only', 'match-viewer'] as const; // fact 72
/** `mtls`: CloudFront presents a client certificate the API's custom domain requires (facts 169, 170). */
export const LOCKDOWN_MODES = ['none', 'waf', 'authorizer', 'mtls'] as const;
/** Fact 170: pay as you go, or one of the flat-rate plans (a plan covers one distribution). */
export const PRICING_PLANS = ['pay-as-you-go', 'free', 'pro', 'business', 'premium'] as const;
export const IP_ADDRESS_TYPES = ['ipv4', 'ipv6', 'dualstack'] as const; // fact 174
export const API_IP_ADDRESS_TYPES = ['ipv4', 'dualstack'] as const; // fact 174
/** Fact 171, in the API Gateway V2 / console spelling (the REST CloudFormation resource spells them differently). */
export const ROUTING_MODES = ['API_MAPPING_ONLY', 'ROUTING_RULE_THEN_API_MAPPING', 'ROUTING_RULE_ONLY'] as const;
export const ENDPOINT_ACCESS_MODES = ['BASIC', 'STRICT'] as const; // fact 173

/*
 * Fields added after format v1 was frozen are optional WITHOUT a zod default: an absent field means the
 * old behaviour, defaults-v1.json stays true, and links and files made before keep their meaning.
 */

const headerSchema = z.strictObject({ name: text(), value: text() });

const certificateSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('existing'),
    arn: text(),
    /** Names the certificate covers, when the user knows them (AF104 checks aliases against them). */
    names: z.array(text()).default([]),
  }),
  /** A DNS-validated AWS::CertificateManager::Certificate for the aliases, in the template. */
  z.strictObject({ mode: z.literal('create') }),
  /** CloudFront's default *.cloudfront.net certificate; no aliases then (AF102). */
  z.strictObject({ mode: z.literal('none') }),
]);

const dnsSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('route53'), hostedZoneId: text(), zoneName: text().default('') }),
  z.strictObject({ mode: z.literal('none') }),
]);

export const domainSchema = z.strictObject({
  aliases: z.array(text()).max(MAX_ALIASES, `at most ${MAX_ALIASES} aliases: CloudFront allows 100 by default (an adjustable quota, fact 108)`).default([]),
  certificate: certificateSchema.prefault({ mode: 'none' }),
  /** Viewer TLS policy; null = not set (with mode "none" CloudFront forces TLSv1, fact 100). */
  minimumProtocolVersion: z.enum(TLS_POLICIES).nullable().default(null),
  dns: dnsSchema.prefault({ mode: 'none' }),
});

/** One routing rule of an API Gateway custom domain (fact 171). */
export const routingRuleSchema = z.strictObject({
  /** 1-1,000,000; the lowest is evaluated first. */
  priority: z.number(),
  /** Up to two header conditions, ANDed: header name (case-insensitive) and glob value (case-sensitive). */
  headers: z.array(z.strictObject({ name: z.string(), valueGlob: z.string() })).default([]),
  /** The base-path condition ("" or absent = none), without leading slash: `users`, `v2/orders`. */
  basePath: z.string().optional(),
  /** Whether API Gateway removes the matched base path before the stage sees the request. */
  stripBasePath: z.boolean().optional(),
  /** The REST API stage the rule invokes. */
  target: z.strictObject({ apiId: z.string(), stage: z.string() }),
});

const customDomainSchema = z.strictObject({
  /** The API Gateway custom domain name, e.g. api-origin.example.com. */
  name: text(),
  /** Its Regional target, d-xxxx.execute-api.{region}.amazonaws.com (facts 89, 141). */
  regionalDomainName: text().default(''),
  /** The API mapping's base path ("" = none); it replaces the stage in URLs (fact 67). */
  basePath: text().default(''),
  endpoint: z.enum(['regional', 'edge']).default('regional'),
  /** Which host the CloudFront origin uses (AF216 says which combinations work). */
  originHost: z.enum(['name', 'regionalDomainName']).default('name'),
  /**
   * How API Gateway routes requests that reach this domain (fact 171); absent = API_MAPPING_ONLY, the
   * AWS default. With ROUTING_RULE_* the rules below are evaluated first (lowest priority first, first
   * match wins) and choose the REST API stage; `basePath` then describes the API mapping, if any.
   */
  routingMode: z.enum(ROUTING_MODES).optional(),
  /**
   * The domain's routing rules as far as CloudFront matters: the headers each rule matches (which CloudFront
   * must forward, fact 172), its base-path condition and whether that base path is stripped before the API
   * sees the path. The request model (src/core/request/routing.ts) routes through them; AF219 checks them.
   */
  routingRules: z.array(routingRuleSchema).optional(),
  /** Endpoint access mode of the domain (fact 173); absent = not set (legacy security policy). */
  endpointAccessMode: z.enum(ENDPOINT_ACCESS_MODES).optional(),
  /** The domain's endpoint IP address type (fact 174); absent = ipv4. */
  ipAddressType: z.enum(API_IP_ADDRESS_TYPES).optional(),
});


export const routeSchema = z.strictObject({
  method: z.enum(ROUTE_METHODS),
  /** `/users/{id}`; `{proxy+}` is greedy. */
  path: text(),
});

const apiSchema = z.strictObject({
  kind: z.enum(API_KINDS),
  endpoint: z.enum(API_ENDPOINTS).default('regional'),
  id: text(),
  region: text(),
  /** REST stage, HTTP API named stage, or "$default". */
  stage: text(),
  auth: z.enum(API_AUTH_TYPES).default('none'),
  cors: z.boolean().default(false),
  usesQueryStrings: z.boolean().default(true),
  usesCookies: z.boolean().default(false),
  /** Seconds; absent = the kind's maximum (29 REST, 30 HTTP; fact 80). */
  integrationTimeout: z.number().optional(),
  executeApiEndpointDisabled: z.boolean().default(false),
  customDomain: customDomainSchema.nullable().default(null),
  /** When known; empty = unknown, and route-based rules stay quiet. */
  routes: z.array(routeSchema).default([]),
  /** The API's endpoint IP address type (fact 174); absent = ipv4. */
  ipAddressType: z.enum(API_IP_ADDRESS_TYPES).optional(),
  /**
   * REST only: the integrations stream their responses (response transfer mode STREAM, fact 166). The
   * read timeout then bounds the silence between chunks. Optional without a default (absent = false) so
   * the frozen v1 defaults stay as they are.
   */
  responseStreaming: z.boolean().optional(),
});

const originTimeouts = {
  readTimeout: z.number().default(30), // fact 76
  keepAliveTimeout: z.number().default(5), // fact 78
  connectionAttempts: z.number().default(3),
  connectionTimeout: z.number().default(10),
  /** Seconds for the whole response (fact 165); absent = no maximum, right for streaming. */
  responseCompletionTimeout: z.number().optional(),
};

export const apiGatewayOriginSchema = z.strictObject({
  id: text(),
  type: z.literal('apigateway'),
  api: apiSchema,
  /** Absent = derived from the API (see effectiveOriginPath); "" = explicitly empty. */
  originPath: text().optional(),
  ...originTimeouts,
  customHeaders: z.array(headerSchema).default([]),
  /** A shared-secret header CloudFront adds; its value is a NoEcho parameter, never in the config. */
  verifyHeader: z.strictObject({ name: text() }).nullable().default(null),
  lockdown: z.enum(LOCKDOWN_MODES).default('none'),
  /**
   * Origin mutual TLS (lockdown `mtls`, fact 169): the ARN of the ACM client certificate (us-east-1) that
   * CloudFront presents; the API's custom domain must require mTLS with a truststore that trusts it.
   */
  clientCertificateArn: z.string().optional(),
  /** `CustomOriginConfig.IpAddressType` (fact 174); absent = CloudFront's default (IPv4). */
  ipAddressType: z.enum(IP_ADDRESS_TYPES).optional(),
});

export const customOriginSchema = z.strictObject({
  id: text(),
  type: z.literal('custom'),
  domainName: text(),
  originPath: text().default(''),
  protocol: z.enum(ORIGIN_PROTOCOLS).default('https-only'),
  ...originTimeouts,
  customHeaders: z.array(headerSchema).default([]),
  /** `CustomOriginConfig.IpAddressType` (fact 174); absent = CloudFront's default (IPv4). */
  ipAddressType: z.enum(IP_ADDRESS_TYPES).optional(),
});

export const S3_ACCESS_MODES = ['oac', 'oai', 'none'] as const;

export const s3OriginSchema = z.strictObject({
  id: text(),
  type: z.literal('s3'),
  bucketDomainName: text(),
  originPath: text().default(''),
  customHeaders: z.array(headerSchema).default([]),
  // Optional fields added in format 1 without schema defaults (the frozen v1 defaults stay as they were):
  // read them through derive.ts (s3Access ...), which applies the defaults.
  /** How CloudFront reaches the bucket: Origin Access Control (absent = "oac"), a legacy OAI, or "none" (public bucket). */
  access: z.enum(S3_ACCESS_MODES).optional(),
  /** The legacy OAI's ID (E2ABC...) when access is "oai". */
  oaiId: z.string().optional(),
  /** The bucket has no bucket policy yet: the template creates one (an AWS::S3::BucketPolicy replaces the whole policy). */
  createBucketPolicy: z.boolean().optional(),
  /** The bucket encrypts with SSE-KMS: the key policy must let CloudFront decrypt too. */
  kms: z.boolean().optional(),
});

export const originSchema = z.discriminatedUnion('type', [apiGatewayOriginSchema, customOriginSchema, s3OriginSchema]);

const behaviorList = z.enum(['none', 'whitelist', 'allExcept', 'all']);
const namesConfig = <B extends z.ZodType>(behavior: B) =>
  z.strictObject({ behavior, names: z.array(text()).default([]) });

export const customCachePolicySchema = z.strictObject({
  minTtl: z.number().default(0),
  defaultTtl: z.number().default(0),
  maxTtl: z.number().default(1),
  headers: namesConfig(z.enum(['none', 'whitelist'])).prefault({ behavior: 'none' }), // fact 42
  cookies: namesConfig(behaviorList).prefault({ behavior: 'none' }),
  queryStrings: namesConfig(behaviorList).prefault({ behavior: 'none' }),
  gzip: z.boolean().default(false),
  brotli: z.boolean().default(false),
});

export const legacyForwardingSchema = z.strictObject({
  headers: z.array(text()).default([]),
  queryString: z.boolean().default(false),
  queryStringCacheKeys: z.array(text()).default([]),
  cookies: z
    .strictObject({ forward: z.enum(['none', 'whitelist', 'all']), names: z.array(text()).default([]) })
    .prefault({ forward: 'none' }),
  /** Absent TTLs mean CloudFront's legacy defaults (DefaultTTL 86400, fact 37): AF415. */
  minTtl: z.number().optional(),
  defaultTtl: z.number().optional(),
  maxTtl: z.number().optional(),
});

/** Exactly one key: a managed policy by name, an existing policy by ID, a custom policy, or legacy settings. */
export const cacheSchema = z.union([
  z.strictObject({ policy: z.enum(MANAGED_CACHE_POLICY_NAMES) }),
  z.strictObject({ policyId: text() }),
  z.strictObject({ custom: customCachePolicySchema }),
  z.strictObject({ legacy: legacyForwardingSchema }),
]);

export const customOriginRequestPolicySchema = z.strictObject({
  headers: namesConfig(z.enum(['none', 'whitelist', 'allViewer', 'allViewerAndWhitelistCloudFront', 'allExcept'])).prefault({
    behavior: 'none',
  }), // fact 53
  cookies: namesConfig(behaviorList).prefault({ behavior: 'none' }),
  queryStrings: namesConfig(behaviorList).prefault({ behavior: 'none' }),
});

export const originRequestSchema = z
  .union([
    z.strictObject({ policy: z.enum(MANAGED_ORIGIN_REQUEST_POLICY_NAMES) }),
    z.strictObject({ policyId: text() }),
    z.strictObject({ custom: customOriginRequestPolicySchema }),
  ])
  .nullable();

export const responseHeadersSchema = z
  .union([
    z.strictObject({ policy: z.enum(MANAGED_RESPONSE_HEADERS_POLICY_NAMES) }),
    z.strictObject({ policyId: text() }),
  ])
  .nullable();

const behaviorFields = {
  originId: text(),
  viewerProtocol: z.enum(VIEWER_PROTOCOLS).default('redirect-to-https'),
  methods: z.enum(METHOD_SETS).default('all'),
  cachedMethods: z.enum(CACHED_METHOD_SETS).default('get-head'),
  cache: cacheSchema.default({ policy: 'CachingDisabled' }),
  originRequest: originRequestSchema.default({ policy: 'AllViewerExceptHostHeader' }),
  responseHeaders: responseHeadersSchema.default(null),
  compress: z.boolean().default(false),
  /** Only for "/<literal>/*" or "/<literal>": a viewer-request CloudFront Function removes the prefix. */
  stripPrefix: z.boolean().default(false),
  /** The same function copies the viewer Host into X-Forwarded-Host (fact 90). */
  forwardedHost: z.boolean().default(false),
  /**
   * Single-page app deep links: the same function sends extensionless URIs to /index.html, on this
   * behavior only (distribution-wide error pages would also rewrite the API's 403/404). Optional, absent = off.
   */
  spaFallback: z.boolean().optional(),
};

export const defaultBehaviorSchema = z.strictObject(behaviorFields);
export const behaviorSchema = z.strictObject({ pathPattern: text(), ...behaviorFields });

export const errorCachingSchema = z.strictObject({ code: z.number(), ttl: z.number() });
export const errorPageSchema = z.strictObject({
  code: z.number(),
  responseCode: z.number().nullable().default(null),
  pagePath: text().nullable().default(null),
  ttl: z.number().default(10),
});

/** Fact 125/126: the codes CloudFront always caches, with error caching TTL 0 for an API. */
export const DEFAULT_ERROR_CACHING = [404, 500, 501, 502, 503, 504].map((code) => ({ code, ttl: 0 }));

export const distributionSchema = z.strictObject({
  priceClass: z.enum(PRICE_CLASSES).default('PriceClass_100'),
  httpVersion: z.enum(HTTP_VERSIONS).default('http2and3'),
  ipv6: z.boolean().default(true),
  /** WAFv2 web ACL ARN, CLOUDFRONT scope in us-east-1 (AF501). */
  webAclArn: text().nullable().default(null),
  logging: z
    .strictObject({ bucket: text(), prefix: text().default(''), includeCookies: z.boolean().default(false) })
    .nullable()
    .default(null),
  errorCaching: z.array(errorCachingSchema).default(() => DEFAULT_ERROR_CACHING.map((e) => ({ ...e }))),
  errorPages: z.array(errorPageSchema).default([]),
  defaultRootObject: text().default(''),
  comment: text().default(''),
  /**
   * The CloudFront pricing plan (fact 170); absent = pay as you go. Not a distribution property: the
   * console asks for it first; CloudFormation would need a separate AWS::PricingPlanManager::Subscription.
   */
  pricingPlan: z.enum(PRICING_PLANS).optional(),
});

/**
 * A rule this config silences, with why: for a warning or a note that does not apply here (an API
 * that really reads no query strings). Errors are never silenced: they stop a template that would
 * not deploy or not work. Optional, added after v1 was frozen (absent = none).
 */
export const suppressionSchema = z.strictObject({
  rule: z.string().regex(/^AF\d{3}$/, 'a rule ID such as AF409'),
  reason: text().min(1, 'say why the rule does not apply, so the next reader knows'),
});

export const configSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION),
  /** Used in the comment, resource names and file names. */
  name: text().default('my-api'),
  domain: domainSchema.prefault({}),
  origins: z
    .array(originSchema)
    .min(1, 'add at least one origin (the API the distribution fronts)')
    .max(MAX_ORIGINS, `at most ${MAX_ORIGINS} origins: CloudFront allows 25 by default (an adjustable quota, fact 82)`),
  defaultBehavior: defaultBehaviorSchema,
  /** Ordered: the first match wins; the default behavior is evaluated last (fact 27). */
  behaviors: z
    .array(behaviorSchema)
    .max(MAX_BEHAVIORS, `at most ${MAX_BEHAVIORS} behaviors: CloudFront allows 75 by default (an adjustable quota, fact 34)`)
    .default([]),
  distribution: distributionSchema.prefault({}),
  suppressions: z.array(suppressionSchema).max(100, 'at most 100 suppressions').optional(),
});

export type ApifrontConfig = z.infer<typeof configSchema>;
/** What a user may write: every field with a default may be left out. */
export type ApifrontConfigInput = z.input<typeof configSchema>;
export type Origin = ApifrontConfig['origins'][number];
export type ApiGatewayOrigin = z.infer<typeof apiGatewayOriginSchema>;
export type CustomOrigin = z.infer<typeof customOriginSchema>;
export type S3Origin = z.infer<typeof s3OriginSchema>;
export type ApiSettings = ApiGatewayOrigin['api'];
export type CustomDomain = NonNullable<ApiSettings['customDomain']>;
export type ApiRoute = z.infer<typeof routeSchema>;
export type Suppression = z.infer<typeof suppressionSchema>;
export type DefaultBehavior = z.infer<typeof defaultBehaviorSchema>;
export type Behavior = z.infer<typeof behaviorSchema>;
/** The default behavior or an ordered one: what rules about behaviors look at. */
export type AnyBehavior = DefaultBehavior | Behavior;
export type CacheSetting = Behavior['cache'];
export type OriginRequestSetting = Behavior['originRequest'];
export type ResponseHeadersSetting = Behavior['responseHeaders'];
export type CustomCachePolicy = z.infer<typeof customCachePolicySchema>;
export type CustomOriginRequestPolicy = z.infer<typeof customOriginRequestPolicySchema>;
export type LegacyForwarding = z.infer<typeof legacyForwardingSchema>;
export type Domain = ApifrontConfig['domain'];
export type Certificate = Domain['certificate'];
export type Dns = Domain['dns'];
export type Distribution = ApifrontConfig['distribution'];
export type CustomHeader = z.infer<typeof headerSchema>;
export type RoutingRule = z.infer<typeof routingRuleSchema>;
export type PricingPlan = (typeof PRICING_PLANS)[number];
