/**
 * Sample viewer URLs for the path tester: one per route the API lists (as a viewer would call it
 * through the behavior that serves it), else one per behavior pattern, then the root.
 */
import type { ApifrontConfig } from '../model/schema';
import { firstMatch } from '../paths/match';
import { sampleApiPath, samplePathForPattern } from '../paths/route';
import { viewerPathFor } from './inverse';
import { DISTRIBUTION_HOST_PLACEHOLDER } from './viewer-request';

export interface SampleRequest {
  method: string;
  url: string;
}

/** The host viewers use: the first concrete alias, else the distribution's domain placeholder. */
export function viewerHost(config: ApifrontConfig): string {
  return config.domain.aliases.find((a) => a.trim() !== '' && !a.includes('*'))?.trim() ?? DISTRIBUTION_HOST_PLACEHOLDER;
}

export function sampleRequests(config: ApifrontConfig, max = 8): SampleRequest[] {
  const base = `https://${viewerHost(config)}`;
  const out: SampleRequest[] = [];
  const seen = new Set<string>();
  const add = (method: string, path: string) => {
    const key = `${method} ${path}`;
    if (seen.has(key) || out.length >= max) return;
    seen.add(key);
    out.push({ method, url: `${base}${path}` });
  };
  const refs = [...config.behaviors.map((behavior, i) => ({ behavior, pattern: behavior.pathPattern, isDefault: false, index: i as number | null })), { behavior: config.defaultBehavior, pattern: '*', isDefault: true, index: null }];
  for (const origin of config.origins) {
    if (origin.type !== 'apigateway') continue;
    for (const r of origin.api.routes) {
      const apiPath = sampleApiPath(r.path);
      if (!apiPath) continue;
      // The first behavior for this origin that CloudFront would really pick for the resulting path.
      for (const ref of refs) {
        if (ref.behavior.originId !== origin.id) continue;
        const viewerPath = viewerPathFor(origin, ref, apiPath);
        if (viewerPath && firstMatch(config, viewerPath).index === ref.index) {
          add(r.method === 'ANY' ? 'GET' : r.method, viewerPath);
          break;
        }
      }
    }
  }
  for (const b of config.behaviors) add('GET', samplePathForPattern(b.pathPattern, 'example'));
  add('GET', '/');
  return out;
}
