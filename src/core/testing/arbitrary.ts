/**
 * fast-check arbitraries of configs, for property tests (renderer, share codec, path matcher).
 *
 * - `arbitraryConfig()`: any VALID config (it passes parseConfig), covering every option of the schema,
 *   including values the rules reject (upper-case aliases, odd origin paths, unordered TTLs...).
 * - `arbitraryCleanConfig()`: biased to sensible values (recommended caching), most of them lint clean.
 * - `arbitraryLintCleanConfig()`: lint-clean configs (filtered) with varied caching and forwarding; used
 *   for "lint has no errors => the template validates" and the request model's differential test.
 *
 * Sizes are kept small (a few origins and behaviors) so 300 runs stay fast. Not used by the app.
 */
import fc from 'fast-check';
import { lint } from '../lint';
import { configFrom } from '../model/parse';
import {
  MANAGED_CACHE_POLICIES,
  MANAGED_CACHE_POLICY_NAMES,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICY_NAMES,
  MANAGED_RESPONSE_HEADERS_POLICY_NAMES,
} from '../model/managed-policies';
import {
  API_AUTH_TYPES,
  API_ENDPOINTS,
  CACHED_METHOD_SETS,
  HTTP_VERSIONS,
  LOCKDOWN_MODES,
  METHOD_SETS,
  ORIGIN_PROTOCOLS,
  PRICE_CLASSES,
  PRICING_PLANS,
  ROUTING_MODES,
  ENDPOINT_ACCESS_MODES,
  API_IP_ADDRESS_TYPES,
  IP_ADDRESS_TYPES,
  ROUTE_METHODS,
  TLS_POLICIES,
  VIEWER_PROTOCOLS,
  type AnyBehavior,
  type ApifrontConfig,
  type ApifrontConfigInput,
} from '../model/schema';

type Input = ApifrontConfigInput;
type OriginInput = Input['origins'][number];
type BehaviorInput = NonNullable<Input['behaviors']>[number];
type DefaultBehaviorInput = Input['defaultBehavior'];

const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2'] as const;
const SEGMENTS = ['api', 'v1', 'v2', 'users', 'orders', 'admin', 'static', 'auth', 'graphql', 'health'] as const;
const HEADER_NAMES = ['X-Team', 'X-Env', 'Accept', 'Origin', 'X-Request-Id', 'CloudFront-Viewer-Country'] as const;
const COOKIE_NAMES = ['session', 'lang', 'theme'] as const;
const QUERY_NAMES = ['page', 'limit', 'q', 'sort'] as const;

const apiId = fc.stringMatching(/^[a-z0-9]{10}$/);
const stageName = fc.constantFrom('prod', 'dev', 'v1', 'staging', 'live_2');
const label = fc.constantFrom(...SEGMENTS);
const names = <T extends string>(pool: readonly T[]) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 });
const ttl = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 31536000 }));
const headerValue = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,20}$/);

// ---------------------------------------------------------------------------------------------
// Any valid config
// ---------------------------------------------------------------------------------------------

const anyPath = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  fc.constantFrom('/prod', '/v1', 'prod/', '/a/b', '/$default'),
);

const customDomain = fc.option(
  fc.record({
    name: fc.constantFrom('api-origin.example.com', 'api.example.com', 'backend.example.org'),
    regionalDomainName: fc.constantFrom('', 'd-abc123xyz0.execute-api.eu-west-1.amazonaws.com'),
    basePath: fc.constantFrom('', 'v1', '/orders/'),
    endpoint: fc.constantFrom('regional' as const, 'edge' as const),
    originHost: fc.constantFrom('name' as const, 'regionalDomainName' as const),
    // Optional fields added after v1 was frozen: absent or set.
    routingMode: fc.constantFrom(...ROUTING_MODES),
    routingRules: fc.array(
      fc.record({
        priority: fc.integer({ min: 1, max: 1000 }),
        headers: fc.array(fc.record({ name: fc.constantFrom('x-version', 'Accept', 'X-Team', 'Host'), valueGlob: fc.constantFrom('v2', 'beta*', '*', 'v*', '*abc', 'api-origin.example.com') }), { maxLength: 2 }),
        basePath: fc.constantFrom('', 'users', 'v1', '/a/'),
        stripBasePath: fc.boolean(),
        target: fc.record({ apiId, stage: stageName }),
      }),
      { maxLength: 2 },
    ),
    endpointAccessMode: fc.constantFrom(...ENDPOINT_ACCESS_MODES),
    ipAddressType: fc.constantFrom(...API_IP_ADDRESS_TYPES),
  }, { requiredKeys: ['name', 'regionalDomainName', 'basePath', 'endpoint', 'originHost'] }),
  { freq: 4 },
);

