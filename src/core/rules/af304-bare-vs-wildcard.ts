import { type BehaviorRef } from '../model/derive';
import type { ApiGatewayOrigin, ApifrontConfig } from '../model/schema';
import { firstMatch, normalizePattern } from '../paths/match';
import { isCatchAllRoute, matchApiRoute, sampleApiPath } from '../paths/route';
import { requestFor, traceVia, viewerPathFor } from '../request';
import { defineRule } from './types';

/** `/api` for `/api/*` or `/api/` (a literal directory then `/*` or `/`); null otherwise. */
function bareOfWildcard(pattern: string): string | null {
  const p = normalizePattern(pattern);
  const dir = p.endsWith('/*') ? p.slice(0, -2) : p.endsWith('/') && !/[*?]/.test(p) ? p.slice(0, -1) : null;
  return dir && dir.length > 1 && !/[*?]/.test(dir) ? dir : null;
}

/** `/api` for a literal pattern without wildcards or a trailing `/`; null otherwise. */
function bareLiteral(pattern: string): string | null {
  const p = normalizePattern(pattern);
  return p.length > 1 && !/[*?]/.test(p) && !p.endsWith('/') ? p : null;
}


function routedLabel(config: ApifrontConfig, path: string): { originId: string; label: string } {
  const m = firstMatch(config, path);
  const originId = m.behavior.originId;
  return { originId, label: `${m.isDefault ? 'the default behavior' : `behavior ${m.pattern}`} (origin ${originId})` };
}

/** The path API Gateway routes on when `path` goes through this behavior. */
function apiPathVia(config: ApifrontConfig, ref: ApiRef, index: number, path: string): string | undefined {
  const traced = traceVia(config, { ...ref, index }, requestFor(config, path));
  return traced.ok ? traced.trace.api?.path : undefined;
}

function insertCopy(index: number, at: number, pathPattern: string) {
  return (c: ApifrontConfig) => {
    const source = c.behaviors[index];
    if (source) c.behaviors.splice(at, 0, { ...structuredClone(source), pathPattern });
    return c;
  };
}

type ApiRef = BehaviorRef & { origin: ApiGatewayOrigin };

/**
 * Why: `*` is plain glob matching, so `/api/*` (and `/api/`) never match `/api`, and `/api` matches
 * nothing below it (facts 22, 26). When the API's routes show the other form is needed, those
 * requests silently go to another behavior. Failing shapes: `/api/*` with a route `GET /api`;
 * `/api` alone with routes `/api/users`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF304',
    name: 'bare-vs-wildcard',
    target: 'config',
    step: 'paths',
    title: '`/api/*` does not match `/api`, and `/api` matches nothing below it',
    description:
      'A behavior uses only one of the bare (`/api`) and wildcard (`/api/*`) forms while the API\'s routes show the other form is needed, so those requests go to another behavior and origin.',
    rationale:
      'Path patterns are literal globs: `/api/*` needs the slash, so `/api` itself falls through to a later behavior or the default; `/api` without a wildcard matches only that one path. Requests the API expects then reach the wrong origin.',
    howToFix: 'Use `/api/*` and, if the bare path is a route, add `/api` with the same settings.',
    facts: [22, 26],
    messages: {
      bareNotMatched: {
        severity: 'warning',
        text: (pattern: string, bare: string, apiRoute: string, elsewhere: string) =>
          `${pattern} does not match ${bare} itself, yet the API has the route ${apiRoute}: requests for ${bare} go to ${elsewhere}. Add a behavior ${bare} with the same settings.`,
      },
      childrenNotMatched: {
        severity: 'warning',
        text: (pattern: string, sample: string, apiRoute: string, elsewhere: string) =>
          `${pattern} matches only ${pattern} itself, yet the API has the route ${apiRoute}: requests such as ${sample} go to ${elsewhere}. Add a behavior ${pattern}/* with the same settings.`,
      },
    },
    examples: {
      bad: 'behaviors: [{ pathPattern: "/api/*", originId: api }]  # the API also has GET /api',
      good: 'behaviors: [{ pathPattern: "/api", originId: api }, { pathPattern: "/api/*", originId: api }]',
    },
  },
  check({ config, derived }, report) {
    if (!config) return;
    const patterns = new Set(config.behaviors.map((b) => normalizePattern(b.pathPattern)));
    for (const ref of derived.apiBehaviors() as ApiRef[]) {
      if (ref.isDefault || ref.origin.api.routes.length === 0) continue;
      const index = ref.path[1] as number;
      const routes = ref.origin.api.routes.filter((r) => !isCatchAllRoute(r.path));
      const location = { configPath: [...ref.path, 'pathPattern'] };

      const bare = bareOfWildcard(ref.pattern);
      if (bare && !patterns.has(bare)) {
        const elsewhere = routedLabel(config, bare);
        const apiPath = apiPathVia(config, ref, index, bare);
        const hit = apiPath ? routes.find((r) => matchApiRoute([r], apiPath, r.method === 'ANY' ? 'GET' : r.method).route) : undefined;
        if (elsewhere && hit && elsewhere.originId !== ref.behavior.originId) {
          report({
            messageId: 'bareNotMatched',
            args: [ref.pattern, bare, `${hit.method} ${hit.path}`, elsewhere.label],
            location,
            fix: { label: `Add a behavior ${bare} above ${ref.pattern}`, apply: insertCopy(index, index, bare) },
          });
        }
      }

      const literal = bareLiteral(ref.pattern);
      if (literal && !patterns.has(`${literal}/*`)) {
        const apiBase = apiPathVia(config, ref, index, literal);
        if (!apiBase) continue;
        for (const r of routes) {
          const sampleApi = sampleApiPath(r.path);
          if (!sampleApi || !sampleApi.startsWith(apiBase === '/' ? '/' : `${apiBase}/`) || sampleApi === apiBase) continue;
          const viewer = viewerPathFor(ref.origin, ref, sampleApi);
          const elsewhere = viewer ? routedLabel(config, viewer) : undefined;
          if (!viewer || !elsewhere || elsewhere.originId === ref.behavior.originId) continue;
          report({
            messageId: 'childrenNotMatched',
            args: [ref.pattern, viewer, `${r.method} ${r.path}`, elsewhere.label],
            location,
            fix: { label: `Add a behavior ${literal}/* below ${ref.pattern}`, apply: insertCopy(index, index + 1, `${literal}/*`) },
          });
          break;
        }
      }
    }
  },
});

