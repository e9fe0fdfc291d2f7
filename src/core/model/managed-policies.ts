/**
 * AWS managed CloudFront policies by name and fixed ID (DOMAIN.md facts 1-14).
 * The names are the config's vocabulary; the IDs are what CloudFormation takes.
 */

export const MANAGED_CACHE_POLICIES = {
  CachingDisabled: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
  CachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  CachingOptimizedForUncompressedObjects: 'b2884449-e4de-46a7-ac36-70bc7f1ddd6d',
  UseOriginCacheControlHeaders: '83da9c7e-98b4-4e11-a168-04f0df8e2c65',
  'UseOriginCacheControlHeaders-QueryStrings': '4cc15a8a-d715-48a4-82b8-cc0b614638fe',
  Amplify: '2e54312d-136d-493c-8eb9-b001f22f67d2',
  'Elemental-MediaPackage': '08627262-05a9-4f76-9ded-b50ca2e3a84f',
} as const;

export const MANAGED_ORIGIN_REQUEST_POLICIES = {
  AllViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
  AllViewer: '216adef6-5c7f-47e4-b989-5492eafa07d3',
  'AllViewerAndCloudFrontHeaders-2022-06': '33f36d7e-f396-46d9-90e0-52428a34d9dc',
  'CORS-CustomOrigin': '59781a5b-3903-41f3-afcb-af62929ccde1',
  'CORS-S3Origin': '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf',
  UserAgentRefererHeaders: 'acba4595-bd28-49b8-b9fe-13317c0390fa',
  'Elemental-MediaTailor-PersonalizedManifests': '775133bc-15f2-49f9-abea-afb2e0bf67d2',
  // Fact 12: ID seen in third-party code, not read on the AWS page (likely, not confirmed).
  HostHeaderOnly: 'bf0718e1-ba1e-49d1-88b1-f726733018ae',
} as const;

export const MANAGED_RESPONSE_HEADERS_POLICIES = {
  SimpleCORS: '60669652-455b-4ae9-85a4-c4c02393f86c',
  'CORS-With-Preflight': '5cc3b908-e619-4b99-88e5-2cf7f45965bd',
  SecurityHeadersPolicy: '67f7725c-6f97-4210-82d7-5512b31e9d03',
  'CORS-and-SecurityHeadersPolicy': 'e61eb60c-9c35-4d20-a928-2b84e02af89c',
  'CORS-with-preflight-and-SecurityHeadersPolicy': 'eaab4381-ed33-4a86-88ca-d9558dc6cd63',
} as const;

export type ManagedCachePolicyName = keyof typeof MANAGED_CACHE_POLICIES;
export type ManagedOriginRequestPolicyName = keyof typeof MANAGED_ORIGIN_REQUEST_POLICIES;
export type ManagedResponseHeadersPolicyName = keyof typeof MANAGED_RESPONSE_HEADERS_POLICIES;

export const MANAGED_CACHE_POLICY_NAMES = Object.keys(MANAGED_CACHE_POLICIES) as [ManagedCachePolicyName, ...ManagedCachePolicyName[]];
export const MANAGED_ORIGIN_REQUEST_POLICY_NAMES = Object.keys(MANAGED_ORIGIN_REQUEST_POLICIES) as [
  ManagedOriginRequestPolicyName,
  ...ManagedOriginRequestPolicyName[],
];
export const MANAGED_RESPONSE_HEADERS_POLICY_NAMES = Object.keys(MANAGED_RESPONSE_HEADERS_POLICIES) as [
  ManagedResponseHeadersPolicyName,
  ...ManagedResponseHeadersPolicyName[],
];

/** What a managed cache policy does, for rules and for the UI's explanations. */
export interface CachePolicyTraits {
  minTtl: number;
  defaultTtl: number;
  maxTtl: number;
  /** Query strings in the cache key (and so forwarded, fact 43); `whitelist` = only queryStringNames. */
  queryStrings: 'none' | 'all' | 'whitelist';
  queryStringNames?: readonly string[];
  /** Headers in the cache key besides the normalised Accept-Encoding. */
  headers: readonly string[];
  cookies: 'none' | 'all';
  compression: boolean;
  summary: string;
}

