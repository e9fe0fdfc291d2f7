import { apiOriginRefs } from './rule-helpers';
import { defineRule } from './types';

/**
 * Why: REST and HTTP APIs offer different features (facts 144, 149, 154): API keys and resource
 * policies are REST-only, JWT authorizers HTTP-only, and HTTP APIs have Regional endpoints only;
 * integration timeouts above 30 s exist only for Regional/private REST APIs (fact 80).
 * Failing shapes: `{ kind: 'http', auth: 'apiKey' }`, `{ kind: 'rest', auth: 'jwt' }`, `{ kind: 'http', endpoint: 'edge' }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF217',
    name: 'api-kind-features',
    target: 'config',
    step: 'origin',
    title: "Use only what the API's kind offers",
    description:
      'API keys need a REST API, JWT authorizers an HTTP API; HTTP APIs and their custom domains are Regional only; integration timeouts above 29/30 s only exist for Regional REST APIs.',
    rationale:
      'The config drives forwarding and lock-down choices; a feature the API kind does not have means the generated setup forwards the wrong credential or cannot exist at all.',
    howToFix: 'Pick the API kind the API really is, or an authorization/endpoint that kind supports (one click for the endpoint).',
    facts: [80, 144, 149, 154],
    messages: {
      apiKeyOnHttp: {
        severity: 'error',
        text: (apiId: string) =>
          `API ${apiId} is an HTTP API, but API keys (x-api-key, usage plans) exist only for REST APIs. Use a Lambda or JWT authorizer, or set the kind to REST if it is one.`,
      },
      jwtOnRest: {
        severity: 'error',
        text: (apiId: string) =>
          `API ${apiId} is a REST API, but JWT authorizers exist only for HTTP APIs; REST uses Cognito or Lambda authorizers. Pick the authorizer the API really has.`,
      },
      httpEndpoint: {
        severity: 'error',
        text: (apiId: string, endpoint: string) =>
          `API ${apiId} is an HTTP API marked ${endpoint}; HTTP APIs only have Regional endpoints. Set the endpoint to regional.`,
      },
      httpEdgeCustomDomain: {
        severity: 'error',
        text: (apiId: string, domain: string) =>
          `API ${apiId} is an HTTP API, but its custom domain ${domain} is marked edge-optimized; edge-optimized custom domains exist only for REST APIs. Set the custom domain's endpoint to regional.`,
      },
      timeoutAboveKindMax: {
        severity: 'warning',
        text: (apiId: string, timeout: number, max: number) =>
          `API ${apiId} is given an integration timeout of ${timeout} s, but this kind of API stops at ${max} s (only Regional or private REST APIs can go higher, by quota request). Check the value.`,
      },
    },
    examples: { bad: 'api: { kind: http, auth: apiKey, endpoint: edge }', good: 'api: { kind: http, auth: jwt, endpoint: regional }' },
  },
  check({ config }, report) {
    if (!config) return;
    for (const { origin, index, path } of apiOriginRefs(config)) {
      const { api } = origin;
      const at = (field: string) => ({ configPath: [...path, 'api', field] });
      if (api.kind === 'http' && api.auth === 'apiKey') report({ messageId: 'apiKeyOnHttp', args: [api.id], location: at('auth') });
      if (api.kind === 'rest' && api.auth === 'jwt') report({ messageId: 'jwtOnRest', args: [api.id], location: at('auth') });
      if (api.kind === 'http' && api.endpoint !== 'regional') {
        report({
          messageId: 'httpEndpoint',
          args: [api.id, api.endpoint],
          location: at('endpoint'),
          fix: {
            label: 'Set the endpoint to regional',
            mutate: (c) => {
              const target = c.origins[index];
              if (target?.type === 'apigateway') target.api.endpoint = 'regional';
            },
          },
        });
      }
      if (api.kind === 'http' && api.customDomain?.endpoint === 'edge') {
        report({
          messageId: 'httpEdgeCustomDomain',
          args: [api.id, api.customDomain.name],
          location: { configPath: [...path, 'api', 'customDomain', 'endpoint'] },
          fix: {
            label: 'Make the custom domain Regional',
            mutate: (c) => {
              const target = c.origins[index];
              if (target?.type === 'apigateway' && target.api.customDomain) target.api.customDomain.endpoint = 'regional';
            },
          },
        });
      }
      const max = api.kind === 'http' ? 30 : api.endpoint === 'edge' ? 29 : undefined;
      if (max !== undefined && api.integrationTimeout !== undefined && api.integrationTimeout > max) {
        report({ messageId: 'timeoutAboveKindMax', args: [api.id, api.integrationTimeout, max], location: at('integrationTimeout') });
      }
    }
  },
});
