/**
 * Values derived from the config that every renderer, rule and the path matcher agree on.
 * Keep derivations here so the template, the console steps and the rules cannot drift.
 */
import type { AnyBehavior, ApiGatewayOrigin, ApiSettings, ApifrontConfig, Origin, S3Origin } from './schema';
import { DEFAULT_VERIFY_HEADER } from './constants';

export { DEFAULT_VERIFY_HEADER };

/** `{id}.execute-api.{region}.amazonaws.com` (fact 63). */
export function executeApiHost(api: Pick<ApiSettings, 'id' | 'region'>): string {
  return `${api.id}.execute-api.${api.region}.amazonaws.com`;
}

/** The host CloudFront connects to for this origin. */
export function originDomainName(origin: Origin): string {
  switch (origin.type) {
    case 'apigateway': {
      const cd = origin.api.customDomain;
      if (cd) return cd.originHost === 'regionalDomainName' ? cd.regionalDomainName : cd.name;
      return executeApiHost(origin.api);
    }
    case 'custom':
      return origin.domainName;
    case 's3':
      return origin.bucketDomainName;
  }
}

/** True when the origin is the API's own execute-api host (not a custom domain). */
export function usesExecuteApiHost(origin: ApiGatewayOrigin): boolean {
  return origin.api.customDomain === null;
}

/**
 * The origin path AWS's routing needs when the config leaves it out: `/<stage>` for a REST API or a
 * named HTTP API stage (facts 63, 64); "" for `$default` and for a custom domain, whose mapping
 * replaces the stage (fact 67).
 */
export function derivedOriginPath(origin: ApiGatewayOrigin): string {
  const { api } = origin;
  if (api.customDomain) return api.customDomain.basePath ? `/${api.customDomain.basePath.replace(/^\/+|\/+$/g, '')}` : '';
  if (api.kind === 'http' && api.stage === '$default') return '';
  return `/${api.stage}`;
}

export function effectiveOriginPath(origin: Origin): string {
  if (origin.type === 'apigateway') return origin.originPath ?? derivedOriginPath(origin);
  return origin.originPath;
}


/** The verify header name an API origin sends: the configured one, or the default when lock-down needs one. */
export function effectiveVerifyHeader(origin: ApiGatewayOrigin): string | null {
  if (origin.verifyHeader) return origin.verifyHeader.name;
  // Origin mTLS needs no shared secret (fact 169).
  return origin.lockdown === 'none' || origin.lockdown === 'mtls' ? null : DEFAULT_VERIFY_HEADER;
}

/** How an S3 origin is reached: Origin Access Control unless the config says otherwise (DOMAIN section 0). */
export function s3Access(origin: S3Origin): 'oac' | 'oai' | 'none' {
  return origin.access ?? 'oac';
}

/** `<bucket>.s3.<region>.amazonaws.com` (or the global `.s3.amazonaws.com`): an S3 REST endpoint. */
export function isS3RestEndpoint(host: string): boolean {
  return /^[a-z0-9][a-z0-9.-]*\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.test(host.trim().toLowerCase()) && !isS3WebsiteEndpoint(host);
}

/** `<bucket>.s3-website-<region>.amazonaws.com` or `<bucket>.s3-website.<region>.amazonaws.com`: HTTP only, no OAC. */
export function isS3WebsiteEndpoint(host: string): boolean {
  return /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com$/.test(host.trim().toLowerCase());
}

/** The bucket name of an S3 endpoint host: everything before `.s3.` / `.s3-` (S3 names contain no `.s3`). */
export function s3BucketName(host: string): string {
  const h = host.trim().toLowerCase();
  const at = h.search(/\.s3[.-]/);
  return at === -1 ? h : h.slice(0, at);
}

/** The API's integration timeout in seconds: 29 for REST, 30 for HTTP unless given (fact 80). */
export function effectiveIntegrationTimeout(api: ApiSettings): number {
  return api.integrationTimeout ?? (api.kind === 'rest' ? 29 : 30);
}

export function findOrigin(config: ApifrontConfig, originId: string): Origin | undefined {
  return config.origins.find((o) => o.id === originId);
}

export function apiOriginOf(config: ApifrontConfig, behavior: AnyBehavior): ApiGatewayOrigin | undefined {
  const origin = findOrigin(config, behavior.originId);
  return origin?.type === 'apigateway' ? origin : undefined;
}

export interface BehaviorRef {
  behavior: AnyBehavior;
  /** Config path of the behavior: `['defaultBehavior']` or `['behaviors', i]`. */
  path: readonly (string | number)[];
  /** Path pattern; `*` for the default behavior. */
  pattern: string;
  isDefault: boolean;
}

/** Ordered behaviors first, then the default behavior (the order CloudFront evaluates them, fact 27). */
export function allBehaviors(config: ApifrontConfig): BehaviorRef[] {
  const ordered: BehaviorRef[] = config.behaviors.map((behavior, i) => ({
    behavior,
    path: ['behaviors', i],
    pattern: behavior.pathPattern,
    isDefault: false,
  }));
  ordered.push({ behavior: config.defaultBehavior, path: ['defaultBehavior'], pattern: '*', isDefault: true });
  return ordered;
}

export type ApiBehaviorRef = BehaviorRef & { origin: ApiGatewayOrigin };

/** The behavior lists of one config, computed at most once: one lint run makes one (eslint's rule context). */
export interface Derivations {
  behaviors(): readonly BehaviorRef[];
  apiBehaviors(): readonly ApiBehaviorRef[];
}

export function derivationsOf(config: ApifrontConfig): Derivations {
  let behaviors: readonly BehaviorRef[] | undefined;
  let api: readonly ApiBehaviorRef[] | undefined;
  return {
    behaviors: () => (behaviors ??= Object.freeze(allBehaviors(config))),
    apiBehaviors: () => (api ??= Object.freeze(apiBehaviors(config))),
  };
}

/**
 * API behaviors: those whose origin is an API Gateway origin. Rules about caching, methods,
 * credentials and error caching look at these only (RULES.md "Terms").
 */
export function apiBehaviors(config: ApifrontConfig): ApiBehaviorRef[] {
  const apiOrigins = new Map<string, ApiGatewayOrigin>();
  // The first origin with an ID wins, as findOrigin does (duplicates are AF214's business).
  for (const origin of config.origins) if (!apiOrigins.has(origin.id)) apiOrigins.set(origin.id, origin as ApiGatewayOrigin);
  const refs = allBehaviors(config).flatMap((ref) => {
    const origin = apiOrigins.get(ref.behavior.originId);
    return origin?.type === 'apigateway' ? [{ ...ref, origin }] : [];
  });
  return refs;
}

export const ALL_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'] as const;
export type HttpMethod = (typeof ALL_METHODS)[number];

/** AllowedMethods for a method set (fact 15). */
export function allowedMethods(set: AnyBehavior['methods']): HttpMethod[] {
  switch (set) {
    case 'all':
      return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];
    case 'get-head-options':
      return ['GET', 'HEAD', 'OPTIONS'];
    case 'get-head':
      return ['GET', 'HEAD'];
  }
}

/** CachedMethods for a cached-method set (fact 16). */
export function cachedMethods(set: AnyBehavior['cachedMethods']): HttpMethod[] {
  return set === 'get-head-options' ? ['GET', 'HEAD', 'OPTIONS'] : ['GET', 'HEAD'];
}

/** A filesystem- and resource-safe slug: lower-case letters, digits and dashes. */
export function slug(text: string, fallback = 'x'): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || fallback;
}
