/**
 * The trace of one viewer request through CloudFront to its origin: the steps in the order CloudFront
 * takes them, each with the DOMAIN.md fact numbers behind it.
 */
import type { ConfigPath } from '../model/parse';
import type { Origin } from '../model/schema';
import type { NameSet } from './policies';
import type { FunctionRewrites } from './rewrites';
import type { ViewerRequest } from './viewer-request';

export interface BehaviorStep {
  /** Index in `behaviors`, or null for the default behavior. */
  index: number | null;
  /** The path pattern; `*` for the default behavior. */
  pattern: string;
  isDefault: boolean;
  configPath: ConfigPath;
  /** Patterns tried before this one, which did not match the path (facts 22-27). */
  skipped: string[];
  facts: number[];
}

export interface RewriteStep {
  /** The behavior's viewer-request function, or null when it has none. */
  rewrites: FunctionRewrites | null;
  /** The behavior asks to strip a prefix its pattern does not have: nothing is stripped. */
  stripIgnored: boolean;
  uriBefore: string;
  uriAfter: string;
  addedHeaders: Record<string, string>;
  facts: number[];
}

export type CacheWhen =
  /** MinTTL > 0: cached even when the origin says no-store or private (fact 39). */
  | 'always'
  /** DefaultTTL > 0: cached unless the origin says no-store, no-cache or private (fact 38). */
  | 'unless-origin-forbids'
  /** DefaultTTL 0, MaxTTL > 0: cached only when the origin sends Cache-Control max-age (facts 38, 41). */
  | 'if-origin-allows'
  | 'never';

export interface CacheStep {
  /** False when the behavior uses a policy apifront cannot see (an existing policy ID). */
  known: boolean;
  /** CloudFront may store this response and serve it to later requests. */
  cached: boolean;
  when: CacheWhen;
  ttl?: { min: number; default: number; max: number };
  /** What tells one cached response from another (besides the method for OPTIONS). */
  key?: { headers: string[]; queryStrings: NameSet; cookies: NameSet };
  /** A response cached for one caller can be served to another (a credential is not in the key). */
  sharedAcrossUsers: boolean;
  /** The per-user inputs missing from the key (`authorization`, `cookie` ...). */
  leakingInputs: string[];
  reason: string;
  facts: number[];
}

export interface OriginRequestStep {
  originId: string;
  originType: Origin['type'];
  scheme: 'https' | 'http';
  /** The Host header the origin receives. */
  host: string;
  /** The TLS server name CloudFront sends and checks the certificate against (fact 88). */
  sni: string;
  /** The viewer Host is forwarded (true), CloudFront's origin domain is sent (false), or unknown. */
  hostForwarded: boolean | undefined;
  /** Origin path + (rewritten) viewer path. */
  path: string;
  /** The forwarded query string, "" for none. */
  query: string;
  url: string;
  /** Lower-case names; `host` included. Custom header secrets read `<secret>`. */
  headers: Record<string, string>;
  /** Viewer headers, query strings and cookies CloudFront does not send. */
  dropped: { headers: string[]; queryStrings: string[]; cookies: string[] };
  /** An existing policy apifront cannot see decides part of this request. */
  partlyUnknown: boolean;
  facts: number[];
}

export type AnswerSource = 'cloudfront' | 'api-gateway' | 'origin';

export interface Answer {
  /** One status, or several when the facts cannot tell which. */
  status: number | number[];
  by: AnswerSource;
  /** `sure`: the documented answer; `either`: one of `status`; `likely`: the integration decides (2xx when it succeeds). */
  certainty: 'sure' | 'either' | 'likely';
  /** The body API Gateway or CloudFront gives, when it is known. */
  body?: string;
  reason: string;
  /** The rule that checks this failure, when there is one. */
  ruleId?: string;
  facts: number[];
}

export interface RoutingRuleTry {
  /** Index in `customDomain.routingRules`. */
  index: number;
  priority: number;
  /** `unknown`: a condition reads a secret header value apifront does not know. */
  matched: boolean | 'unknown';
  /** Why it did not match: the first condition that fails. */
  why?: string;
}

/** The custom domain's routing rules applied to the origin request (facts 171, 172, 187-189). */
export interface RoutingStep {
  mode: 'ROUTING_RULE_THEN_API_MAPPING' | 'ROUTING_RULE_ONLY';
  /** The rules in the order API Gateway tries them, up to the one that matched. */
  tried: RoutingRuleTry[];
  /** `rule`: a rule picked the stage; `api-mapping`: none did, the mapping decides; `no-match`: 403. */
  outcome: 'rule' | 'api-mapping' | 'no-match' | 'unknown';
  rule?: { index: number; priority: number; apiId: string; stage: string; stripped: boolean };
  /** The path the target stage sees (the base path removed when the rule strips it). */
  path: string;
  reason: string;
  facts: number[];
}

export interface ApiStep {
  kind: 'rest' | 'http';
  /** The API that answers: the origin's API, or another REST API a routing rule invokes. */
  apiId: string;
  stage: string;
  /** How the custom domain picked the API, when it has routing rules in use. */
  routing?: RoutingStep;
  /** The path API Gateway routes on (below the stage or base path), when the request gets that far. */
  path?: string;
  routesKnown: boolean;
  route?: { method: string; path: string };
}

export interface Trace {
  request: ViewerRequest;
  behavior: BehaviorStep;
  /** False: CloudFront refuses the method itself (fact 20). */
  methodAllowed: boolean;
  rewrite: RewriteStep;
  cache: CacheStep;
  /** What the origin gets; CloudFront sends it only when `reachesOrigin`. */
  originRequest: OriginRequestStep;
  /** False when CloudFront answers itself (viewer protocol, method) without calling the origin. */
  reachesOrigin: boolean;
  api?: ApiStep;
  answer: Answer;
  /** Things that may change the answer that the config cannot tell (a web ACL, ...). */
  notes: string[];
}

export type TraceResult = { ok: true; trace: Trace } | { ok: false; error: string };
