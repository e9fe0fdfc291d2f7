/**
 * The trace run backwards for one behavior: the viewer path that reaches API path `apiPath` through it
 * (stage or base path, origin path and the function's strip-prefix undone), or null when no viewer path
 * can (the origin path points elsewhere). The caller checks that CloudFront picks that behavior.
 */
import { effectiveOriginPath } from '../model/derive';
import type { AnyBehavior, ApiGatewayOrigin } from '../model/schema';
import { afterSegments } from '../paths/route';
import { functionRewritesOf } from './rewrites';

export function viewerPathFor(origin: ApiGatewayOrigin, matched: { pattern: string; isDefault: boolean; behavior: AnyBehavior }, apiPath: string): string | null {
  const { api } = origin;
  const tail = apiPath === '/' ? '' : apiPath;
  let upstream = apiPath;
  if (api.customDomain) {
    const base = api.customDomain.basePath.replace(/^\/+|\/+$/g, '');
    if (base) upstream = `/${base}${tail}`;
  } else if (!(api.kind === 'http' && api.stage === '$default')) {
    upstream = `/${api.stage}${tail}`;
  }
  const forwarded = afterSegments(upstream, effectiveOriginPath(origin));
  if (forwarded === null) return null;
  const prefix = functionRewritesOf(matched.behavior, matched.isDefault ? null : matched.pattern)?.stripPrefix ?? null;
  if (!prefix) return forwarded;
  return forwarded === '/' ? prefix : `${prefix}${forwarded}`;
}
