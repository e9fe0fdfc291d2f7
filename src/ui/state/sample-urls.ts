/**
 * Sample viewer URLs for the path tester: one per route the API lists (as a viewer would call it
 * through the behavior that serves it), else one per behavior pattern, then the root.
 */
import type { ApifrontConfig } from '../../core/model/schema';
import { firstMatch } from '../../core/paths/match';
import { sampleApiPath, viewerPathFor } from '../../core/paths/route';

export interface SampleRequest {
  method: string;
  url: string;
}

/** The host viewers use: the first concrete alias, else a placeholder CloudFront name. */
export function viewerHost(config: ApifrontConfig): string {
  return config.domain.aliases.find((a) => a.trim() !== '' && !a.includes('*'))?.trim() ?? 'd111111abcdef8.cloudfront.net';
}

/** `/api/*` -> `/api/example`, `*.json` -> `/example.json`, `?` -> `x`. */
export function samplePathForPattern(pattern: string): string {
  const path = pattern.replace(/\*/g, 'example').replace(/\?/g, 'x');
  return path.startsWith('/') ? path : `/${path}`;
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
  const refs = [...config.behaviors.map((behavior, i) => ({ behavior, pattern: behavior.pathPattern, index: i })), { behavior: config.defaultBehavior, pattern: '*', index: null }];
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
  for (const b of config.behaviors) add('GET', samplePathForPattern(b.pathPattern));
  add('GET', '/');
  return out;
}
