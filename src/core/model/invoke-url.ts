/**
 * parseInvokeUrl: what a user pastes from the API Gateway console -> the API's ID, Region, stage and the
 * origin path CloudFront needs, or a message that says what the URL is instead.
 */

export interface InvokeUrlInfo {
  ok: true;
  /** 'rest' when a stage is in the path, 'http' for a base URL ($default stage), else 'unknown'. */
  kind: 'rest' | 'http' | 'unknown';
  /** "" for a custom domain (the ID is not in its host name). */
  apiId: string;
  /** "" for a custom domain. */
  region: string;
  /** The stage: the first path segment, or "$default" for a base URL (fact 64). */
  stage: string;
  /** What the CloudFront origin path should be: "/stage", or "" for $default and custom domains (facts 63, 64, 67). */
  originPath: string;
  /** Set when the host is not an execute-api host: an API Gateway custom domain (or any other HTTPS host). */
  customDomain?: { name: string; basePath: string };
  /** Plain sentences: what was understood and what was ignored. */
  explanation: string[];
}

export type InvokeUrlResult = InvokeUrlInfo | { ok: false; message: string };

const EXECUTE_API_HOST = /^([a-z0-9]{10})\.execute-api\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?$/;
// REST stage names: letters, digits, - and _ (fact 68); HTTP API stage names also allow $default.
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/** Other AWS hosts people paste by mistake, so the message can say what the URL is. */
const OTHER_AWS_HOSTS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\.lambda-url\.[a-z0-9-]+\.on\.aws$/, what: 'a Lambda function URL' },
  { pattern: /(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com$|\.s3-website[.-]/, what: 'an Amazon S3 URL' },
  { pattern: /\.cloudfront\.net$/, what: 'a CloudFront distribution URL' },
  { pattern: /\.appsync-api\.[a-z0-9-]+\.amazonaws\.com$/, what: 'an AWS AppSync URL' },
  { pattern: /\.elb\.amazonaws\.com$/, what: 'a load balancer URL' },
  { pattern: /^execute-api\.[a-z0-9-]+\.amazonaws\.com$/, what: 'the API Gateway service endpoint without an API ID' },
  { pattern: /(^|\.)console\.aws\.amazon\.com$/, what: 'an AWS console page' },
];

const fail = (message: string): InvokeUrlResult => ({ ok: false, message });

/**
 * Parse an API Gateway invoke URL: `https://{id}.execute-api.{region}.amazonaws.com/{stage}/`, an HTTP
 * API base URL (stage `$default`), or a custom domain. Spaces and a trailing resource path are trimmed.
 * Never throws.
 */
export function parseInvokeUrl(text: string): InvokeUrlResult {
  const input = text.trim();
  if (input === '') return fail('Paste the invoke URL from the API Gateway console (Stages, "Invoke URL").');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1]?.toLowerCase();
  if (scheme === 'wss' || scheme === 'ws') {
    return fail('WebSocket APIs are not supported: CloudFront in front of a WebSocket API needs different settings.');
  }
  if (scheme === 'http') {
    return fail('API Gateway serves HTTPS only: the invoke URL starts with https://.');
  }
  if (scheme !== undefined && scheme !== 'https') {
    return fail(`"${scheme}://" is not a web address; an invoke URL starts with https://.`);
  }
  const notAUrl = () => fail(`"${input.slice(0, 80)}" is not a URL. Expected https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/`);
  // Browsers and Node disagree on hosts with spaces (Chromium percent-encodes them): refuse them first.
  if (/\s/.test(input)) return notAUrl();
  let url: URL;
  try {
    url = new URL(scheme ? input : `https://${input}`);
  } catch {
    return notAUrl();
  }
  const host = url.hostname.toLowerCase();
  if (!host.includes('.')) return fail(`"${host}" is not a full host name. Expected https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/`);
  const explanation: string[] = [];
  if (!scheme) explanation.push('No scheme given; https:// assumed (API Gateway is HTTPS only).');
  if (url.search || url.hash) explanation.push('The query string and fragment were ignored.');
  if (url.port) explanation.push(`Port ${url.port} was ignored; CloudFront connects to API Gateway on 443.`);
  const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment);

  const match = EXECUTE_API_HOST.exec(host);
  if (match) {
    const [, apiId = '', region = ''] = match;
    const [first, ...rest] = segments;
    if (first === undefined) {
      explanation.push(
        `API ${apiId} in ${region}, base URL with no stage: an HTTP API on its $default stage, so the origin path stays empty.`,
      );
      return { ok: true, kind: 'http', apiId, region, stage: '$default', originPath: '', explanation };
    }
    if (!STAGE_NAME.test(first)) {
      return fail(`"${first}" cannot be a stage name (letters, digits, - and _ only). Copy the invoke URL of a stage.`);
    }
    explanation.push(`API ${apiId} in ${region}, stage "${first}": the origin path is /${first}.`);
    explanation.push('A REST API (or an HTTP API with a named stage): the stage is the first path segment.');
    if (rest.length > 0) explanation.push(`The resource path /${rest.join('/')} after the stage was ignored.`);
    return { ok: true, kind: 'rest', apiId, region, stage: first, originPath: `/${first}`, explanation };
  }

  if (host.endsWith('.amazonaws.com') || host.endsWith('.on.aws') || host.endsWith('.cloudfront.net') || host.endsWith('.amazon.com')) {
    const other = OTHER_AWS_HOSTS.find((h) => h.pattern.test(host));
    if (other) return fail(`${host} is ${other.what}, not an API Gateway invoke URL (https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/).`);
    if (host.includes('.execute-api.')) {
      return fail(`${host} looks like an execute-api host but the API ID (10 lower-case letters and digits) or the Region is malformed.`);
    }
    return fail(`${host} is an AWS address but not an API Gateway invoke URL (https://{api-id}.execute-api.{region}.amazonaws.com/{stage}/).`);
  }

  // Any other HTTPS host: an API Gateway custom domain. Its base-path mapping replaces the stage (fact 67).
  const basePath = segments[0] ?? '';
  explanation.push(
    `${host} is not an execute-api host; treated as an API Gateway custom domain. Its API mapping replaces the stage, so the origin path is ${basePath ? `/${basePath} (the mapping's base path, if that is what /${basePath} is)` : 'empty'}.`,
  );
  explanation.push('Fill in the API ID, Region and stage from the API Gateway console: a custom domain does not show them.');
  if (segments.length > 1) explanation.push(`The path after /${basePath} was ignored.`);
  return {
    ok: true,
    kind: 'unknown',
    apiId: '',
    region: '',
    stage: '',
    originPath: basePath ? `/${basePath}` : '',
    customDomain: { name: host, basePath },
    explanation,
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
