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

/** Header names that usually carry a credential or a shared secret (fact 151, 154). */
const SECRET_NAME = /verify|secret|token|key|password|passwd|auth/i;

/**
 * True when a value looks like a random secret rather than words: 16+ characters of a token alphabet
 * (letters, digits, `+/=_-`), letters mixed with at least three digits, and many distinct characters.
 */
export function looksRandom(value: string): boolean {
  const v = value.trim();
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return /[A-Za-z]/.test(v) && digits >= 3 && new Set(v).size >= 10;
}

/**
 * True for an origin custom header that looks like a secret: `Referer` (the resource-policy trick,
 * fact 151), `x-api-key` (fact 154), a name containing verify/secret/token/key/auth, or a long random value.
 */
export function looksLikeSecretHeader(name: string, value: string): boolean {
  const n = name.trim().toLowerCase();
  if (n === 'referer' || n === 'x-api-key') return true;
  return SECRET_NAME.test(n) || looksRandom(value);
}
