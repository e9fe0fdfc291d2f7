import type { ConfigPath } from '../model/parse';
import { findOrigin } from '../model/derive';
import type { AnyBehavior, Origin } from '../model/schema';
import { behaviorLabel, updateBehavior } from './af4xx-forwarding';
import { hasName } from '../request/policies';
import { defineRule } from './types';

type ListKind = 'originRequest' | 'cache' | 'legacy';
const WHERE: Record<ListKind, string> = { originRequest: 'origin request policy', cache: 'cache policy', legacy: 'legacy headers' };

/** Header names a behavior lists explicitly, with the config path of the list (all-viewer policies do not count). */
function explicitHeaderLists(behavior: AnyBehavior): { kind: ListKind; names: readonly string[]; path: ConfigPath }[] {
  const out: { kind: ListKind; names: readonly string[]; path: ConfigPath }[] = [];
  const { cache, originRequest } = behavior;
  if (originRequest && 'custom' in originRequest) {
    const h = originRequest.custom.headers;
    if (h.behavior === 'whitelist' || h.behavior === 'allViewerAndWhitelistCloudFront') out.push({ kind: 'originRequest', names: h.names, path: ['originRequest', 'custom', 'headers', 'names'] });
  }
  if ('custom' in cache && cache.custom.headers.behavior === 'whitelist') out.push({ kind: 'cache', names: cache.custom.headers.names, path: ['cache', 'custom', 'headers', 'names'] });
  if ('legacy' in cache) out.push({ kind: 'legacy', names: cache.legacy.headers, path: ['cache', 'legacy', 'headers'] });
  return out;
}

/** Names the origin sets itself: its custom headers and, for an API origin, the verify header. */
function originHeaderNames(origin: Origin | undefined): string[] {
  if (!origin) return [];
  const names = origin.customHeaders.map((h) => h.name);
  if (origin.type === 'apigateway' && origin.verifyHeader) names.push(origin.verifyHeader.name);
  return names;
}

/** Removes one name from the behavior's list of that kind (a whitelist left empty becomes "none"). */
function removeName(behavior: AnyBehavior, kind: ListKind, name: string): void {
  const keep = (names: string[]) => names.filter((n) => n.trim().toLowerCase() !== name.trim().toLowerCase());
  if (kind === 'legacy' && 'legacy' in behavior.cache) behavior.cache.legacy.headers = keep(behavior.cache.legacy.headers);
  if (kind === 'cache' && 'custom' in behavior.cache) {
    const h = behavior.cache.custom.headers;
    h.names = keep(h.names);
    if (h.names.length === 0) h.behavior = 'none';
  }
  if (kind === 'originRequest' && behavior.originRequest && 'custom' in behavior.originRequest) {
    const h = behavior.originRequest.custom.headers;
    h.names = keep(h.names);
    if (h.names.length === 0 && h.behavior === 'whitelist') h.behavior = 'none';
  }
}

/**
 * Why: an origin custom header overwrites the viewer's header of the same name (fact 85), so also
 * forwarding it by name is at best useless and AWS says not to (fact 55); listing Accept-Encoding
 * turns off CloudFront compression (facts 50, 52). Failing shape: origin custom header `X-Team` and an
 * origin request policy whitelisting `X-Team`; or `Accept-Encoding` in a whitelist.
 */
export const rule = defineRule({
  meta: {
    id: 'AF414',
    name: 'duplicate-forwarded-header',
    target: 'config',
    step: 'paths',
    title: 'Do not forward a header the origin sets, nor list Accept-Encoding',
    description:
      'A header named explicitly in an origin request policy or legacy header list is also set as an origin custom header (or is the verify header), or `Accept-Encoding` is listed explicitly. All-viewer policies do not count.',
    rationale:
      'CloudFront replaces a viewer header with the origin custom header of the same name, so forwarding it by name as well does nothing and AWS advises against it. Listing Accept-Encoding in a cache policy or legacy settings turns off CloudFront\'s compression support; CloudFront sends the normalised value itself when Gzip/Brotli is on.',
    howToFix: 'Drop the duplicate name from the list (one click); let the cache policy\'s Gzip/Brotli settings handle Accept-Encoding.',
    facts: [50, 52, 55, 85],
    messages: {
      duplicatesCustomHeader: {
        severity: 'warning',
        text: (behavior: string, name: string, where: string) =>
          `${behavior}: "${name}" is listed in the ${where} but is also set as an origin custom header, which overwrites the viewer's value. Drop it from the list.`,
      },
      acceptEncodingListed: {
        severity: 'warning',
        text: (behavior: string, where: string) =>
          `${behavior}: Accept-Encoding is listed in the ${where}, which turns off CloudFront compression. Drop it; enable Gzip/Brotli in the cache policy instead.`,
      },
    },
    examples: {
      bad: 'origins: [{ customHeaders: [{ name: X-Team, value: payments }] }]\noriginRequest: { custom: { headers: { behavior: whitelist, names: [X-Team, Accept-Encoding] } } }',
      good: 'origins: [{ customHeaders: [{ name: X-Team, value: payments }] }]\noriginRequest: { policy: AllViewerExceptHostHeader }',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    for (const ref of derived.behaviors()) {
      const label = behaviorLabel(ref.pattern, ref.isDefault);
      const originNames = originHeaderNames(findOrigin(config, ref.behavior.originId));
      for (const list of explicitHeaderLists(ref.behavior)) {
        list.names.forEach((name, i) => {
          const location = { configPath: [...ref.path, ...list.path, i] };
          const fix = {
            label: `Drop ${name} from the ${WHERE[list.kind]}`,
            apply: updateBehavior(ref.path, (b) => removeName(b, list.kind, name)),
          };
          if (name.trim().toLowerCase() === 'accept-encoding') {
            report({ messageId: 'acceptEncodingListed', args: [label, WHERE[list.kind]], location, fix });
          } else if (list.kind !== 'cache' && hasName(originNames, name)) {
            report({ messageId: 'duplicatesCustomHeader', args: [label, name, WHERE[list.kind]], location, fix });
          }
        });
      }
    }
  },
});
