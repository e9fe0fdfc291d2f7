/**
 * Hand-built configs for the CDK and Terraform proofs: they reach what the presets and the random
 * clean configs do not (S3 and custom origins, custom and legacy policies, an existing certificate,
 * no custom domain, a lock-down in another Region, logging, error pages). Not used by the app.
 */
import { configFrom } from '../model/parse';
import type { ApifrontConfig, ApifrontConfigInput } from '../model/schema';

const api = (id: string, region: string, kind: 'rest' | 'http' = 'rest') => ({
  id: 'api',
  type: 'apigateway' as const,
  api: { kind, endpoint: 'regional' as const, id, region, stage: kind === 'rest' ? 'prod' : '$default' },
});

const base: ApifrontConfigInput = {
  version: 1,
  name: 'shop-api',
  domain: { aliases: [], certificate: { mode: 'none' }, dns: { mode: 'none' } },
  origins: [api('a1b2c3d4e5', 'eu-west-1')],
  defaultBehavior: { originId: 'api' },
};

const inputs: Record<string, ApifrontConfigInput> = {
  'no custom domain': base,
  'existing certificate, two aliases, no IPv6': {
    ...base,
    domain: {
      aliases: ['api.example.com', 'www.example.com'],
      certificate: { mode: 'existing', arn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666' },
      minimumProtocolVersion: 'TLSv1.2_2025',
      dns: { mode: 'route53', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
    },
    distribution: { ipv6: false, httpVersion: 'http2', priceClass: 'PriceClass_All' },
  },
  'created certificate without Route 53': {
    ...base,
    domain: { aliases: ['api.example.com'], certificate: { mode: 'create' }, dns: { mode: 'none' } },
  },
  'S3 and custom origins, custom policies, functions, error page': {
    ...base,
    origins: [
      api('a1b2c3d4e5', 'eu-west-1'),
      { id: 'assets', type: 's3', bucketDomainName: 'shop-assets.s3.eu-west-1.amazonaws.com' },
      { id: 'legacy', type: 'custom', domainName: 'legacy.example.org', originPath: '/v1', readTimeout: 45 },
    ],
    behaviors: [
      {
        pathPattern: '/static/*',
        originId: 'assets',
        methods: 'get-head',
        cache: {
          custom: {
            minTtl: 0,
            defaultTtl: 3600,
            maxTtl: 86400,
            headers: { behavior: 'none' },
            cookies: { behavior: 'none' },
            queryStrings: { behavior: 'whitelist', names: ['v'] },
            gzip: true,
            brotli: true,
          },
        },
        originRequest: null,
        responseHeaders: { policy: 'SecurityHeadersPolicy' },
        compress: true,
        stripPrefix: true,
      },
      {
        pathPattern: '/old/*',
        originId: 'legacy',
        originRequest: {
          custom: {
            headers: { behavior: 'whitelist', names: ['Accept-Language', 'X-Team'] },
            cookies: { behavior: 'all' },
            queryStrings: { behavior: 'all' },
          },
        },
        forwardedHost: true,
        stripPrefix: true,
      },
    ],
    distribution: { errorPages: [{ code: 403, responseCode: 200, pagePath: '/index.html', ttl: 10 }] },
  },
  'legacy ForwardedValues on an ordered behavior, existing policies by ID': {
    ...base,
    behaviors: [
      {
        pathPattern: '/v1/*',
        originId: 'api',
        cache: { legacy: { queryString: true, headers: ['Authorization'], cookies: { forward: 'whitelist', names: ['session'] }, minTtl: 0, defaultTtl: 0, maxTtl: 0 } },
        originRequest: null,
      },
      {
        pathPattern: '/v2/*',
        originId: 'api',
        cache: { policyId: '11111111-2222-3333-4444-555555555555' },
        originRequest: { policyId: '66666666-7777-8888-9999-000000000000' },
        responseHeaders: { policyId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
      },
    ],
  },
  'TLS 1.3 policy and managed policies without the defaults': {
    ...base,
    domain: {
      aliases: ['api.example.com'],
      certificate: { mode: 'create' },
      minimumProtocolVersion: 'TLSv1.3_2025',
      dns: { mode: 'route53', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
    },
    // A custom origin: forwarding Host is right there (it would be AF401 on execute-api).
    origins: [api('a1b2c3d4e5', 'eu-west-1'), { id: 'web', type: 'custom', domainName: 'web.example.org' }],
    behaviors: [
      {
        pathPattern: '/public/*',
        originId: 'web',
        methods: 'get-head-options',
        cache: { policy: 'UseOriginCacheControlHeaders-QueryStrings' },
        originRequest: { policy: 'AllViewerAndCloudFrontHeaders-2022-06' },
        responseHeaders: { policy: 'CORS-with-preflight-and-SecurityHeadersPolicy' },
      },
    ],
  },
  'WAF lock-down of a REST API in eu-west-1, verify header': {
    ...base,
    origins: [{ ...api('a1b2c3d4e5', 'eu-west-1'), verifyHeader: { name: 'X-Origin-Verify' }, lockdown: 'waf' }],
  },
  'WAF lock-down of a REST API in us-east-1 (same stack)': {
    ...base,
    origins: [{ ...api('a1b2c3d4e5', 'us-east-1'), verifyHeader: { name: 'X-Origin-Verify' }, lockdown: 'waf' }],
  },
  'HTTP API with an authorizer lock-down, logging': {
    ...base,
    origins: [{ ...api('f6g7h8i9j0', 'eu-west-1', 'http'), verifyHeader: { name: 'X-Origin-Verify' }, lockdown: 'authorizer' }],
    distribution: { logging: { bucket: 'shop-logs.s3.amazonaws.com', prefix: 'cf/', includeCookies: false } },
  },
};

export const EXTRA_CONFIGS: Record<string, ApifrontConfig> = Object.fromEntries(
  Object.entries(inputs).map(([name, input]) => [name, configFrom(structuredClone(input))]),
);
