/**
 * Small pure helpers that several config rules share (host names, API origins, Host forwarding,
 * secret-looking headers). Template-side helpers live in template-helpers.ts.
 */
import { allBehaviors, type BehaviorRef } from '../model/derive';
import type { ApiGatewayOrigin, ApifrontConfig } from '../model/schema';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * True for a lower-case DNS host name with at least two labels (`api.example.com`); with
 * `allowWildcard`, a leading `*.` label is accepted too (fact 104).
 */
export function isHostName(name: string, allowWildcard = false): boolean {
  const host = allowWildcard && name.startsWith('*.') ? name.slice(2) : name;
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

/** An API Gateway origin with its index and config path. */
export interface ApiOriginRef {
  origin: ApiGatewayOrigin;
  index: number;
  path: readonly (string | number)[];
}

/** True when the origin names a WebSocket API (a pasted `wss://` URL): AF201 refuses it. */
export function isWebSocketOrigin(origin: ApiGatewayOrigin): boolean {
  return [origin.api.id, origin.api.customDomain?.name ?? ''].some((v) => v.trim().toLowerCase().startsWith('wss://'));
}

/**
 * Every API Gateway origin, with its position in `origins`. WebSocket origins are left out unless
 * asked for: AF201 refuses them clearly and no other API rule should add noise about them.
 */
export function apiOriginRefs(config: ApifrontConfig, includeWebSocket = false): ApiOriginRef[] {
  return config.origins.flatMap((origin, index) =>
    origin.type === 'apigateway' && (includeWebSocket || !isWebSocketOrigin(origin)) ? [{ origin, index, path: ['origins', index] as const }] : [],
  );
}

/** The behaviors (ordered ones, then the default) that send requests to the given origin ID. */
export function behaviorsOfOrigin(config: ApifrontConfig, originId: string): BehaviorRef[] {
  return allBehaviors(config).filter((ref) => ref.behavior.originId === originId);
}

// Secret detection lives with the link and file writers that rely on it; re-exported for the rules.
export { looksLikeSecretHeader, looksRandom } from '../share/secret-headers';