export const MANAGED_CACHE_POLICY_TRAITS: Record<ManagedCachePolicyName, CachePolicyTraits> = {
  CachingDisabled: { minTtl: 0, defaultTtl: 0, maxTtl: 0, queryStrings: 'none', headers: [], cookies: 'none', compression: false, summary: 'Caches nothing; the cache key is empty, so it forwards nothing by itself.' },
  CachingOptimized: { minTtl: 1, defaultTtl: 86400, maxTtl: 31536000, queryStrings: 'none', headers: [], cookies: 'none', compression: true, summary: 'Caches up to a year (24 h by default); no query strings, cookies or credentials in the key.' },
  CachingOptimizedForUncompressedObjects: { minTtl: 1, defaultTtl: 86400, maxTtl: 31536000, queryStrings: 'none', headers: [], cookies: 'none', compression: false, summary: 'CachingOptimized without compression.' },
  // Facts 4 and section 0: Host is in the key (and so forwarded), which breaks an execute-api origin.
  UseOriginCacheControlHeaders: { minTtl: 0, defaultTtl: 0, maxTtl: 31536000, queryStrings: 'none', headers: ['Host', 'Origin', 'X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override'], cookies: 'all', compression: true, summary: 'Honours the origin Cache-Control; caches nothing without it.' },
  'UseOriginCacheControlHeaders-QueryStrings': { minTtl: 0, defaultTtl: 0, maxTtl: 31536000, queryStrings: 'all', headers: ['Host', 'Origin', 'X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override'], cookies: 'all', compression: true, summary: 'Honours the origin Cache-Control and keys on query strings.' },
  Amplify: { minTtl: 2, defaultTtl: 2, maxTtl: 600, queryStrings: 'all', headers: ['Authorization', 'CloudFront-Viewer-Country', 'Host'], cookies: 'all', compression: true, summary: 'For AWS Amplify hosting; not for an API.' },
  // Fact 176: four named query strings, not all of them.
  'Elemental-MediaPackage': { minTtl: 0, defaultTtl: 86400, maxTtl: 31536000, queryStrings: 'whitelist', queryStringNames: ['aws.manifestfilter', 'start', 'end', 'm'], headers: ['Origin'], cookies: 'none', compression: true, summary: 'For AWS Elemental MediaPackage; keys on (and forwards) only the query strings aws.manifestfilter, start, end and m; not for an API.' },
};

/** What a managed origin request policy forwards (facts 6-12). */
export interface OriginRequestPolicyTraits {
  /** Every viewer header (Authorization, x-api-key, ...) reaches the origin. */
  allViewerHeaders: boolean;
  forwardsHost: boolean;
  headers: readonly string[];
  queryStrings: 'none' | 'all';
  cookies: 'none' | 'all';
  summary: string;
}

export const MANAGED_ORIGIN_REQUEST_POLICY_TRAITS: Record<ManagedOriginRequestPolicyName, OriginRequestPolicyTraits> = {
  AllViewerExceptHostHeader: { allViewerHeaders: true, forwardsHost: false, headers: [], queryStrings: 'all', cookies: 'all', summary: 'Every viewer header except Host (so Authorization and x-api-key), all cookies and query strings. Made for API Gateway.' },
  AllViewer: { allViewerHeaders: true, forwardsHost: true, headers: [], queryStrings: 'all', cookies: 'all', summary: 'Every viewer header including Host: API Gateway answers 403.' },
  'AllViewerAndCloudFrontHeaders-2022-06': { allViewerHeaders: true, forwardsHost: true, headers: [], queryStrings: 'all', cookies: 'all', summary: 'AllViewer plus CloudFront-* headers; includes Host.' },
  'CORS-CustomOrigin': { allViewerHeaders: false, forwardsHost: false, headers: ['Origin'], queryStrings: 'none', cookies: 'none', summary: 'Only the Origin header.' },
  'CORS-S3Origin': { allViewerHeaders: false, forwardsHost: false, headers: ['Origin', 'Access-Control-Request-Headers', 'Access-Control-Request-Method'], queryStrings: 'none', cookies: 'none', summary: 'Origin and the Access-Control-Request-* headers.' },
  UserAgentRefererHeaders: { allViewerHeaders: false, forwardsHost: false, headers: ['User-Agent', 'Referer'], queryStrings: 'none', cookies: 'none', summary: 'Only User-Agent and Referer.' },
  'Elemental-MediaTailor-PersonalizedManifests': { allViewerHeaders: false, forwardsHost: false, headers: ['Origin', 'Access-Control-Request-Headers', 'X-Forwarded-For', 'Access-Control-Request-Method', 'User-Agent'], queryStrings: 'all', cookies: 'none', summary: 'For AWS Elemental MediaTailor.' },
  HostHeaderOnly: { allViewerHeaders: false, forwardsHost: true, headers: ['Host'], queryStrings: 'none', cookies: 'none', summary: 'Only Host: never for an execute-api origin.' },
};

/** Reverse look-up: a managed policy's name from its ID, for imports and `policyId` values. */
export function managedCachePolicyName(id: string): ManagedCachePolicyName | undefined {
  return (Object.keys(MANAGED_CACHE_POLICIES) as ManagedCachePolicyName[]).find((n) => MANAGED_CACHE_POLICIES[n] === id);
}
export function managedOriginRequestPolicyName(id: string): ManagedOriginRequestPolicyName | undefined {
  return (Object.keys(MANAGED_ORIGIN_REQUEST_POLICIES) as ManagedOriginRequestPolicyName[]).find(
    (n) => MANAGED_ORIGIN_REQUEST_POLICIES[n] === id,
  );
}
export function managedResponseHeadersPolicyName(id: string): ManagedResponseHeadersPolicyName | undefined {
  return (Object.keys(MANAGED_RESPONSE_HEADERS_POLICIES) as ManagedResponseHeadersPolicyName[]).find(
    (n) => MANAGED_RESPONSE_HEADERS_POLICIES[n] === id,
  );
}
