/**
 * Minimise a config against the frozen defaults of format version 1 (defaults-v1.json), and expand
 * it back. Share links carry the minimised form, so the "API only" preset fits in a short link, and
 * an old link keeps its meaning however the schema's defaults evolve (a new default = a new version).
 *
 * The rules (also written in defaults-v1.json's $comment):
 * - An object default with more than one key is a *section*: the value is compared field by field,
 *   fields equal to their default are left out, the others are minimised recursively.
 * - Any other default (scalar, null, list, one-key object such as `{ "policy": "CachingDisabled" }`,
 *   which is one choice among several forms) is compared whole: equal -> left out, else kept entire.
 * - Item lists minimise each item against per-item defaults: `origins[]` against `origin.<type>`,
 *   `behaviors[]` and the `defaultBehavior` object against `behavior`, `distribution.errorPages[]`
 *   against `errorPage`. Items keep their position; an item equal to its defaults becomes `{}`.
 * - Two defaults are not constants: an origin without `type` is `"apigateway"` (only that type's
 *   defaults hold a `type`), and `defaultBehavior.originId` is the first origin's ID; a
 *   `defaultBehavior` left with no fields is left out.
 *
 * Expanding works on untrusted JSON: it never throws, never follows prototypes, and keeps odd keys
 * (even `__proto__`) as own properties so that the schema reports them as unknown fields.
 */
import defaultsV1 from '../model/defaults-v1.json';

type JsonObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSection(value: unknown): value is JsonObject {
  return isPlainObject(value) && Object.keys(value).length > 1;
}

function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Assign without triggering the `__proto__` setter. */
function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Structural equality of JSON values (key order ignored, `undefined` fields treated as absent). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
    const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
    return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

const ORIGIN_DEFAULTS: JsonObject = defaultsV1.origin;

/** Defaults for the items of a list, by the list's path (`origins`, `distribution.errorPages`). */
const ITEM_LIST_DEFAULTS: Readonly<Record<string, (item: JsonObject) => JsonObject | undefined>> = {
  // Chosen by the item's type; an item without a type is an API Gateway origin (whose defaults say so).
  origins: (item) => {
    const type = Object.hasOwn(item, 'type') ? item.type : 'apigateway';
    const defaults = typeof type === 'string' ? ownValue(ORIGIN_DEFAULTS, type) : undefined;
    return isPlainObject(defaults) ? defaults : undefined;
  },
  behaviors: () => defaultsV1.behavior,
  'distribution.errorPages': () => defaultsV1.errorPage,
};

/** Defaults for objects that are not sections of their parent's defaults. */
const ITEM_OBJECT_DEFAULTS: Readonly<Record<string, JsonObject>> = {
  defaultBehavior: defaultsV1.behavior,
};

function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The defaults an object at `path` (with the given parent default) is compared with, if any. */
function defaultsFor(path: string, value: unknown, parentDefault: unknown): JsonObject | undefined {
  if (!isPlainObject(value)) return undefined;
  if (Object.hasOwn(ITEM_OBJECT_DEFAULTS, path)) return ITEM_OBJECT_DEFAULTS[path];
  return isSection(parentDefault) ? parentDefault : undefined;
}

function itemDefaults(path: string, item: unknown): JsonObject | undefined {
  if (!Object.hasOwn(ITEM_LIST_DEFAULTS, path) || !isPlainObject(item)) return undefined;
  return ITEM_LIST_DEFAULTS[path]?.(item);
}

function minimiseObject(value: JsonObject, defaults: JsonObject, path: string): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    const d = ownValue(defaults, key);
    if (d !== undefined && jsonEqual(v, d)) continue;
    const p = childPath(path, key);
    if (Array.isArray(v) && Object.hasOwn(ITEM_LIST_DEFAULTS, p)) {
      setOwn(out, key, v.map((item) => {
        const itemDefault = itemDefaults(p, item);
        return itemDefault ? minimiseObject(item as JsonObject, itemDefault, `${p}[]`) : item;
      }));
      continue;
    }
    const sectionDefault = defaultsFor(p, v, d);
    setOwn(out, key, sectionDefault ? minimiseObject(v as JsonObject, sectionDefault, p) : v);
  }
  return out;
}

function expandObject(value: JsonObject, defaults: JsonObject, path: string): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(defaults)) {
    if (!Object.hasOwn(value, key)) setOwn(out, key, structuredClone(defaults[key]));
  }
  for (const key of Object.keys(value)) {
    const v = value[key];
    const p = childPath(path, key);
    if (Array.isArray(v) && Object.hasOwn(ITEM_LIST_DEFAULTS, p)) {
      setOwn(out, key, v.map((item) => {
        const itemDefault = itemDefaults(p, item);
        return itemDefault ? expandObject(item as JsonObject, itemDefault, `${p}[]`) : item;
      }));
      continue;
    }
    const sectionDefault = defaultsFor(p, v, ownValue(defaults, key));
    setOwn(out, key, sectionDefault ? expandObject(v as JsonObject, sectionDefault, p) : v);
  }
  return out;
}

/** The first origin's ID: the default of `defaultBehavior.originId`. */
function firstOriginId(config: JsonObject): unknown {
  const origins = ownValue(config, 'origins');
  return Array.isArray(origins) && isPlainObject(origins[0]) ? ownValue(origins[0], 'id') : undefined;
}

/**
 * The config with every value equal to its version-1 default left out (see the rules above).
 * `expandConfig(minimiseConfig(c))` is deep-equal to `c` for every valid config.
 */
export function minimiseConfig(config: object): JsonObject {
  const out = minimiseObject(config as JsonObject, defaultsV1.config, '');
  // defaultBehavior.originId defaults to the first origin, and an all-default defaultBehavior is left out.
  const defaultBehavior = ownValue(out, 'defaultBehavior');
  if (isPlainObject(defaultBehavior)) {
    const originId = ownValue(defaultBehavior, 'originId');
    if (originId !== undefined && originId === firstOriginId(config as JsonObject)) {
      const { originId: _dropped, ...rest } = defaultBehavior;
      if (Object.keys(rest).length === 0) delete out.defaultBehavior;
      else setOwn(out, 'defaultBehavior', rest);
    }
  }
  return out;
}

/**
 * Put the version-1 defaults back into a minimised config. Takes any JSON value (from a link) and
 * returns non-objects unchanged, for the schema to report; never throws.
 */
export function expandConfig(minimised: unknown): unknown {
  if (!isPlainObject(minimised)) return minimised;
  const out = expandObject(minimised, defaultsV1.config, '');
  const defaultBehavior = ownValue(minimised, 'defaultBehavior') ?? {};
  if (isPlainObject(defaultBehavior)) {
    const expanded = expandObject(defaultBehavior, defaultsV1.behavior, 'defaultBehavior');
    const originId = firstOriginId(out);
    if (!Object.hasOwn(expanded, 'originId') && originId !== undefined) setOwn(expanded, 'originId', originId);
    setOwn(out, 'defaultBehavior', expanded);
  }
  return out;
}
