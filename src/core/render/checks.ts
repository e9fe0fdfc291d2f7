/**
 * The verification plan (`<name>.checks.md`): after deploying, one `curl -i` pair per behavior (through
 * CloudFront and straight to the API) with the expected answer and what a different answer means;
 * a CORS preflight when the API does CORS, a request per custom-domain routing rule, and a bypass check
 * when lock-down is on.
 * Everything is derived from the config, the same model the template comes from.
 */
import { allBehaviors, allowedMethods, derivedOriginPath, effectiveVerifyHeader, executeApiHost, findOrigin, type BehaviorRef } from '../model/derive';
import type { ApiGatewayOrigin, ApiRoute, ApifrontConfig, Origin } from '../model/schema';
import { firstMatch, type MatchedBehavior } from '../paths/match';
import { sampleApiPath, samplePathForPattern } from '../paths/route';
import { requestFor, traceVia, viewerPathFor } from '../request';
import { routingRulesChecks } from './checks-routing';
import type { RenderedFile } from './rendered-file';
import { deriveSettings } from './settings';
import { shellQuote } from './shell';
import { stackBaseName } from '../model/names';

/** Shown until the distribution exists: the stack's DistributionDomainName output replaces it. */
export const DISTRIBUTION_PLACEHOLDER = 'https://dxxxxxxxxxxxxx.cloudfront.net';

/** The URL viewers use: the first alias, or the CloudFront domain placeholder. */
export function distributionBaseUrl(config: ApifrontConfig): string {
  const alias = config.domain.aliases[0];
  return alias ? `https://${alias.trim()}` : DISTRIBUTION_PLACEHOLDER;
}

/**
 * The API's own base URL, bypassing CloudFront: the execute-api host plus the stage segment (REST or a
 * named HTTP stage, fact 63, 64); only when that endpoint is disabled, the custom domain plus its base
 * path (the mapping replaces the stage there, fact 67). Either way a resource path appends to it.
 */
export function directBaseUrl(origin: ApiGatewayOrigin): string {
  const { api } = origin;
  if (api.customDomain && api.executeApiEndpointDisabled) return `https://${api.customDomain.name}${derivedOriginPath(origin)}`;
  const stagePath = api.kind === 'http' && api.stage === '$default' ? '' : `/${api.stage}`;
  return `https://${executeApiHost(api)}${stagePath}`;
}

/** "CloudFront requests <url>." for a viewer path through this behavior, as the request model traces it. */
function upstreamLine(config: ApifrontConfig, ref: BehaviorRef, viewerPath: string): string[] {
  const traced = traceVia(config, matchedOf(ref), requestFor(config, viewerPath));
  return traced.ok ? ['', `CloudFront requests \`${traced.trace.originRequest.url}\`.`] : [];
}

function matchedOf(ref: BehaviorRef): MatchedBehavior {
  return { ...ref, index: ref.isDefault ? null : (ref.path[1] as number) };
}

/** A viewer path for a pattern when no route is known: the wildcard filled with sample text. */
function samplePath(pattern: string): string {
  return pattern === '*' ? '/' : samplePathForPattern(pattern, 'example');
}

interface Probe {
  method: string;
  viewerPath: string;
  /** The path the API sees below its stage / base path; null when the origin path does not lead there. */
  resourcePath: string | null;
  route?: ApiRoute;
}

/** The path API Gateway routes on for a viewer path through this behavior (trace), or null. */
function resourcePathOf(config: ApifrontConfig, ref: BehaviorRef, viewerPath: string): string | null {
  const traced = traceVia(config, matchedOf(ref), requestFor(config, viewerPath));
  return traced.ok ? (traced.trace.api?.path ?? null) : null;
}

function probeFor(config: ApifrontConfig, ref: BehaviorRef, origin: ApiGatewayOrigin): Probe {
  const allowed = allowedMethods(ref.behavior.methods) as string[];
  const routes = [...origin.api.routes].sort((a, b) => methodRank(a.method, allowed) - methodRank(b.method, allowed));
  for (const route of routes) {
    const apiPath = sampleApiPath(route.path);
    const viewerPath = apiPath === null ? null : viewerPathFor(origin, ref, apiPath);
    // The route is reachable through this behavior only when CloudFront picks it for that path.
    if (viewerPath === null || firstMatch(config, viewerPath).pattern !== ref.pattern) continue;
    const method = route.method === 'ANY' ? 'GET' : route.method;
    return { method, viewerPath, resourcePath: resourcePathOf(config, ref, viewerPath), route };
  }
  const viewerPath = samplePath(ref.pattern);
  return { method: 'GET', viewerPath, resourcePath: resourcePathOf(config, ref, viewerPath) };
}

