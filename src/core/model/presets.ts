/**
 * Whole-config presets. "API only (recommended)" is what AWS's console preselects for an API Gateway
 * origin (fact 13) plus what CloudFormation does not default well: an explicit HTTP version (fact 111),
 * TLSv1.2_2025 (fact 168), IPv6 with A and AAAA records (fact 136) and error caching 0 (fact 126).
 */
import { configFrom } from './parse';
import type { ApifrontConfig, ApifrontConfigInput } from './schema';
import { RECOMMENDED_TLS_POLICY } from './constants';

export type PresetId = 'api-only-rest' | 'api-only-http' | 'site-and-api';

export interface Preset {
  id: PresetId;
  label: string;
  description: string;
  input: ApifrontConfigInput;
}

const domain: ApifrontConfigInput['domain'] = {
  aliases: ['api.example.com'],
  certificate: { mode: 'create' },
  minimumProtocolVersion: RECOMMENDED_TLS_POLICY,
  dns: { mode: 'route53', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' },
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'api-only-rest',
    label: 'API only - REST API',
    description: 'One Regional REST API at /prod: all methods, nothing cached, every viewer header but Host forwarded.',
    input: {
      version: 1,
      name: 'orders-api',
      domain,
      origins: [{ id: 'api', type: 'apigateway', api: { kind: 'rest', endpoint: 'regional', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } }],
      defaultBehavior: { originId: 'api' },
    },
  },
  {
    id: 'api-only-http',
    label: 'API only - HTTP API',
    description: 'One HTTP API on its $default stage (no origin path): all methods, nothing cached, Host not forwarded.',
    input: {
      version: 1,
      name: 'orders-api',
      domain,
      origins: [{ id: 'api', type: 'apigateway', api: { kind: 'http', endpoint: 'regional', id: 'f6g7h8i9j0', region: 'eu-west-1', stage: '$default' } }],
      defaultBehavior: { originId: 'api' },
    },
  },
  {
    id: 'site-and-api',
    label: 'Site + API on one domain',
    description:
      'A private S3 bucket (Origin Access Control) serves the web app, with single-page-app deep links; the REST API answers under /api/*, prefix stripped, never cached.',
    input: {
      version: 1,
      name: 'shop',
      domain: { ...domain, aliases: ['www.example.com'] },
      origins: [
        { id: 'site', type: 's3', bucketDomainName: 'shop-site-bucket.s3.eu-west-1.amazonaws.com', access: 'oac' },
        { id: 'api', type: 'apigateway', api: { kind: 'rest', endpoint: 'regional', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } },
      ],
      // The site: cached (CachingOptimized), GET/HEAD, compressed; app routes get /index.html from the
      // viewer-request function on this behavior only, never from distribution-wide error pages (AF504).
      defaultBehavior: {
        originId: 'site',
        methods: 'get-head',
        cache: { policy: 'CachingOptimized' },
        originRequest: null,
        responseHeaders: { policy: 'SecurityHeadersPolicy' },
        compress: true,
        spaFallback: true,
      },
      // The API: never cached, every viewer header but Host, all methods; /api is stripped because the
      // API's routes are /users ... (turn it off when the routes carry /api).
      behaviors: [{ pathPattern: '/api/*', originId: 'api', stripPrefix: true }],
      distribution: { httpVersion: 'http2and3', defaultRootObject: 'index.html' },
    },
  },
];

export function presetConfig(id: PresetId): ApifrontConfig {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`unknown preset ${id}`);
  return configFrom(structuredClone(preset.input));
}
