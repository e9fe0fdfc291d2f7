/**
 * Shared by the AF4xx rules: messages and the one-click fixes that rewrite a behavior. What a behavior
 * forwards and caches is the request model's answer (src/core/request/policies.ts), asked there.
 */
import type { ConfigPath } from '../model/parse';
import type { AnyBehavior, ApifrontConfig, LegacyForwarding, Origin, OriginRequestSetting } from '../model/schema';
import { legacyTtls, originRequestOf } from '../request/policies';

export const ALL_VIEWER_EXCEPT_HOST = { policy: 'AllViewerExceptHostHeader' } as const;
export const CACHING_DISABLED = { policy: 'CachingDisabled' } as const;

/** The behavior as a human reads it in a message: its path pattern, or "the default behavior (*)". */
export function behaviorLabel(pattern: string, isDefault: boolean): string {
  return isDefault ? 'the default behavior (*)' : `behavior ${pattern}`;
}

/** The behavior at a config path (`['defaultBehavior']` or `['behaviors', i]`). */
export function behaviorAt(config: ApifrontConfig, path: ConfigPath): AnyBehavior | undefined {
  if (path[0] === 'defaultBehavior') return config.defaultBehavior;
  const index = path[1];
  return typeof index === 'number' ? config.behaviors[index] : undefined;
}

/** A fix's mutate that changes one behavior of the draft in place. */
export function updateBehavior(path: ConfigPath, mutate: (behavior: AnyBehavior, draft: ApifrontConfig) => void) {
  return (draft: ApifrontConfig): void => {
    const behavior = behaviorAt(draft, path);
    if (behavior) mutate(behavior, draft);
  };
}

/** The form of AF216 whose origin is the custom domain's regionalDomainName: it needs the viewer Host. */
export function originNeedsHost(origin: Origin | undefined): boolean {
  return origin?.type === 'apigateway' && origin.api.customDomain?.originHost === 'regionalDomainName';
}

/**
 * The origin request setting a fix should leave on a behavior: AllViewerExceptHostHeader for an API
 * Gateway origin (facts 6, 7, 47), AllViewer for the AF216 form that needs Host, and for any other
 * origin the current setting when it already forwards every viewer header.
 */
export function recommendedOriginRequest(origin: Origin | undefined, current: OriginRequestSetting): OriginRequestSetting {
  const view = originRequestOf(current);
  if (originNeedsHost(origin)) {
    // Kept only when it forwards what AllViewer would: every header with Host, query string and cookie.
    const forwardsAll = view?.allViewerHeaders && view.except.length === 0 && view.queryStringSet.mode === 'all' && view.cookieSet.mode === 'all';
    return forwardsAll ? current : { policy: 'AllViewer' };
  }
  if (origin?.type !== 'apigateway' && view?.allViewerHeaders) return current;
  return { ...ALL_VIEWER_EXCEPT_HOST };
}

/**
 * Legacy ForwardedValues converted to policies (facts 56, 57). Caching off (all TTLs 0 or `Headers:
 * ["*"]`) becomes CachingDisabled plus an all-viewer origin request policy; caching on becomes a custom
 * cache policy with the same key and the effective TTLs (clamped into order, fact 37), keeping the
 * behavior's origin request policy.
 */
export function legacyToPolicies(
  legacy: LegacyForwarding,
  behavior: AnyBehavior,
  origin: Origin | undefined,
): Pick<AnyBehavior, 'cache' | 'originRequest'> {
  const { minTtl, defaultTtl, maxTtl } = legacyTtls(legacy);
  const allHeaders = legacy.headers.some((h) => h.trim() === '*');
  if (allHeaders || maxTtl <= 0) {
    return { cache: { ...CACHING_DISABLED }, originRequest: recommendedOriginRequest(origin, behavior.originRequest) };
  }
  const ordered = [minTtl, defaultTtl, maxTtl].map((t) => Math.max(0, t)).sort((a, b) => a - b) as [number, number, number];
  const queryNames = legacy.queryStringCacheKeys;
  const cookieBehavior = legacy.cookies.forward;
  return {
    cache: {
      custom: {
        minTtl: ordered[0],
        defaultTtl: ordered[1],
        maxTtl: Math.max(1, ordered[2]),
        headers: legacy.headers.length > 0 ? { behavior: 'whitelist', names: [...legacy.headers] } : { behavior: 'none', names: [] },
        cookies: cookieBehavior === 'none' ? { behavior: 'none', names: [] } : { behavior: cookieBehavior, names: cookieBehavior === 'whitelist' ? [...legacy.cookies.names] : [] },
        queryStrings: !legacy.queryString
          ? { behavior: 'none', names: [] }
          : queryNames.length > 0
            ? { behavior: 'whitelist', names: [...queryNames] }
            : { behavior: 'all', names: [] },
        gzip: behavior.compress,
        brotli: behavior.compress,
      },
    },
    originRequest: behavior.originRequest,
  };
}
