/**
 * CloudFront path-pattern matching (facts 22-27): `*` is zero or more characters, `?` exactly one,
 * matching is case-sensitive, a leading `/` is optional, query strings are ignored, and behaviors are
 * tried in list order with the default behavior (`*`) last. No regex is built from user input: a
 * direct glob matcher with star backtracking runs in O(pattern x path) time at worst.
 */
import type { BehaviorRef } from '../model/derive';
import type { ApifrontConfig } from '../model/schema';

/**
 * `images/*.jpg` -> `/images/*.jpg` (fact 25); runs of `*` collapse (they match the same paths).
 * A pattern that starts with a wildcard is kept as written: viewer paths always start with `/`, so
 * `*.jpg` is already a pattern over the whole path.
 */
export function normalizePattern(pattern: string): string {
  const collapsed = pattern.includes('**') ? pattern.replace(/\*{2,}/g, '*') : pattern;
  return collapsed.startsWith('/') || collapsed.startsWith('*') || collapsed.startsWith('?') ? collapsed : `/${collapsed}`;
}

/** The path part of a viewer path: query string and fragment removed, leading `/` ensured. */
export function normalizePath(path: string): string {
  const end = path.search(/[?#]/);
  const bare = end === -1 ? path : path.slice(0, end);
  return bare.startsWith('/') ? bare : `/${bare}`;
}

/**
 * Raw glob match of `text` against `pattern` (no normalisation): `*` any run, `?` one character.
 * Classic two-pointer algorithm: on a mismatch, retry from the last `*` consuming one more character.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const pc = pattern[p];
    if (pc !== undefined && (pc === '?' || (pc !== '*' && pc === text[t]))) {
      p++;
      t++;
    } else if (pc === '*') {
      starP = p++;
      starT = t;
    } else if (starP !== -1) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * Does a CloudFront path pattern match a viewer path? Case-sensitive; the leading `/` of the pattern
 * is optional and the path's query string is ignored (facts 22, 23, 25).
 */
export function matchPattern(pattern: string, path: string): boolean {
  return globMatch(normalizePattern(pattern), normalizePath(path));
}

/** A matched behavior with its position: `index` null for the default behavior. */
export interface MatchedBehavior extends BehaviorRef {
  index: number | null;
}

/**
 * The behavior CloudFront selects for a viewer path: the first ordered behavior whose pattern
 * matches, else the default behavior (facts 21, 27). Selection never depends on the method.
 */
export function firstMatch(config: ApifrontConfig, path: string): MatchedBehavior {
  const target = normalizePath(path);
  const index = config.behaviors.findIndex((b) => globMatch(normalizePattern(b.pathPattern), target));
  const behavior = config.behaviors[index];
  if (behavior) return { behavior, path: ['behaviors', index], pattern: behavior.pathPattern, isDefault: false, index };
  return { behavior: config.defaultBehavior, path: ['defaultBehavior'], pattern: '*', isDefault: true, index: null };
}

/**
 * The literal prefix a strip-prefix function may remove: `/api` for `/api/*` or `/api`, `/api/v1` for
 * `/api/v1/*`; null for any other shape (wildcards elsewhere, `/api*`, the default `*`).
 */
export function strippablePrefix(pattern: string): string | null {
  const p = normalizePattern(pattern);
  const literal = p.endsWith('/*') ? p.slice(0, -2) : p;
  if (literal.length < 2 || /[*?]/.test(literal) || literal.endsWith('/') || literal.includes('//')) return null;
  return literal;
}

/** `/api/users` without prefix `/api` -> `/users`; `/api` -> `/` (what the strip function sends). */
export function stripPrefixFromPath(prefix: string, path: string): string {
  if (path === prefix) return '/';
  if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  return path;
}

/**
 * The literal directory a pattern sits under: `/api` for `/api/*`, `/api/v1` for `/api/v1/*.json`,
 * `/api` for the bare `/api`; "" when the pattern starts with a wildcard right away (`*`, `/*`, `/api*`).
 */
export function patternDirPrefix(pattern: string): string {
  const p = normalizePattern(pattern);
  const wild = p.search(/[*?]/);
  if (wild === -1) return p.endsWith('/') ? p.slice(0, -1) : p;
  const literal = p.slice(0, wild);
  const slash = literal.lastIndexOf('/');
  return slash <= 0 ? '' : literal.slice(0, slash);
}
