import { effectiveOriginPath } from '../model/derive';
import { isCatchAllRoute } from '../paths/route';
import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: an HTTP API `$default` stage is served from the base URL with no stage segment, so
 * `/$default` in the origin path reaches no route, and any other origin path is prepended to every
 * request, which only works when every route carries that prefix (fact 64: the origin path must be empty).
 * Failing shape: `api: { kind: 'http', stage: '$default' }`, `originPath: '/$default'` (error) or
 * `originPath: '/mypath'` with routes not under /mypath or unknown (warning).
 */
export const rule = defineRule({
  meta: {
    id: 'AF204',
    name: 'default-stage-path',
    target: 'config',
    step: 'origin',
    title: 'No `/$default` in the origin path',
    description:
      'An HTTP API `$default` stage takes no stage segment; its origin path must not be `/$default`, and any other origin path must be a prefix of every route.',
    rationale:
      'API Gateway serves the `$default` stage at the root of the execute-api host. A request for `/$default/...` looks for a stage or route named `$default` and gets 404 Not Found.',
    howToFix: 'Drop the /$default segment: leave the origin path empty, or keep only the path after it (one click).',
    facts: [64],
    messages: {
      defaultStageInPath: {
        severity: 'error',
        text: (path: string, originId: string) =>
          `Origin "${originId}" has origin path "${path}", but the $default stage of an HTTP API is served without a stage segment: every request gets 404. Leave the origin path empty.`,
      },
      pathBeforeDefaultStage: {
        severity: 'warning',
        text: (path: string, originId: string, why: string) =>
          `Origin "${originId}" has origin path "${path}" in front of the $default stage of an HTTP API, so every request reaches the API as ${path}/...; ${why}. Leave the origin path empty unless the routes carry the prefix.`,
      },
    },
    examples: {
      bad: "api: { kind: http, stage: $default }, originPath: '/$default'",
      good: "api: { kind: http, stage: $default }, originPath: ''",
    },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, index, path } of apiOriginRefs(config)) {
      const { api } = origin;
      if (api.kind !== 'http' || api.stage !== '$default' || api.customDomain) continue;
      const originPath = effectiveOriginPath(origin);
      if (originPath !== '/$default' && !originPath.startsWith('/$default/')) {
        if (originPath === '' || originPath === '/') continue;
        const routes = api.routes;
        const under = (p: string) => p === originPath || p.startsWith(`${originPath}/`);
        if (routes.length > 0 && routes.every((r) => under(r.path))) continue;
        const why =
          routes.length === 0
            ? 'that works only if every route starts with it'
            : routes.some((r) => isCatchAllRoute(r.path))
              ? `its catch-all route ${routes.find((r) => isCatchAllRoute(r.path))?.path ?? ''} receives every path with that prefix, which the integration must expect`
              : 'some of its routes do not start with it, and those requests get 404';
        report({ messageId: 'pathBeforeDefaultStage', args: [originPath, origin.id, why], location: { configPath: [...path, 'originPath'] } });
        continue;
      }
      const rest = originPath.slice('/$default'.length);
      report({
        messageId: 'defaultStageInPath',
        args: [originPath, origin.id],
        location: { configPath: [...path, 'originPath'] },
        // Only the stage segment goes: a sub-path after it (`/$default/v1`) is the user's own prefix.
        fix: {
          label: rest === '' ? 'Leave the origin path empty' : `Use ${rest}`,
          mutate: (c) => {
            const target = c.origins[index];
            if (target?.type === 'apigateway') target.originPath = rest;
          },
        },
      });
    }
  },
});
