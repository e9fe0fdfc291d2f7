/**
 * A config from a parsed invoke URL: the matching preset with the API's own ID, Region, stage and
 * endpoint type. The preset's example domain is not kept: the alias and hosted zone are left empty so
 * their errors block the download until the user fills them in (a template for example.com deploys
 * nothing useful, and "No errors" on it would mislead).
 */
import type { InvokeUrlInfo } from './invoke-url';
import { presetConfig } from './presets';
import type { ApifrontConfig } from './schema';

export type ApiEndpointChoice = 'regional' | 'edge';

export function configFromInvokeUrl(parsed: InvokeUrlInfo, endpoint: ApiEndpointChoice): ApifrontConfig {
  const config = presetConfig(parsed.kind === 'http' ? 'api-only-http' : 'api-only-rest');
  const origin = config.origins[0];
  if (origin?.type !== 'apigateway') throw new Error('the API preset has no API Gateway origin');
  origin.api.id = parsed.apiId;
  origin.api.region = parsed.region;
  origin.api.stage = parsed.stage;
  // HTTP APIs are always Regional; a REST API may be edge-optimized (its default), which AF206 reports.
  origin.api.endpoint = parsed.kind === 'http' ? 'regional' : endpoint;
  origin.originPath = parsed.originPath;
  if (parsed.customDomain) {
    origin.api.customDomain = { name: parsed.customDomain.name, regionalDomainName: '', basePath: parsed.customDomain.basePath, endpoint, originHost: 'name' };
  }
  config.name = parsed.apiId ? `api-${parsed.apiId}` : 'my-api';
  config.domain.aliases = [''];
  if (config.domain.dns.mode === 'route53') {
    config.domain.dns.hostedZoneId = '';
    config.domain.dns.zoneName = '';
  }
  return config;
}
