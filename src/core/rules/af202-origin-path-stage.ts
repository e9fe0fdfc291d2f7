import { effectiveOriginPath } from '../model/derive';
import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: on the execute-api host a REST API (or a named HTTP API stage) is served under `/<stage>`
 * (facts 63, 64); a path without it reaches no stage and REST answers 403 Missing Authentication
 * Token (fact 66). An empty origin path works only if every viewer URL carries the stage, as in
 * AWS's console preset (fact 13).
 * Failing shapes: stage `prod` with originPath `/v1` (error) or `""` (warning).
 */
export const rule = defineRule({
  meta: {
    id: 'AF202',
    name: 'origin-path-stage',
    target: 'config',
    step: 'origin',
    title: 'Origin path must carry the stage',
    description:
      'For a REST API or a named HTTP API stage on its execute-api host, the origin path must start with `/<stage>`; an empty origin path makes viewers put the stage in every URL.',
    rationale:
      'CloudFront appends the viewer path to the origin path. Without the stage the request reaches no stage: REST answers 403 "Missing Authentication Token", HTTP APIs 404 "Not Found".',
    howToFix: 'Set the origin path to `/<stage>` (one click).',
    facts: [13, 63, 64, 66],
    messages: {
      missingStage: {
        severity: 'error',
        text: (originPath: string, stage: string, originId: string) =>
          `Origin "${originId}" has origin path "${originPath}", which does not start with the stage "/${stage}": every request misses the stage (REST answers 403 Missing Authentication Token). Set the origin path to "/${stage}".`,
      },
      emptyPath: {
        severity: 'warning',
        text: (stage: string, exampleUrl: string, originId: string) =>
          `Origin "${originId}" has an empty origin path, so viewers must put the stage in every URL (${exampleUrl}); any other URL misses the stage. Set the origin path to "/${stage}" to serve the API at the root.`,
      },
    },
    examples: {
      bad: "api: { kind: rest, stage: prod }, originPath: '/v1'",
      good: "api: { kind: rest, stage: prod }, originPath: '/prod'",
    },
  },
  check({ config }, report) {
    if (!config) return;
    const host = config.domain.aliases.find((a) => !a.startsWith('*')) ?? 'd111111abcdef8.cloudfront.net';
    for (const { origin, index, path } of apiOriginRefs(config)) {
      const { api } = origin;
      if (api.customDomain) continue; // the mapping replaces the stage there (AF205)
      if (api.kind === 'http' && api.stage === '$default') continue; // AF204
      const originPath = effectiveOriginPath(origin);
      const location = { configPath: [...path, 'originPath'] };
      const fix = {
        label: `Set the origin path to /${api.stage}`,
        mutate: (c: typeof config) => {
          const target = c.origins[index];
          if (target?.type === 'apigateway') target.originPath = `/${api.stage}`;
        },
      };
      if (originPath === '') {
        report({ messageId: 'emptyPath', args: [api.stage, `https://${host}/${api.stage}/...`, origin.id], location, fix });
        continue;
      }
      // Leading/trailing slash problems belong to AF203, which normalises them.
      if (!originPath.startsWith('/') || originPath.endsWith('/')) continue;
      if (originPath === `/${api.stage}` || originPath.startsWith(`/${api.stage}/`)) continue;
      report({ messageId: 'missingStage', args: [originPath, api.stage, origin.id], location, fix });
    }
  },
});
