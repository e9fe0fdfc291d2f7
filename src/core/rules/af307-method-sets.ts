import type { ApifrontConfig } from '../model/schema';
import { asArray, distributions, isIntrinsic, isRecord, templateLocation, type PropertyPath } from './template-helpers';
import { defineRule } from './types';

const ALLOWED_SETS = [['GET', 'HEAD'], ['GET', 'HEAD', 'OPTIONS'], ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']]; // fact 15
const CACHED_SETS = [['GET', 'HEAD'], ['GET', 'HEAD', 'OPTIONS']]; // fact 16
const DEFAULT_SET = ['GET', 'HEAD']; // fact 18

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((m) => b.includes(m));
const show = (list: readonly string[]) => `[${list.join(', ')}]`;

/** A literal list of method names, or undefined when absent, an intrinsic or not a list of strings. */
function literalMethods(value: unknown): string[] | undefined {
  if (value === undefined || isIntrinsic(value) || !Array.isArray(value)) return undefined;
  return value.every((m) => typeof m === 'string') ? (value as string[]) : undefined;
}

/**
 * Why: AllowedMethods has exactly three valid sets and CachedMethods two (facts 15, 16); anything else
 * is rejected, and caching OPTIONS needs OPTIONS allowed (fact 17). The config's enums only allow the
 * valid sets, so there only the subset can go wrong; a template can hold any list.
 * Failing shapes: `AllowedMethods: [GET, POST]`; `methods: get-head` + `cachedMethods: get-head-options`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF307',
    name: 'method-sets',
    target: 'both',
    step: 'paths',
    title: 'Allowed and cached methods must be one of CloudFront\'s sets',
    description:
      'AllowedMethods is not GET,HEAD / GET,HEAD,OPTIONS / all seven; CachedMethods is not GET,HEAD / GET,HEAD,OPTIONS; or the cached methods are not a subset of the allowed ones.',
    rationale:
      'CloudFront accepts only these fixed method sets (no GET+POST, for example) and rejects the distribution otherwise. Caching OPTIONS responses makes no sense when OPTIONS is not allowed, so treat that as an error too.',
    howToFix: 'Pick one of the valid sets; cache GET and HEAD unless OPTIONS is allowed.',
    facts: [15, 16, 17, 18],
    messages: {
      cachedNotAllowed: {
        severity: 'error',
        text: (behavior: string) =>
          `${behavior} caches OPTIONS but allows only GET and HEAD: cached methods must be a subset of allowed methods. Cache GET and HEAD only, or allow OPTIONS.`,
      },
      badAllowed: {
        severity: 'error',
        text: (list: string) =>
          `AllowedMethods ${list} is not a set CloudFront accepts: use [GET, HEAD], [GET, HEAD, OPTIONS] or all seven [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE].`,
      },
      badCached: {
        severity: 'error',
        text: (list: string) => `CachedMethods ${list} is not a set CloudFront accepts: use [GET, HEAD] or [GET, HEAD, OPTIONS].`,
      },
      cachedNotSubset: {
        severity: 'error',
        text: (cached: string, allowed: string) => `CachedMethods ${cached} is not a subset of AllowedMethods ${allowed}; cache only methods that are allowed.`,
      },
    },
    examples: { bad: 'AllowedMethods: [GET, POST]', good: 'AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]' },
  },
  check({ config, template, derived }, report) {
    if (config) {
      for (const ref of derived.behaviors()) {
        if (ref.behavior.methods !== 'get-head' || ref.behavior.cachedMethods !== 'get-head-options') continue;
        report({
          messageId: 'cachedNotAllowed',
          args: [ref.isDefault ? 'The default behavior' : `Behavior ${ref.pattern}`],
          location: { configPath: [...ref.path, 'cachedMethods'] },
          fix: {
            label: 'Cache GET and HEAD only',
            apply: (c: ApifrontConfig) => {
              const b = ref.isDefault ? c.defaultBehavior : c.behaviors[ref.path[1] as number];
              if (b) b.cachedMethods = 'get-head';
              return c;
            },
          },
        });
      }
    }
    if (!template) return;
    for (const dist of distributions(template.template)) {
      const behaviors: { node: unknown; path: PropertyPath }[] = [
        { node: dist.config.DefaultCacheBehavior, path: ['DistributionConfig', 'DefaultCacheBehavior'] },
        ...asArray(dist.config.CacheBehaviors).map((node, i) => ({ node, path: ['DistributionConfig', 'CacheBehaviors', i] })),
      ];
      for (const { node, path } of behaviors) {
        if (!isRecord(node)) continue;
        const at = (key: string) => templateLocation(template, dist.logicalId, [...path, key]);
        const allowed = literalMethods(node.AllowedMethods);
        const cached = literalMethods(node.CachedMethods);
        const allowedOk = !allowed || ALLOWED_SETS.some((s) => sameSet(s, allowed));
        const cachedOk = !cached || CACHED_SETS.some((s) => sameSet(s, cached));
        if (!allowedOk && allowed) report({ messageId: 'badAllowed', args: [show(allowed)], location: at('AllowedMethods') });
        if (!cachedOk && cached) report({ messageId: 'badCached', args: [show(cached)], location: at('CachedMethods') });
        if (!allowedOk || !cachedOk) continue;
        // Unknown (intrinsic) lists are not judged; absent ones default to [GET, HEAD] (fact 18).
        const effAllowed = node.AllowedMethods === undefined ? DEFAULT_SET : allowed;
        const effCached = node.CachedMethods === undefined ? DEFAULT_SET : cached;
        if (effAllowed && effCached && !effCached.every((m) => effAllowed.includes(m))) {
          report({ messageId: 'cachedNotSubset', args: [show(effCached), show(effAllowed)], location: at('CachedMethods') });
        }
      }
    }
  },
});
