/**
 * The viewer-request CloudFront Function a behavior gets (strip prefix, X-Forwarded-Host) and what it
 * does to a request. The renderer generates the function from `functionRewritesOf`, and the trace
 * applies the same rewrites, so the template and every prediction strip the same prefix.
 */
import type { AnyBehavior } from '../model/schema';
import { strippablePrefix, stripPrefixFromPath } from '../paths/match';

export interface FunctionRewrites {
  /** The literal prefix removed from the URI (`/api`), or null. */
  stripPrefix: string | null;
  /** Copy the viewer Host into X-Forwarded-Host (fact 90). */
  forwardedHost: boolean;
  /** Single-page app: an extensionless URI (a client-side route) becomes /index.html (DOMAIN section 0). */
  spaFallback: boolean;
}

type RewriteFields = Pick<AnyBehavior, 'stripPrefix' | 'forwardedHost' | 'spaFallback'>;

/**
 * What the behavior's function rewrites, or null when it gets none. Strip prefix needs a pattern of the
 * form `/<literal>/*` or `/<literal>` (after CloudFront's own normalisation: `/api/**` is `/api/*`);
 * the default behavior matches everything and has no prefix (fact 33: CloudFront itself never strips).
 */
export function functionRewritesOf(behavior: RewriteFields, pattern: string | null): FunctionRewrites | null {
  const stripPrefix = behavior.stripPrefix && pattern !== null && pattern !== '*' ? strippablePrefix(pattern) : null;
  const spaFallback = behavior.spaFallback === true;
  if (stripPrefix === null && !behavior.forwardedHost && !spaFallback) return null;
  return { stripPrefix, forwardedHost: behavior.forwardedHost, spaFallback };
}

/** True for a URI whose last segment has no file extension: a client-side route of a single-page app. */
export function isAppRoute(uri: string): boolean {
  return !uri.slice(uri.lastIndexOf('/') + 1).includes('.');
}

/** True when the behavior asks to strip a prefix its pattern does not have (nothing is stripped then). */
export function stripPrefixIgnored(behavior: RewriteFields, pattern: string | null): boolean {
  return behavior.stripPrefix && functionRewritesOf(behavior, pattern)?.stripPrefix == null;
}

export interface RewrittenRequest {
  uri: string;
  /** Headers the function adds (lower-case names). */
  addedHeaders: Record<string, string>;
}

/** The URI and headers after the function ran; `host` is the viewer Host. */
export function applyRewrites(rewrites: FunctionRewrites | null, uri: string, host: string): RewrittenRequest {
  if (!rewrites) return { uri, addedHeaders: {} };
  const stripped = rewrites.stripPrefix ? stripPrefixFromPath(rewrites.stripPrefix, uri) : uri;
  return {
    uri: rewrites.spaFallback && isAppRoute(stripped) ? '/index.html' : stripped,
    addedHeaders: rewrites.forwardedHost ? { 'x-forwarded-host': host } : {},
  };
}

/**
 * cloudfront-js-2.0 viewer-request code for the rewrites: optionally copy Host into X-Forwarded-Host,
 * then remove the literal prefix ("/api/users" -> "/users", "/api" -> "/"), then send client-side
 * routes of a single-page app to /index.html.
 */
export function functionCode(rewrites: FunctionRewrites): string {
  const lines = ['function handler(event) {', '  var request = event.request;'];
  if (rewrites.forwardedHost) {
    lines.push(
      '  // The origin sees its own host name; keep the public one for the backend.',
      '  var host = request.headers.host;',
      "  if (host) request.headers['x-forwarded-host'] = { value: host.value };",
    );
  }
  if (rewrites.stripPrefix !== null) {
    lines.push(
      `  var prefix = ${JSON.stringify(rewrites.stripPrefix)};`,
      "  if (request.uri === prefix) request.uri = '/';",
      "  else if (request.uri.indexOf(prefix + '/') === 0) request.uri = request.uri.substring(prefix.length);",
    );
  }
  if (rewrites.spaFallback) {
    lines.push(
      '  // Single-page app: a path without a file extension is a client-side route; serve the app shell.',
      "  if (request.uri.substring(request.uri.lastIndexOf('/') + 1).indexOf('.') === -1) request.uri = '/index.html';",
    );
  }
  lines.push('  return request;', '}');
  return `${lines.join('\n')}\n`;
}