/** GET first, then other allowed methods, then methods the behavior refuses. */
function methodRank(method: string, allowed: readonly string[]): number {
  if (method === 'GET' || method === 'ANY') return 0;
  return allowed.includes(method) ? 1 : 2;
}

/**
 * One argument of a printed command: text (always shell-quoted), or apifront's own fixed shell text
 * that must expand in the user's shell (`"$AWS_ACCESS_KEY_ID:..."`); never a config value.
 */
export type ShellArg = string | { verbatim: string };

/** The header a caller sends for this API's auth, as curl arguments with a placeholder value. */
export function authHeaderOption(origin: ApiGatewayOrigin): ShellArg[] | null {
  switch (origin.api.auth) {
    case 'cognito':
    case 'lambda':
    case 'jwt':
      return ['-H', 'Authorization: <token>'];
    case 'apiKey':
      return ['-H', 'x-api-key: <api-key>'];
    case 'iam':
      return ['--aws-sigv4', `aws:amz:${origin.api.region}:execute-api`, '--user', { verbatim: '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"' }];
    case 'none':
      return null;
  }
}

/** One curl command line; every value is quoted for POSIX shells (shell.ts). */
export function curlCommand(method: string, url: string, options: readonly ShellArg[] = []): string {
  const parts: ShellArg[] = [method === 'HEAD' ? '-I' : '-i'];
  if (method !== 'GET' && method !== 'HEAD') parts.push('-X', method);
  parts.push(...options);
  if (['POST', 'PUT', 'PATCH'].includes(method)) parts.push('-H', 'Content-Type: application/json', '-d', '{}');
  parts.push(url);
  return ['curl', ...parts.map((p) => (typeof p === 'string' ? shellQuote(p) : p.verbatim))].join(' ');
}

function fence(command: string): string[] {
  return ['```sh', command, '```'];
}

function behaviorTitle(ref: BehaviorRef, index: number): string {
  return ref.isDefault ? `${index}. Default behavior (\`*\`) -> origin \`${ref.behavior.originId}\`` : `${index}. Behavior \`${ref.pattern}\` -> origin \`${ref.behavior.originId}\``;
}

function verifyHeaderOption(origin: ApiGatewayOrigin): ShellArg[] | null {
  const name = effectiveVerifyHeader(origin);
  return name ? ['-H', `${name}: <the secret you generated>`] : null;
}

function apiBehaviorSection(config: ApifrontConfig, ref: BehaviorRef, origin: ApiGatewayOrigin, index: number): string[] {
  const probe = probeFor(config, ref, origin);
  const auth = authHeaderOption(origin);
  const authOptions = auth ?? [];
  const base = distributionBaseUrl(config);
  const lines = [`## ${behaviorTitle(ref, index)}`, ''];
  lines.push(
    probe.route
      ? `Route \`${probe.route.method} ${probe.route.path}\` of the API, viewer path \`${probe.viewerPath}\`.`
      : `No routes are known for this API: \`${probe.viewerPath}\` stands in for one; replace it with a real route.`,
    '',
    'Through CloudFront:',
    ...fence(curlCommand(probe.method, `${base}${probe.viewerPath}`, origin.api.auth === 'iam' ? [] : authOptions)),
  );
  if (probe.resourcePath !== null) {
    const direct = [...authOptions];
    const verify = origin.lockdown !== 'none' ? verifyHeaderOption(origin) : null;
    if (verify) direct.push(...verify);
    lines.push('', 'Directly to the API (bypassing CloudFront):', ...fence(curlCommand(probe.method, `${directBaseUrl(origin)}${probe.resourcePath}`, direct)));
  }
  lines.push(...upstreamLine(config, ref, probe.viewerPath), '');
  lines.push(`**Expect:** ${expectation(ref, probe, origin)}`, '');
  lines.push('**A different answer means:**', ...differentAnswers(ref, origin, probe), '');
  return lines;
}

function expectation(ref: BehaviorRef, probe: Probe, origin: ApiGatewayOrigin): string {
  const same = 'both calls give the same status line and body';
  const cache = ref.behavior.cache;
  const through =
    'policy' in cache && cache.policy === 'CachingDisabled'
      ? 'the CloudFront answer carries `x-cache: Miss from cloudfront` every time (nothing is cached).'
      : 'the CloudFront answer carries `x-cache` (`Hit from cloudfront` on a repeat means a cached answer: check it is not user-specific).';
  if (origin.api.auth === 'iam') return `the direct, signed call gives 2xx. Through CloudFront, SigV4 signatures fail because CloudFront rewrites Host (AF212); ${through}`;
  if (probe.route) return `2xx from both${origin.api.auth === 'none' ? '' : ' with a valid credential'}, ${same}; ${through}`;
  return `${same} (an unknown path gives ${origin.api.kind === 'rest' ? '403 `{"message":"Missing Authentication Token"}`' : '404 `{"message":"Not Found"}`'} from both); ${through}`;
}

