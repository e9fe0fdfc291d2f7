/**
 * Test only: an independent reading of a rendered CloudFormation template (JSON). It answers "what
 * does the origin receive for this viewer request?" from the template alone, the way CloudFront's
 * documentation describes it, without asking the request model:
 * - PathPattern: `*` any run, `?` one character, case-sensitive, leading `/` optional; first match in
 *   CacheBehaviors order, DefaultCacheBehavior last (a regex here, not the project's glob matcher);
 * - the behavior's viewer-request CloudFront Function: the template's own FunctionCode run in node:vm
 *   with a cloudfront-js-2.0 event;
 * - OriginPath + URI; the header / query-string / cookie lists of the template's own CachePolicy and
 *   OriginRequestPolicy resources, of legacy ForwardedValues, or of a managed policy (the policy table);
 * - OriginCustomHeaders last (they overwrite viewer headers); a NoEcho parameter reads `<secret>`.
 * - and, for an API Gateway custom domain described in CloudFormation's own terms (the DomainName
 *   RoutingMode, AWS::ApiGatewayV2::RoutingRule, base path mappings), which stage that origin request reaches: the API Gateway guide's
 *   reading of routing rules, written here without the request model's code.
 * The differential property test compares this with trace().
 */
import vm from 'node:vm';
import {
  MANAGED_CACHE_POLICIES,
  MANAGED_CACHE_POLICY_TRAITS,
  MANAGED_ORIGIN_REQUEST_POLICIES,
  MANAGED_ORIGIN_REQUEST_POLICY_TRAITS,
} from '../model/managed-policies';

type Json = Record<string, unknown>;
type Template = { Parameters?: Record<string, Json>; Resources: Record<string, { Type: string; Properties: Json }> };

export interface InterpretedRequest {
  method: string;
  host: string;
  path: string;
  query: string;
  headers: Record<string, string>;
}

export interface InterpretedOriginRequest {
  /** `*` for the default behavior. */
  pathPattern: string;
  methodAllowed: boolean;
  url: string;
  /** Origin path + URI: what the origin sees below its host. */
  path: string;
  /** The origin's DomainName: the host CloudFront connects to, and its TLS server name. */
  originDomain: string;
  headers: Record<string, string>;
}

interface Lists {
  /** Header names (lower case); `all` = every viewer header; `allExcept` with names. */
  headers: { mode: 'none' | 'whitelist' | 'all' | 'allExcept'; names: string[] };
  queryStrings: { mode: string; names: string[] };
  cookies: { mode: string; names: string[] };
}

const NONE_LISTS: Lists = { headers: { mode: 'none', names: [] }, queryStrings: { mode: 'none', names: [] }, cookies: { mode: 'none', names: [] } };

function patternRegex(pattern: string): RegExp {
  const p = pattern.startsWith('/') || pattern.startsWith('*') ? pattern : `/${pattern}`;
  const body = [...p].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 's');
}

