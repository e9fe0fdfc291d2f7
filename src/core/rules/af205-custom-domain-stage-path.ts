import { derivedOriginPath } from '../model/derive';
import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: through an API Gateway custom domain the API mapping's base path replaces the stage; a stage
 * in the path then gives 403 Missing Authentication Token (fact 67).
 * Failing shape: custom domain with base path `""`, `originPath: '/prod'` for stage `prod`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF205',
    name: 'custom-domain-stage-path',
    target: 'config',
    step: 'origin',
    title: 'No stage in the origin path of a custom-domain origin',
    description:
      "When the origin is an API Gateway custom domain, the origin path must be empty or the mapping's base path, not the stage.",
    rationale:
      'A custom domain routes by its API mappings: the base path selects the API and stage, and the stage name is not part of the URL. `/prod/users` through a custom domain looks for a resource `/prod/users` and REST answers 403 Missing Authentication Token.',
    howToFix: "Replace the stage segment with `/` + the mapping's base path (or drop it when the mapping is empty), keeping any path after it (one click).",
    facts: [67],
    messages: {
      stageThroughCustomDomain: {
        severity: 'warning',
        text: (originPath: string, domain: string, expected: string) =>
          `Origin path "${originPath}" holds the stage, but the origin is the custom domain ${domain}, whose API mapping replaces the stage: requests miss every resource (403 Missing Authentication Token). Use ${expected === '' ? 'an empty origin path' : `"${expected}"`}.`,
      },
    },
    examples: {
      bad: "customDomain: { name: api-origin.example.com, basePath: '' }, stage: prod, originPath: '/prod'",
      good: "customDomain: { name: api-origin.example.com, basePath: '' }, stage: prod, originPath: ''",
    },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, index, path } of apiOriginRefs(config)) {
      const cd = origin.api.customDomain;
      if (!cd || origin.originPath === undefined) continue;
      const expected = derivedOriginPath(origin);
      const stageSegment = `/${origin.api.stage}`;
      const holdsStage = origin.originPath === stageSegment || origin.originPath.startsWith(`${stageSegment}/`);
      if (!holdsStage || expected === stageSegment || (expected !== '' && origin.originPath.startsWith(`${expected}/`))) continue;
      const fixed = `${expected}${origin.originPath.slice(stageSegment.length)}`;
      report({
        messageId: 'stageThroughCustomDomain',
        args: [origin.originPath, cd.name, expected],
        location: { configPath: [...path, 'originPath'] },
        // The mapping's path replaces the stage segment; a sub-path after it is the user's own prefix.
        fix: {
          label: fixed === '' ? 'Empty the origin path' : `Set the origin path to ${fixed}`,
          mutate: (c) => {
            const target = c.origins[index];
            if (target?.type === 'apigateway') target.originPath = fixed;
          },
        },
      });
    }
  },
});