const apiGatewayOrigin = (id: string): fc.Arbitrary<OriginInput> =>
  fc.record(
    {
      id: fc.constant(id),
      type: fc.constant('apigateway' as const),
      api: fc.record(
        {
          kind: fc.constantFrom('rest' as const, 'http' as const),
          endpoint: fc.constantFrom(...API_ENDPOINTS),
          id: apiId,
          region: fc.constantFrom(...REGIONS),
          stage: fc.oneof(stageName, fc.constant('$default')),
          auth: fc.constantFrom(...API_AUTH_TYPES),
          cors: fc.boolean(),
          usesQueryStrings: fc.boolean(),
          usesCookies: fc.boolean(),
          integrationTimeout: fc.integer({ min: 1, max: 60 }),
          executeApiEndpointDisabled: fc.boolean(),
          customDomain,
          responseStreaming: fc.boolean(),
          ipAddressType: fc.constantFrom(...API_IP_ADDRESS_TYPES),
          routes: fc.array(
            fc.record({
              method: fc.constantFrom(...ROUTE_METHODS),
              path: fc.oneof(
                label.map((l) => `/${l}`),
                label.map((l) => `/${l}/{id}`),
                fc.constant('/{proxy+}'),
              ),
            }),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: ['kind', 'id', 'region', 'stage'] },
      ),
      originPath: anyPath,
      readTimeout: fc.integer({ min: 1, max: 180 }),
      keepAliveTimeout: fc.integer({ min: 1, max: 120 }),
      connectionAttempts: fc.integer({ min: 1, max: 3 }),
      connectionTimeout: fc.integer({ min: 1, max: 10 }),
      customHeaders: fc.array(fc.record({ name: fc.constantFrom('X-Team', 'X-Env', 'Referer'), value: headerValue }), {
        maxLength: 2,
      }),
      verifyHeader: fc.option(fc.record({ name: fc.constantFrom('X-Origin-Verify', 'X-CF-Secret') })),
      lockdown: fc.constantFrom(...LOCKDOWN_MODES),
      responseCompletionTimeout: fc.integer({ min: 1, max: 900 }),
      clientCertificateArn: fc.constantFrom('arn:aws:acm:us-east-1:123456789012:certificate/cf-client', ''),
      ipAddressType: fc.constantFrom(...IP_ADDRESS_TYPES),
    },
    { requiredKeys: ['id', 'type', 'api'] },
  ).map((o) => {
    // `originPath: undefined` is not the same as absent for a strict schema in JSON; drop it.
    if (o.originPath === undefined) delete o.originPath;
    return o;
  });

const customOrigin = (id: string): fc.Arbitrary<OriginInput> =>
  fc.record(
    {
      id: fc.constant(id),
      type: fc.constant('custom' as const),
      domainName: fc.constantFrom('www.example.org', 'backend.example.net', 'legacy.example.com'),
      originPath: fc.constantFrom('', '/app'),
      protocol: fc.constantFrom(...ORIGIN_PROTOCOLS),
      readTimeout: fc.integer({ min: 1, max: 60 }),
      keepAliveTimeout: fc.integer({ min: 1, max: 60 }),
      connectionAttempts: fc.integer({ min: 1, max: 3 }),
      connectionTimeout: fc.integer({ min: 1, max: 10 }),
      customHeaders: fc.array(fc.record({ name: fc.constantFrom('X-Team', 'X-Env'), value: headerValue }), { maxLength: 2 }),
      responseCompletionTimeout: fc.integer({ min: 1, max: 900 }),
      ipAddressType: fc.constantFrom(...IP_ADDRESS_TYPES),
    },
    { requiredKeys: ['id', 'type', 'domainName'] },
  );

const s3Origin = (id: string): fc.Arbitrary<OriginInput> =>
  fc.record(
    {
      id: fc.constant(id),
      type: fc.constant('s3' as const),
      bucketDomainName: fc.constantFrom('assets-bucket.s3.eu-west-1.amazonaws.com', 'site.s3.amazonaws.com'),
      originPath: fc.constantFrom('', '/public'),
      customHeaders: fc.constant([]),
    },
    { requiredKeys: ['id', 'type', 'bucketDomainName'] },
  );

const namesConfig = <B extends string>(behaviors: readonly B[], pool: readonly string[]) =>
  fc.record({ behavior: fc.constantFrom(...behaviors), names: names(pool) });

const cacheSetting = fc.oneof(
  { weight: 3, arbitrary: fc.record({ policy: fc.constantFrom(...MANAGED_CACHE_POLICY_NAMES) }) },
  { weight: 1, arbitrary: fc.record({ policyId: fc.uuid() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      custom: fc.record({
        minTtl: ttl,
        defaultTtl: ttl,
        maxTtl: ttl,
        headers: namesConfig(['none', 'whitelist'] as const, HEADER_NAMES),
        cookies: namesConfig(['none', 'whitelist', 'allExcept', 'all'] as const, COOKIE_NAMES),
        queryStrings: namesConfig(['none', 'whitelist', 'allExcept', 'all'] as const, QUERY_NAMES),
        gzip: fc.boolean(),
        brotli: fc.boolean(),
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      legacy: fc.record(
        {
          headers: names(['Authorization', 'Origin', 'Accept', '*', 'Host']),
          queryString: fc.boolean(),
          queryStringCacheKeys: names(QUERY_NAMES),
          cookies: fc.record({ forward: fc.constantFrom('none' as const, 'whitelist' as const, 'all' as const), names: names(COOKIE_NAMES) }),
          minTtl: ttl,
          defaultTtl: ttl,
          maxTtl: ttl,
        },
        { requiredKeys: [] },
      ),
    }),
  },
);

const originRequestSetting = fc.oneof(
  { weight: 3, arbitrary: fc.record({ policy: fc.constantFrom(...MANAGED_ORIGIN_REQUEST_POLICY_NAMES) }) },
  { weight: 1, arbitrary: fc.record({ policyId: fc.uuid() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      custom: fc.record({
        headers: namesConfig(['none', 'whitelist', 'allViewer', 'allViewerAndWhitelistCloudFront', 'allExcept'] as const, [
          ...HEADER_NAMES,
          'Host',
          'Authorization',
        ]),
        cookies: namesConfig(['none', 'whitelist', 'allExcept', 'all'] as const, COOKIE_NAMES),
        queryStrings: namesConfig(['none', 'whitelist', 'allExcept', 'all'] as const, QUERY_NAMES),
      }),
    }),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

const responseHeadersSetting = fc.oneof(
  fc.constant(null),
  fc.record({ policy: fc.constantFrom(...MANAGED_RESPONSE_HEADERS_POLICY_NAMES) }),
  fc.record({ policyId: fc.uuid() }),
);

const behaviorFields = (originIds: readonly string[]) => ({
  originId: fc.constantFrom(...originIds),
  viewerProtocol: fc.constantFrom(...VIEWER_PROTOCOLS),
  methods: fc.constantFrom(...METHOD_SETS),
  cachedMethods: fc.constantFrom(...CACHED_METHOD_SETS),
  cache: cacheSetting,
  originRequest: originRequestSetting,
  responseHeaders: responseHeadersSetting,
  compress: fc.boolean(),
  stripPrefix: fc.boolean(),
  forwardedHost: fc.boolean(),
});

const pathPattern = fc.oneof(
  label.map((l) => `/${l}/*`),
  label.map((l) => `/${l}`),
  fc.tuple(label, label).map(([a, b]) => `/${a}/${b}/*`),
  label.map((l) => `${l}/*`),
  fc.constantFrom('*.json', '/img/*.png', '/v?/*', '/API/*', '/a b'),
);

const errorCode = fc.constantFrom(400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504);

const distribution = fc.record(
  {
    priceClass: fc.constantFrom(...PRICE_CLASSES),
    pricingPlan: fc.constantFrom(...PRICING_PLANS),
    httpVersion: fc.constantFrom(...HTTP_VERSIONS),
    ipv6: fc.boolean(),
    webAclArn: fc.option(
      fc.constantFrom(
        'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      ),
    ),
    logging: fc.option(
      fc.record({
        bucket: fc.constantFrom('logs.s3.amazonaws.com', 'my-logs'),
        prefix: fc.constantFrom('', 'cf/'),
        includeCookies: fc.boolean(),
      }),
    ),
    errorCaching: fc.uniqueArray(fc.record({ code: errorCode, ttl: fc.integer({ min: 0, max: 300 }) }), {
      selector: (e) => e.code,
      maxLength: 6,
    }),
    errorPages: fc.array(
      fc.record({
        code: errorCode,
        responseCode: fc.option(fc.constantFrom(200, 404, 503)),
        pagePath: fc.option(fc.constantFrom('/index.html', '/errors/5xx.html')),
        ttl: fc.integer({ min: 0, max: 300 }),
      }),
      { maxLength: 2 },
    ),
    defaultRootObject: fc.constantFrom('', 'index.html'),
    comment: fc.constantFrom('', 'Orders API', 'x'.repeat(130)),
  },
  { requiredKeys: [] },
);

const domain = fc.record(
  {
    aliases: fc.uniqueArray(fc.constantFrom('api.example.com', 'www.example.com', '*.example.com', 'example.com', 'API.Example.com'), {
      maxLength: 3,
    }),
    certificate: fc.oneof(
      fc.record({
        mode: fc.constant('existing' as const),
        arn: fc.constantFrom(
          'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
          'arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        ),
        names: fc.uniqueArray(fc.constantFrom('api.example.com', '*.example.com'), { maxLength: 2 }),
      }),
      fc.constant({ mode: 'create' as const }),
      fc.constant({ mode: 'none' as const }),
    ),
    minimumProtocolVersion: fc.option(fc.constantFrom(...TLS_POLICIES)),
    dns: fc.oneof(
      fc.record({
        mode: fc.constant('route53' as const),
        hostedZoneId: fc.constantFrom('Z0123456789ABCDEFGHIJ', 'Z2FDTNDATAQYW2', 'bad-zone'),
        zoneName: fc.constantFrom('', 'example.com'),
      }),
      fc.constant({ mode: 'none' as const }),
    ),
  },
  { requiredKeys: [] },
);

const ORIGIN_IDS = ['api', 'api-2', 'site', 'assets', 'legacy_api'] as const;

/** Origins with unique IDs; the first is always an API Gateway origin. */
const origins: fc.Arbitrary<OriginInput[]> = fc
  .shuffledSubarray(ORIGIN_IDS.slice(1), { maxLength: 2 })
  .chain((extra) =>
    fc.tuple(
      apiGatewayOrigin('api'),
      ...extra.map((id) => fc.oneof({ weight: 2, arbitrary: apiGatewayOrigin(id) }, { weight: 1, arbitrary: customOrigin(id) }, { weight: 1, arbitrary: s3Origin(id) })),
    ),
  );

/** Any valid config, covering every option of the schema (values the rules reject included). */
export function arbitraryConfig(): fc.Arbitrary<ApifrontConfig> {
  return fc
    .tuple(origins, fc.constantFrom('orders-api', 'my-api', 'Billing API', 'acme-payments-and-orders-platform-public-api-production-eu-central'), domain, distribution)
    .chain(([originList, name, domainInput, distributionInput]) => {
      const ids = originList.map((o) => o.id);
      const defaultBehavior: fc.Arbitrary<DefaultBehaviorInput> = fc.record(behaviorFields(ids), { requiredKeys: ['originId'] });
      const behaviors: fc.Arbitrary<BehaviorInput[]> = fc.array(
        fc.record({ pathPattern, ...behaviorFields(ids) }, { requiredKeys: ['pathPattern', 'originId'] }),
        { maxLength: 4 },
      );
      // Optional, added after v1 was frozen: absent most of the time, as in real configs.
      const suppressions = fc.option(
        fc.array(fc.record({ rule: fc.constantFrom('AF409', 'AF412', 'AF507', 'AF999'), reason: fc.constantFrom('checked by hand', 'the API reads no query strings') }), { minLength: 1, maxLength: 3 }),
        { nil: undefined, freq: 4 },
      );
      return fc.record({ defaultBehavior, behaviors, suppressions }).map(
        ({ defaultBehavior: d, behaviors: b, suppressions: s }): Input => ({
          version: 1,
          name,
          domain: domainInput,
          origins: originList,
          defaultBehavior: d,
          behaviors: b,
          distribution: distributionInput,
          ...(s ? { suppressions: s } : {}),
        }),
      );
    })
    .map((input) => configFrom(input));
}

// ---------------------------------------------------------------------------------------------
// Sensible configs
// ---------------------------------------------------------------------------------------------

const cleanApiOrigin = (id: string, region: string): fc.Arbitrary<OriginInput> =>
  fc
    .record({
      kind: fc.constantFrom('rest' as const, 'http' as const),
      id: apiId,
      namedStage: stageName,
      useDefaultStage: fc.boolean(),
      auth: fc.constantFrom('none' as const, 'cognito' as const, 'lambda' as const),
      cors: fc.boolean(),
      withVerify: fc.boolean(),
      lockdown: fc.boolean(),
    })
    .map(({ kind, id: apiIdValue, namedStage, useDefaultStage, auth, cors, withVerify, lockdown }) => {
      const stage = kind === 'http' && useDefaultStage ? '$default' : namedStage;
      const verify = withVerify || lockdown;
      return {
        id,
        type: 'apigateway' as const,
        api: {
          kind,
          endpoint: 'regional' as const,
          id: apiIdValue,
          region,
          stage,
          // HTTP APIs take JWT authorizers; a lock-down authorizer replaces a JWT one (AF510).
          auth: kind === 'http' && auth === 'cognito' ? (lockdown ? ('none' as const) : ('jwt' as const)) : auth,
          cors,
        },
        readTimeout: kind === 'rest' ? 29 : 30,
        verifyHeader: verify ? { name: 'X-Origin-Verify' } : null,
        lockdown: lockdown ? (kind === 'rest' ? ('waf' as const) : ('authorizer' as const)) : ('none' as const),
      };
    });

const cleanBehavior = (originId: string, pattern: string, strip: boolean): BehaviorInput => ({
  pathPattern: pattern,
  originId,
  stripPrefix: strip,
});

/**
 * Configs a careful user would write: Regional APIs, the recommended caching and forwarding, a created
 * or us-east-1 certificate covering lower-case aliases, Route 53 in the aliases' zone. Most lint clean.
 */
export function arbitraryCleanConfig(): fc.Arbitrary<ApifrontConfig> {
  return fc
    .record({
      name: fc.constantFrom('orders-api', 'billing', 'shop-api'),
      region: fc.constantFrom(...REGIONS),
      secondRegion: fc.constantFrom(...REGIONS),
      twoApis: fc.boolean(),
      aliases: fc.uniqueArray(fc.constantFrom('api.example.com', 'www.example.com', 'example.com'), { minLength: 1, maxLength: 2 }),
      certificate: fc.constantFrom('create' as const, 'existing' as const),
      route53: fc.boolean(),
      ipv6: fc.boolean(),
      httpVersion: fc.constantFrom('http2' as const, 'http2and3' as const),
      prefixes: fc.uniqueArray(label, { maxLength: 3 }),
      strip: fc.boolean(),
      forwardedHost: fc.boolean(),
      tls: fc.constantFrom('TLSv1.2_2021' as const, 'TLSv1.2_2025' as const),
    })
    .chain((c) =>
      fc
        .tuple(cleanApiOrigin('api', c.region), c.twoApis ? cleanApiOrigin('api-2', c.secondRegion) : fc.constant(null))
        .map(([first, second]): Input => {
          const originList = second ? [first, second] : [first];
          const ids = originList.map((o) => o.id);
          return {
            version: 1,
            name: c.name,
            domain: {
              aliases: c.aliases,
              certificate:
                c.certificate === 'create'
                  ? { mode: 'create' }
                  : {
                      mode: 'existing',
                      arn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
                      names: ['example.com', '*.example.com'],
                    },
              minimumProtocolVersion: c.tls,
              dns: c.route53 ? { mode: 'route53', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' } : { mode: 'none' },
            },
            origins: originList,
            defaultBehavior: { originId: 'api', forwardedHost: c.forwardedHost },
            behaviors: c.prefixes.map((p, i) => cleanBehavior(ids[i % ids.length] as string, `/${p}/*`, c.strip)),
            distribution: { ipv6: c.ipv6, httpVersion: c.httpVersion },
          };
        }),
    )
    .map((input) => configFrom(input));
}

// ---------------------------------------------------------------------------------------------
// Lint-clean configs with varied forwarding
// ---------------------------------------------------------------------------------------------

const hasError = (config: ApifrontConfig) => lint(config).some((f) => f.severity === 'error');

type Forwarding = Pick<AnyBehavior, 'cache' | 'originRequest'>;
const none = { behavior: 'none' as const, names: [] };

/** Caching and forwarding settings a careful user may pick; lint decides which survive. */
const FORWARDING: Forwarding[] = [
  { cache: { policy: 'CachingDisabled' }, originRequest: { policy: 'AllViewerExceptHostHeader' } },
  { cache: { policyId: MANAGED_CACHE_POLICIES.CachingDisabled }, originRequest: { policyId: MANAGED_ORIGIN_REQUEST_POLICIES.AllViewerExceptHostHeader } },
  { cache: { policy: 'CachingDisabled' }, originRequest: null },
  { cache: { policy: 'CachingDisabled' }, originRequest: { policy: 'CORS-CustomOrigin' } },
  {
    cache: { policy: 'CachingDisabled' },
    originRequest: { custom: { headers: { behavior: 'whitelist', names: ['X-Trace', 'Origin'] }, cookies: { behavior: 'whitelist', names: ['s'] }, queryStrings: { behavior: 'whitelist', names: ['a'] } } },
  },
  {
    cache: { policy: 'CachingDisabled' },
    originRequest: { custom: { headers: { behavior: 'allExcept', names: ['Host', 'X-Trace'] }, cookies: { behavior: 'allExcept', names: ['t'] }, queryStrings: { behavior: 'allExcept', names: ['b'] } } },
  },
  {
    cache: {
      custom: { minTtl: 0, defaultTtl: 0, maxTtl: 1, headers: { behavior: 'whitelist', names: ['Authorization'] }, cookies: { behavior: 'all', names: [] }, queryStrings: { behavior: 'allExcept', names: ['b'] }, gzip: false, brotli: false },
    },
    originRequest: { policy: 'AllViewerExceptHostHeader' },
  },
  {
    cache: {
      custom: { minTtl: 0, defaultTtl: 0, maxTtl: 60, headers: { behavior: 'whitelist', names: ['Authorization', 'X-Trace'] }, cookies: none, queryStrings: { behavior: 'whitelist', names: ['a', 'c'] }, gzip: true, brotli: true },
    },
    originRequest: null,
  },
  {
    cache: { legacy: { headers: ['Authorization', 'X-Trace'], queryString: true, queryStringCacheKeys: ['a'], cookies: { forward: 'whitelist', names: ['s'] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } },
    originRequest: null,
  },
];

interface Extras {
  forwardedHost: boolean;
  strip: boolean;
  /** Put a private S3 site (OAC, single-page-app fallback) on the default behavior. */
  site: boolean;
}

function withForwarding(config: ApifrontConfig, picks: readonly number[], extras: readonly Extras[]): ApifrontConfig {
  const next = structuredClone(config);
  [next.defaultBehavior, ...next.behaviors].forEach((b, i) => {
    const f = FORWARDING[(picks[i] ?? 0) % FORWARDING.length] as Forwarding;
    b.cache = structuredClone(f.cache);
    b.originRequest = structuredClone(f.originRequest);
    const extra = extras[i];
    if (extra) {
      b.forwardedHost = extra.forwardedHost;
      if (i > 0) b.stripPrefix = extra.strip;
    }
  });
  const api = next.origins[0];
  if (api?.type === 'apigateway' && (picks[0] ?? 0) % 3 === 0) api.customHeaders = [{ name: 'X-Team', value: 'payments' }];
  if (extras[0]?.site) {
    next.origins.push({ id: 'site', type: 's3', bucketDomainName: 'shop-site.s3.eu-west-1.amazonaws.com', originPath: '', customHeaders: [], access: 'oac' });
    Object.assign(next.defaultBehavior, { originId: 'site', methods: 'get-head', cache: { policy: 'CachingOptimized' }, originRequest: null, compress: true, spaFallback: true });
  }
  return next;
}

/**
 * A custom domain with routing rules for the first (REST) API origin: header globs on headers the
 * differential test's requests carry, base paths with and without strip, targets in this API or another.
 */
const routedDomain = fc.record({
  routingMode: fc.constantFrom(...ROUTING_MODES),
  basePath: fc.constantFrom('', 'v1', 'api'),
  routingRules: fc.uniqueArray(
    fc.record({
      priority: fc.integer({ min: 1, max: 9 }),
      headers: fc.array(fc.record({ name: fc.constantFrom('x-version', 'X-Team', 'accept'), valueGlob: fc.constantFrom('v1', 'v*', '*abc', '*', 'spoof', '*oo*', 'payments') }), { maxLength: 1 }),
      basePath: fc.constantFrom('', 'users', 'a', 'v1/users', 'api'),
      stripBasePath: fc.boolean(),
      other: fc.boolean(),
    }),
    { selector: (r) => r.priority, maxLength: 3 },
  ),
});

type RoutedDomain = typeof routedDomain extends fc.Arbitrary<infer D> ? D : never;

function withRoutedDomain(config: ApifrontConfig, domain: RoutedDomain): ApifrontConfig {
  const next = structuredClone(config);
  const api = next.origins[0];
  if (api?.type !== 'apigateway') return next;
  if (api.api.kind === 'http') {
    // Routing rules target REST stages only (fact 171): make the API a REST API with a named stage.
    Object.assign(api.api, { kind: 'rest', stage: 'prod', auth: api.api.auth === 'jwt' ? 'cognito' : api.api.auth });
    if (api.lockdown === 'authorizer') api.lockdown = 'waf';
    api.readTimeout = 29;
  }
  api.api.customDomain = {
    name: 'api-origin.example.com',
    regionalDomainName: '',
    basePath: domain.basePath,
    endpoint: 'regional',
    originHost: 'name',
    routingMode: domain.routingMode,
    routingRules: domain.routingRules.map(({ other, ...rule }) => ({ ...rule, target: other ? { apiId: 'z9y8x7w6v5', stage: 'v2' } : { apiId: api.api.id, stage: 'beta' } })),
  };
  return next;
}

/**
 * Lint-clean configs (no error finding) with varied caching and forwarding per behavior (managed
 * policies by name and by ID, custom and legacy settings, whitelists, allExcept), forwarded host and
 * strip prefix: the generator for "lint clean => the template validates / the model agrees".
 */
export function arbitraryLintCleanConfig(): fc.Arbitrary<ApifrontConfig> {
  return fc
    .tuple(
      arbitraryCleanConfig(),
      fc.array(fc.nat(FORWARDING.length - 1), { minLength: 5, maxLength: 5 }),
      fc.array(fc.record({ forwardedHost: fc.boolean(), strip: fc.boolean(), site: fc.boolean() }), { minLength: 5, maxLength: 5 }),
      fc.option(routedDomain, { freq: 5 }),
    )
    .map(([config, picks, extras, domain]) => {
      const forwarded = withForwarding(config, picks, extras);
      return domain ? withRoutedDomain(forwarded, domain) : forwarded;
    })
    .filter((config) => !hasError(config));
}