function differentAnswers(ref: BehaviorRef, origin: ApiGatewayOrigin, probe: Probe): string[] {
  const out: string[] = [];
  out.push(
    origin.api.kind === 'rest'
      ? '- 403 `{"message":"Missing Authentication Token"}` only through CloudFront: the upstream URL above misses the stage or keeps a prefix the API does not have (origin path, AF202/AF305).'
      : '- 404 `{"message":"Not Found"}` only through CloudFront: the upstream URL above misses the stage or keeps a prefix the API does not have (origin path, AF202/AF305).',
  );
  if (probe.resourcePath === null) out.push('- The origin path does not lead to the API\'s stage, so no direct call reaches the same resource: fix the origin path first (AF202).');
  out.push(
    '- 403 with an HTML page "This distribution is not configured to allow the HTTP request method": the behavior\'s allowed methods (AF307/AF308).',
    `- 403 \`{"message":"Forbidden"}\` through CloudFront only: the viewer Host header is forwarded (AF401)${origin.lockdown === 'none' ? '' : ', or the lock-down rejects CloudFront (the verify header value differs between the stacks)'}.`,
  );
  if (origin.api.auth !== 'none' && origin.api.auth !== 'iam') out.push('- 401 `{"message":"Unauthorized"}` through CloudFront only: the credential header is not forwarded (AF405).');
  out.push(
    '- 502 from CloudFront: CloudFront cannot complete TLS with the origin (origin domain, protocol HTTPS only, Host forwarding; AF208, AF216, AF401).',
    `- 504 from CloudFront: the origin response timeout (${origin.readTimeout} s) ran out before the API answered (AF209).`,
  );
  if (ref.behavior.methods !== 'all') out.push(`- This behavior allows only ${allowedMethods(ref.behavior.methods).join(', ')}; other methods get 403 from CloudFront.`);
  return out;
}

function otherOriginSection(config: ApifrontConfig, ref: BehaviorRef, origin: Origin | undefined, index: number): string[] {
  const viewerPath = samplePath(ref.pattern);
  const lines = [`## ${behaviorTitle(ref, index)}`, '', 'Through CloudFront:', ...fence(curlCommand('GET', `${distributionBaseUrl(config)}${viewerPath}`))];
  if (origin) lines.push(...upstreamLine(config, ref, viewerPath));
  lines.push('', `**Expect:** the answer of the ${origin?.type === 's3' ? 'S3 bucket' : 'origin'} for that path; \`${viewerPath}\` stands in for a real path.`, '');
  return lines;
}

function corsSection(config: ApifrontConfig, origins: readonly ApiGatewayOrigin[]): string[] {
  const corsOrigin = origins.find((o) => o.api.cors);
  if (!corsOrigin) return [];
  const ref = allBehaviors(config).find((r) => r.behavior.originId === corsOrigin.id);
  if (!ref) return [];
  const path = probeFor(config, ref, corsOrigin).viewerPath;
  return [
    '## CORS preflight',
    '',
    ...fence(
      curlCommand('OPTIONS', `${distributionBaseUrl(config)}${path}`, [
        '-H',
        'Origin: https://app.example.com',
        '-H',
        'Access-Control-Request-Method: POST',
        '-H',
        'Access-Control-Request-Headers: authorization,content-type',
      ]),
    ),
    '',
    '**Expect:** 200 or 204 with `access-control-allow-origin` and `access-control-allow-methods` (use one of your real web origins).',
    '',
    '**A different answer means:** 403 with an HTML page from CloudFront: OPTIONS is not allowed on this behavior (AF308). No `access-control-*` headers: the API\'s CORS configuration does not cover that origin, or the preflight did not reach the API.',
    '',
  ];
}