function refName(value: unknown): string | undefined {
  if (value && typeof value === 'object') {
    const v = value as Json;
    if (typeof v.Ref === 'string') return v.Ref;
    const getAtt = v['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  }
  return undefined;
}

function literal(template: Template, value: unknown): string {
  if (typeof value === 'string') return value;
  const name = refName(value);
  const parameter = name ? template.Parameters?.[name] : undefined;
  if (parameter) return parameter.NoEcho ? '<secret>' : String(parameter.Default ?? `<${name}>`);
  throw new Error(`cannot read ${JSON.stringify(value)}`);
}

function inList(list: { mode: string; names: string[] }, name: string, caseless: boolean): boolean {
  const has = caseless ? list.names.some((n) => n.toLowerCase() === name.toLowerCase()) : list.names.includes(name);
  if (list.mode === 'all' || list.mode === 'allViewer' || list.mode === 'allViewerAndWhitelistCloudFront') return true;
  if (list.mode === 'whitelist') return has;
  if (list.mode === 'allExcept') return !has;
  return false;
}

function cachePolicyLists(template: Template, id: unknown): Lists {
  const logical = refName(id);
  if (logical) {
    const params = (template.Resources[logical]?.Properties.CachePolicyConfig as Json).ParametersInCacheKeyAndForwardedToOrigin as Json;
    const h = params.HeadersConfig as Json;
    const c = params.CookiesConfig as Json;
    const q = params.QueryStringsConfig as Json;
    return {
      headers: { mode: h.HeaderBehavior === 'whitelist' ? 'whitelist' : 'none', names: ((h.Headers as string[]) ?? []).map((n) => n.toLowerCase()) },
      cookies: { mode: String(c.CookieBehavior), names: (c.Cookies as string[]) ?? [] },
      queryStrings: { mode: String(q.QueryStringBehavior), names: (q.QueryStrings as string[]) ?? [] },
    };
  }
  const name = (Object.keys(MANAGED_CACHE_POLICIES) as (keyof typeof MANAGED_CACHE_POLICIES)[]).find((n) => MANAGED_CACHE_POLICIES[n] === id);
  if (!name) throw new Error(`unknown cache policy ${String(id)}`);
  const t = MANAGED_CACHE_POLICY_TRAITS[name];
  return {
    headers: { mode: t.headers.length ? 'whitelist' : 'none', names: t.headers.map((n) => n.toLowerCase()) },
    cookies: { mode: t.cookies, names: [] },
    queryStrings: { mode: t.queryStrings, names: [] },
  };
}

function originRequestLists(template: Template, id: unknown): Lists {
  if (id === undefined) return NONE_LISTS;
  const logical = refName(id);
  if (logical) {
    const cfg = template.Resources[logical]?.Properties.OriginRequestPolicyConfig as Json;
    const h = cfg.HeadersConfig as Json;
    const c = cfg.CookiesConfig as Json;
    const q = cfg.QueryStringsConfig as Json;
    const mode = String(h.HeaderBehavior);
    return {
      headers: { mode: mode === 'allViewer' || mode === 'allViewerAndWhitelistCloudFront' ? 'all' : (mode as Lists['headers']['mode']), names: ((h.Headers as string[]) ?? []).map((n) => n.toLowerCase()) },
      cookies: { mode: String(c.CookieBehavior), names: (c.Cookies as string[]) ?? [] },
      queryStrings: { mode: String(q.QueryStringBehavior), names: (q.QueryStrings as string[]) ?? [] },
    };
  }
  const name = (Object.keys(MANAGED_ORIGIN_REQUEST_POLICIES) as (keyof typeof MANAGED_ORIGIN_REQUEST_POLICIES)[]).find((n) => MANAGED_ORIGIN_REQUEST_POLICIES[n] === id);
  if (!name) throw new Error(`unknown origin request policy ${String(id)}`);
  const t = MANAGED_ORIGIN_REQUEST_POLICY_TRAITS[name];
  return {
    headers: t.allViewerHeaders ? { mode: t.forwardsHost ? 'all' : 'allExcept', names: t.forwardsHost ? [] : ['host'] } : { mode: 'whitelist', names: t.headers.map((n) => n.toLowerCase()) },
    cookies: { mode: t.cookies, names: [] },
    queryStrings: { mode: t.queryStrings, names: [] },
  };
}

function legacyLists(fv: Json): Lists {
  const headers = ((fv.Headers as string[]) ?? []).map((n) => n.toLowerCase());
  const cookies = fv.Cookies as Json;
  return {
    headers: headers.includes('*') ? { mode: 'all', names: [] } : { mode: 'whitelist', names: headers },
    // QueryString: true sends every query string to the origin; QueryStringCacheKeys only narrows the key.
    queryStrings: { mode: fv.QueryString ? 'all' : 'none', names: [] },
    cookies: { mode: String(cookies.Forward), names: (cookies.WhitelistedNames as string[]) ?? [] },
  };
}

interface CfEvent {
  request: { method: string; uri: string; querystring: Record<string, { value: string }>; headers: Record<string, { value: string }>; cookies: Record<string, { value: string }> };
}

function runFunction(code: string, event: CfEvent): CfEvent['request'] {
  const sandbox: { event: CfEvent; result?: CfEvent['request'] } = { event };
  vm.runInNewContext(`${code}\nresult = handler(event);`, sandbox, { timeout: 1000 });
  if (!sandbox.result) throw new Error('the function returned nothing');
  return sandbox.result;
}

/** What the origin receives for `request`, read from the rendered template alone. */
export function interpretTemplate(template: Template, request: InterpretedRequest): InterpretedOriginRequest {
  const distribution = Object.values(template.Resources).find((r) => r.Type === 'AWS::CloudFront::Distribution');
  if (!distribution) throw new Error('no distribution');
  const cfg = distribution.Properties.DistributionConfig as Json;
  const behaviors = ((cfg.CacheBehaviors as Json[]) ?? []).map((b) => ({ pattern: String(b.PathPattern), b }));
  const matched = behaviors.find(({ pattern }) => patternRegex(pattern).test(request.path)) ?? { pattern: '*', b: cfg.DefaultCacheBehavior as Json };
  const behavior = matched.b;

  // The viewer-request function (cloudfront-js-2.0 event shape).
  let uri = request.path;
  const viewerHeaders: Record<string, string> = { host: request.host };
  for (const [name, value] of Object.entries(request.headers)) if (name !== 'cookie') viewerHeaders[name] = value;
  const assoc = ((behavior.FunctionAssociations as Json[]) ?? []).find((a) => a.EventType === 'viewer-request');
  if (assoc) {
    const fn = template.Resources[refName(assoc.FunctionARN) ?? ''];
    if (!fn) throw new Error('function association without a function');
    const event: CfEvent = {
      request: {
        method: request.method,
        uri,
        querystring: {},
        headers: Object.fromEntries(Object.entries(viewerHeaders).map(([k, v]) => [k, { value: v }])),
        cookies: {},
      },
    };
    const out = runFunction(String(fn.Properties.FunctionCode), event);
    uri = out.uri;
    for (const key of Object.keys(viewerHeaders)) delete viewerHeaders[key];
    for (const [k, v] of Object.entries(out.headers)) viewerHeaders[k] = v.value;
  }

  const key = behavior.ForwardedValues ? legacyLists(behavior.ForwardedValues as Json) : cachePolicyLists(template, behavior.CachePolicyId);
  const policy = behavior.ForwardedValues ? NONE_LISTS : originRequestLists(template, behavior.OriginRequestPolicyId);
  const forwarded = (kind: keyof Lists, name: string, caseless: boolean) => inList(key[kind], name, caseless) || inList(policy[kind], name, caseless);

  const origin = ((cfg.Origins as Json[]) ?? []).find((o) => o.Id === behavior.TargetOriginId);
  if (!origin) throw new Error(`no origin ${String(behavior.TargetOriginId)}`);
  const domain = String(origin.DomainName);

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(viewerHeaders)) {
    // Authorization cannot be named in an origin request policy (fact 46): only an all-viewer one sends it.
    const namedOnly = name === 'authorization' && !inList(key.headers, name, true) && policy.headers.mode === 'whitelist';
    if (forwarded('headers', name, true) && !namedOnly) headers[name] = value;
  }
  headers.host ??= domain;
  const cookieHeader = request.headers.cookie;
  if (cookieHeader) {
    const kept = cookieHeader
      .split(';')
      .map((c) => c.trim())
      .filter((c) => c !== '' && forwarded('cookies', (c.split('=', 1)[0] ?? '').trim(), false));
    if (kept.length) headers.cookie = kept.join('; ');
  }
  const query = request.query
    .split('&')
    .filter((part) => part !== '' && forwarded('queryStrings', decodeURIComponent((part.split('=', 1)[0] ?? '').replace(/\+/g, ' ')), false))
    .join('&');
  for (const h of (origin.OriginCustomHeaders as Json[]) ?? []) headers[String(h.HeaderName).toLowerCase()] = literal(template, h.HeaderValue);

  const custom = origin.CustomOriginConfig as Json | undefined;
  const scheme = custom?.OriginProtocolPolicy === 'http-only' ? 'http' : 'https';
  const originPath = typeof origin.OriginPath === 'string' ? origin.OriginPath : '';
  const allowed = (behavior.AllowedMethods as string[]) ?? ['GET', 'HEAD'];
  return {
    pathPattern: matched.pattern,
    methodAllowed: allowed.includes(request.method),
    url: `${scheme}://${domain}${originPath}${uri}${query ? `?${query}` : ''}`,
    path: `${originPath}${uri}`,
    originDomain: domain,
    headers,
  };
}

/** An API Gateway custom domain as CloudFormation spells it (AWS::ApiGateway::DomainName RoutingMode, AWS::ApiGatewayV2::RoutingRule, AWS::ApiGateway::BasePathMapping). */
export interface InterpretedDomain {
  DomainName: string;
  /** STRICT: the TLS server name must name the domain (SNI host matching). */
  EndpointAccessMode?: 'BASIC' | 'STRICT';
  RoutingMode: 'BASE_PATH_MAPPING_ONLY' | 'ROUTING_RULE_THEN_BASE_PATH_MAPPING' | 'ROUTING_RULE_ONLY';
  RoutingRules: {
    Priority: number;
    Conditions: ({ MatchHeaders: { AnyOf: { Header: string; ValueGlob: string }[] } } | { MatchBasePaths: { AnyOf: string[] } })[];
    Actions: { InvokeApi: { ApiId: string; Stage: string; StripBasePath?: boolean } }[];
  }[];
  /** BasePath "(none)" maps the whole domain. */
  BasePathMappings: { BasePath: string; RestApiId: string; Stage: string }[];
}

export type DomainOutcome = { reached: true; apiId: string; stage: string; path: string } | { reached: false };

/** `value` under the glob forms the guide lists: `*` alone, `*x*`, `*x`, `x*`, else literal. */
function globAccepts(glob: string, value: string): boolean {
  if (glob === '*') return true;
  const m = /^(\*?)(.*?)(\*?)$/s.exec(glob);
  const [, lead = '', middle = '', trail = ''] = m ?? [];
  const pattern = `^${lead ? '.*' : ''}${middle.replace(/[.+?^${}()|[\]\\*]/g, '\\$&')}${trail ? '.*' : ''}$`;
  return new RegExp(pattern, 's').test(value);
}

/** The rest of `path` below the base path `base` (whole segments), or null when it is not under it. */
function below(path: string, base: string): string | null {
  const segs = base.split('/').filter(Boolean);
  const parts = path.split('/').slice(1);
  for (let i = 0; i < segs.length; i++) if (parts[i] !== segs[i]) return null;
  const rest = parts.slice(segs.length).join('/');
  return `/${rest}`;
}

/** Which stage of which API an origin request to the custom domain reaches, or none (403). */
export function interpretDomain(domain: InterpretedDomain, request: { path: string; headers: Record<string, string>; originDomain: string }): DomainOutcome {
  if ((request.headers.host ?? '').toLowerCase() !== domain.DomainName.toLowerCase()) return { reached: false };
  if (domain.EndpointAccessMode === 'STRICT' && request.originDomain.toLowerCase() !== domain.DomainName.toLowerCase()) return { reached: false };
  const headerOf = (name: string) => Object.entries(request.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (domain.RoutingMode !== 'BASE_PATH_MAPPING_ONLY') {
    const rules = [...domain.RoutingRules].sort((a, b) => a.Priority - b.Priority);
    for (const rule of rules) {
      let rest: string | null = request.path;
      let basePath = '';
      const holds = rule.Conditions.every((c) => {
        if ('MatchHeaders' in c) {
          return c.MatchHeaders.AnyOf.some((h) => {
            const value = headerOf(h.Header);
            return value !== undefined && globAccepts(h.ValueGlob, value);
          });
        }
        basePath = c.MatchBasePaths.AnyOf[0] ?? '';
        rest = below(request.path, basePath);
        return rest !== null;
      });
      const action = rule.Actions[0]?.InvokeApi;
      if (holds && action) return { reached: true, apiId: action.ApiId, stage: action.Stage, path: action.StripBasePath && basePath ? (rest ?? request.path) : request.path };
    }
    if (domain.RoutingMode === 'ROUTING_RULE_ONLY') return { reached: false };
  }
  // API mappings: the longest base path the request is under (multi-level mappings, "(none)" last).
  const mappings = [...domain.BasePathMappings].sort((a, b) => b.BasePath.length - a.BasePath.length);
  for (const m of mappings) {
    const rest = m.BasePath === '(none)' ? request.path : below(request.path, m.BasePath);
    if (rest !== null) return { reached: true, apiId: m.RestApiId, stage: m.Stage, path: rest };
  }
  return { reached: false };
}
