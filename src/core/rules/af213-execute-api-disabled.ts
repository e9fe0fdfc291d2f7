import { apiOriginRefs } from './rule-helpers';
import {
  asArray,
  distributions,
  isIntrinsic,
  isRecord,
  resolveBoolean,
  resourcesOfTypes,
  templateLocation,
} from './template-helpers';
import { defineRule } from './types';

/** True when an origin DomainName is built from the API resource `apiId` (`!Sub '${Api}.execute-api...'`, a Join with `!Ref Api`). */
function buildsExecuteApiHostOf(value: unknown, apiId: string): boolean {
  if (!isIntrinsic(value)) return false;
  const text = JSON.stringify(value);
  if (!text.includes('.execute-api.')) return false;
  return text.includes(`\${${apiId}}`) || text.includes(JSON.stringify({ Ref: apiId }));
}

/**
 * Why: with the default execute-api endpoint disabled, the execute-api host answers 403 for every
 * stage, so an origin that uses it cannot work (fact 148).
 * Failing shape: `api: { executeApiEndpointDisabled: true, customDomain: null }`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF213',
    name: 'execute-api-disabled',
    target: 'both',
    step: 'origin',
    title: 'Disabled execute-api endpoint used as origin',
    description: "The API's default execute-api endpoint is disabled while the origin still points at it.",
    rationale:
      'DisableExecuteApiEndpoint turns off the execute-api host name for all stages; requests to it are refused, so every request through CloudFront fails. Only the custom domain still reaches the API.',
    howToFix: "Use the API's custom domain as the origin, or enable the default endpoint again.",
    facts: [148],
    messages: {
      disabledEndpoint: {
        severity: 'error',
        text: (api: string) =>
          `API ${api} has its default execute-api endpoint disabled, but the origin uses that endpoint: every request fails. Use the API's custom domain as the origin, or enable the default endpoint.`,
      },
    },
    examples: {
      bad: 'api: { executeApiEndpointDisabled: true, customDomain: null }',
      good: "api: { executeApiEndpointDisabled: true, customDomain: { name: 'api-origin.example.com' } }",
    },
  },
  check({ config, template }, report) {
    if (config) {
      for (const { origin, path } of apiOriginRefs(config)) {
        if (!origin.api.executeApiEndpointDisabled || origin.api.customDomain) continue;
        report({ messageId: 'disabledEndpoint', args: [origin.api.id], location: { configPath: [...path, 'api', 'executeApiEndpointDisabled'] } });
      }
    }
    if (!template) return;
    const t = template.template;
    const disabled = resourcesOfTypes(t, ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'])
      .filter((api) => resolveBoolean(t, api.properties.DisableExecuteApiEndpoint) === true)
      .map((api) => api.logicalId);
    if (disabled.length === 0) return;
    for (const dist of distributions(t)) {
      asArray(dist.config.Origins).forEach((origin, j) => {
        if (!isRecord(origin)) return;
        const api = disabled.find((id) => buildsExecuteApiHostOf(origin.DomainName, id));
        if (api === undefined) return;
        report({
          messageId: 'disabledEndpoint',
          args: [api],
          location: templateLocation(template, dist.logicalId, ['DistributionConfig', 'Origins', j, 'DomainName']),
        });
      });
    }
  },
});
