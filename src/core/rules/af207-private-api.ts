import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: a private API is reachable only from a VPC through an interface endpoint, not from CloudFront
 * over the internet (fact 147). (An HTTP API cannot be private at all: AF217.)
 * Failing shape: `api: { kind: 'rest', endpoint: 'private' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF207',
    name: 'private-api',
    target: 'config',
    step: 'origin',
    title: 'A private API cannot be a CloudFront origin',
    description: 'A private REST API is only reachable from inside a VPC, so CloudFront cannot connect to it over the internet.',
    rationale:
      'Private API endpoints resolve only through a VPC interface endpoint (execute-api); CloudFront\'s edge locations would get DNS or connection errors (502) for every request.',
    howToFix: 'Use a Regional endpoint for the API (optionally locked to CloudFront, see lock-down).',
    facts: [147],
    messages: {
      privateApi: {
        severity: 'error',
        text: (apiId: string) =>
          `REST API ${apiId} is private: it is reachable only from a VPC, so CloudFront cannot reach it and every request fails. Use a Regional endpoint and lock it to CloudFront instead.`,
      },
    },
    examples: { bad: 'api: { kind: rest, endpoint: private }', good: 'api: { kind: rest, endpoint: regional }, lockdown: waf' },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, path } of apiOriginRefs(config)) {
      if (origin.api.kind !== 'rest' || origin.api.endpoint !== 'private') continue;
      report({ messageId: 'privateApi', args: [origin.api.id], location: { configPath: [...path, 'api', 'endpoint'] } });
    }
  },
});