function lockdownSection(config: ApifrontConfig, origins: readonly ApiGatewayOrigin[]): string[] {
  // The same lock-down the template and console steps build (an HTTP API gets the authorizer, fact 152).
  const lockdowns = deriveSettings(config).lockdowns;
  if (lockdowns.length === 0) return [];
  const lines = ['## Bypass check (lock-down)', ''];
  for (const lock of lockdowns) {
    const origin = origins.find((o) => o.id === lock.originId);
    if (!origin) continue;
    if (lock.kind === 'mtls') {
      // Origin mTLS (fact 169): a direct call without the client certificate fails in the TLS handshake.
      lines.push(
        `Origin \`${origin.id}\`, directly, without a client certificate:`,
        ...fence(curlCommand('GET', `https://${lock.customDomain ?? executeApiHost(origin.api)}/`)),
        '',
        '**Expect:** the TLS handshake fails (curl exit 35 or 56, no HTTP status). An HTTP answer means the custom domain does not require mutual TLS.',
        '',
      );
      continue;
    }
    const ref = allBehaviors(config).find((r) => r.behavior.originId === origin.id);
    const path = ref ? (probeFor(config, ref, origin).resourcePath ?? '/') : '/';
    const how =
      lock.kind === 'waf'
        ? `the regional WAF web ACL on stage \`${lock.stage}\` blocks requests without \`${lock.headerName}\``
        : `the Lambda REQUEST authorizer refuses requests without \`${lock.headerName}\`; 401 when its identity source is missing`;
    lines.push(
      `Origin \`${origin.id}\`, directly, without the verify header:`,
      ...fence(curlCommand('GET', `${directBaseUrl(origin)}${path}`)),
      '',
      `**Expect:** 403 (${how}). A 2xx means the API can still be called around CloudFront: check that the ${lock.kind === 'waf' ? 'web ACL is associated with the stage' : 'authorizer is attached to every route'}.`,
      '',
    );
  }
  return lines;
}

function redirectSection(config: ApifrontConfig): string[] {
  const policy = config.defaultBehavior.viewerProtocol;
  if (policy === 'allow-all') return [];
  const httpUrl = distributionBaseUrl(config).replace(/^https:/, 'http:');
  return [
    '## Plain HTTP',
    '',
    ...fence(curlCommand('GET', `${httpUrl}/`)),
    '',
    policy === 'redirect-to-https'
      ? '**Expect:** 301 with `location: https://...` (viewer protocol policy redirect-to-https).'
      : '**Expect:** 403 from CloudFront (viewer protocol policy https-only).',
    '',
  ];
}

/**
 * The verification plan as Markdown: per behavior (in the order CloudFront evaluates them) a curl through
 * the distribution and the same request straight to the API, the expected answer and what a different
 * answer means; then CORS, lock-down and plain-HTTP checks where they apply.
 */
export function renderChecksMarkdown(config: ApifrontConfig): string {
  const refs = allBehaviors(config);
  const apiOrigins = config.origins.filter((o): o is ApiGatewayOrigin => o.type === 'apigateway');
  const hasAlias = config.domain.aliases.length > 0;
  const lines = [
    `# Verification plan: ${config.name}`,
    '',
    'Run these once the stack is complete' + (hasAlias ? ' and the DNS records resolve' : '') + '. Placeholders in `<angle brackets>` are yours to fill in; never paste secrets into shared documents.',
    '',
    `- Distribution URL: \`${distributionBaseUrl(config)}\`${hasAlias ? ` (before DNS resolves, use the stack output DistributionDomainName: \`${DISTRIBUTION_PLACEHOLDER}\`)` : ' (replace with the stack output DistributionDomainName)'}`,
    ...apiOrigins.map((o) => `- API \`${o.id}\` directly: \`${directBaseUrl(o)}\``),
    '',
  ];
  refs.forEach((ref, i) => {
    const origin = findOrigin(config, ref.behavior.originId);
    lines.push(...(origin?.type === 'apigateway' ? apiBehaviorSection(config, ref, origin, i + 1) : otherOriginSection(config, ref, origin, i + 1)));
  });
  const base = distributionBaseUrl(config);
  const routingCurl = (path: string, headers: Record<string, string>) => curlCommand('GET', `${base}${path}`, Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]));
  lines.push(...routingRulesChecks(config, routingCurl));
  lines.push(...corsSection(config, apiOrigins), ...lockdownSection(config, apiOrigins), ...redirectSection(config));
  lines.push('If an answer differs, paste its status and body into the symptom decoder (Test it tab) for the likely causes in this configuration.', '');
  return lines.join('\n');
}

/** The verification plan as one file, `<name>.checks.md`. */
export function renderChecks(config: ApifrontConfig): RenderedFile[] {
  return [{ fileName: `${fileBase(config)}.checks.md`, content: renderChecksMarkdown(config) }];
}

/** File name base shared by the Markdown outputs (the same slug as the template's file name). */
export function fileBase(config: ApifrontConfig): string {
  return stackBaseName(config.name);
}
