import type { ConfigPath } from '../model/parse';
import type { AnyBehavior } from '../model/schema';
import { behaviorLabel } from './af4xx-forwarding';
import { defineRule } from './types';

/** Adjustable quota: names per list in a policy or a legacy behavior (facts 45, 54, 62). */
export const MAX_NAMES_PER_LIST = 10;
/** Hard limit: combined length of all names in one cache or origin request policy (facts 45, 54). */
export const MAX_COMBINED_NAME_LENGTH = 1024;
/** Hard limit: one legacy query string name (fact 62). */
export const MAX_LEGACY_QUERY_STRING_LENGTH = 128;

interface NameList {
  kind: 'header' | 'cookie' | 'query string';
  names: readonly string[];
  path: ConfigPath;
}
interface NameHolder {
  where: 'cache policy' | 'origin request policy' | 'legacy settings';
  path: ConfigPath;
  lists: NameList[];
}

/** The named lists of a behavior's custom policies and legacy settings (lists whose names are in use). */
function holders(behavior: AnyBehavior, base: ConfigPath): NameHolder[] {
  const out: NameHolder[] = [];
  const used = (cfg: { behavior: string; names: string[] }) => (cfg.behavior === 'whitelist' || cfg.behavior === 'allExcept' || cfg.behavior === 'allViewerAndWhitelistCloudFront' ? cfg.names : []);
  const { cache, originRequest } = behavior;
  if ('custom' in cache) {
    const p = [...base, 'cache', 'custom'];
    const c = cache.custom;
    out.push({
      where: 'cache policy',
      path: p,
      lists: [
        { kind: 'header', names: used(c.headers), path: [...p, 'headers', 'names'] },
        { kind: 'cookie', names: used(c.cookies), path: [...p, 'cookies', 'names'] },
        { kind: 'query string', names: used(c.queryStrings), path: [...p, 'queryStrings', 'names'] },
      ],
    });
  }
  if ('legacy' in cache) {
    const p = [...base, 'cache', 'legacy'];
    const l = cache.legacy;
    out.push({
      where: 'legacy settings',
      path: p,
      lists: [
        { kind: 'header', names: l.headers.filter((h) => h.trim() !== '*'), path: [...p, 'headers'] },
        { kind: 'cookie', names: l.cookies.forward === 'whitelist' ? l.cookies.names : [], path: [...p, 'cookies', 'names'] },
        { kind: 'query string', names: l.queryString ? l.queryStringCacheKeys : [], path: [...p, 'queryStringCacheKeys'] },
      ],
    });
  }
  if (originRequest && 'custom' in originRequest) {
    const p = [...base, 'originRequest', 'custom'];
    const o = originRequest.custom;
    out.push({
      where: 'origin request policy',
      path: p,
      lists: [
        { kind: 'header', names: used(o.headers), path: [...p, 'headers', 'names'] },
        { kind: 'cookie', names: used(o.cookies), path: [...p, 'cookies', 'names'] },
        { kind: 'query string', names: used(o.queryStrings), path: [...p, 'queryStrings', 'names'] },
      ],
    });
  }
  return out;
}

/**
 * Why: policies and legacy behaviors take at most 10 header, 10 cookie and 10 query-string names
 * (an adjustable quota: deploys fail until it is raised) and a policy's names together at most 1024
 * characters, a legacy query string name at most 128 (hard limits) (facts 45, 54, 62). Failing shape:
 * a custom policy whitelisting 11 headers.
 */
export const rule = defineRule({
  meta: {
    id: 'AF413',
    name: 'too-many-names',
    target: 'config',
    step: 'paths',
    title: 'Stay within the header, cookie and query-string name limits',
    description:
      'A cache policy, origin request policy or legacy behavior names more than 10 headers, cookies or query strings (adjustable quota), or its names are longer than CloudFront allows (hard limit).',
    rationale:
      'CloudFront allows 10 header, 10 cookie and 10 query-string names per policy or legacy behavior unless a quota increase has been approved, and limits how long the names may be: the combined length of all names in one policy is at most 1024 characters, a legacy query string name at most 128. Over a limit, the deploy fails.',
    howToFix: 'Name fewer headers, cookies or query strings, or forward all of them (AllViewerExceptHostHeader, or `all` in the cache key); request a quota increase first if more than 10 are really needed.',
    facts: [45, 54, 62],
    messages: {
      tooManyNames: {
        severity: 'warning',
        text: (behavior: string, where: string, count: number, kind: string) =>
          `${behavior}: the ${where} names ${count} ${kind}s; the quota is ${MAX_NAMES_PER_LIST} unless AWS raised it for the account. Name fewer, or forward all.`,
      },
      namesTooLong: {
        severity: 'error',
        text: (behavior: string, where: string, total: number) =>
          `${behavior}: the names in the ${where} add up to ${total} characters; CloudFront allows ${MAX_COMBINED_NAME_LENGTH}. Name fewer or shorter headers, cookies and query strings.`,
      },
      nameTooLong: {
        severity: 'error',
        text: (behavior: string, name: string, length: number) =>
          `${behavior}: the query string name "${name.slice(0, 40)}${name.length > 40 ? '...' : ''}" has ${length} characters; legacy settings allow ${MAX_LEGACY_QUERY_STRING_LENGTH}.`,
      },
    },
    examples: {
      bad: 'cache: { custom: { maxTtl: 60, headers: { behavior: whitelist, names: [X-A, X-B, X-C, X-D, X-E, X-F, X-G, X-H, X-I, X-J, X-K] } } }',
      good: 'cache: { policy: CachingDisabled }\noriginRequest: { policy: AllViewerExceptHostHeader }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.behaviors()) {
      const label = behaviorLabel(ref.pattern, ref.isDefault);
      for (const holder of holders(ref.behavior, ref.path)) {
        for (const list of holder.lists) {
          if (list.names.length > MAX_NAMES_PER_LIST) {
            report({ messageId: 'tooManyNames', args: [label, holder.where, list.names.length, list.kind], location: { configPath: list.path } });
          }
        }
        if (holder.where === 'legacy settings') {
          const queryList = holder.lists.find((l) => l.kind === 'query string');
          queryList?.names.forEach((name, i) => {
            if (name.length > MAX_LEGACY_QUERY_STRING_LENGTH) {
              report({ messageId: 'nameTooLong', args: [label, name, name.length], location: { configPath: [...queryList.path, i] } });
            }
          });
        } else {
          const total = holder.lists.reduce((sum, l) => sum + l.names.reduce((s, n) => s + n.length, 0), 0);
          if (total > MAX_COMBINED_NAME_LENGTH) report({ messageId: 'namesTooLong', args: [label, holder.where, total], location: { configPath: holder.path } });
        }
      }
    }
  },
});
