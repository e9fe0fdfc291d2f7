import type { RoutingRule } from '../model/schema';
import { buildConfig, firstApiOrigin } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af219-routing-rules';

const target = { apiId: 'z9y8x7w6v5', stage: 'v2' };
const withRules = (rules: RoutingRule[], mode: 'ROUTING_RULE_THEN_API_MAPPING' | 'API_MAPPING_ONLY' | undefined = 'ROUTING_RULE_THEN_API_MAPPING', orp?: 'CORS-CustomOrigin') =>
  buildConfig((c) => {
    const o = firstApiOrigin(c);
    o.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name', routingRules: rules };
    if (mode) o.api.customDomain.routingMode = mode;
    if (orp) c.defaultBehavior.originRequest = { policy: orp };
  });
const versionRule = (priority = 10): RoutingRule => ({ priority, headers: [{ name: 'x-version', valueGlob: 'v2' }], target });
const D = 'origins[0].api.customDomain';

testRule(rule, {
  valid: [
    { name: 'no routing rules', config: buildConfig() },
    { name: 'a header rule behind AllViewerExceptHostHeader (forwards every header but Host)', config: withRules([versionRule()]) },
    { name: 'a base-path-only rule behind a policy forwarding no headers', config: withRules([{ priority: 5, headers: [], basePath: 'users', target }], undefined, 'CORS-CustomOrigin') },
    { name: 'a Host condition on the custom domain name CloudFront sends as Host (fact 190)', config: withRules([{ priority: 5, headers: [{ name: 'Host', valueGlob: 'api-origin.*' }], target }]) },
  ],
  invalid: [
    {
      name: 'a header CloudFront does not forward',
      config: withRules([versionRule()], 'ROUTING_RULE_THEN_API_MAPPING', 'CORS-CustomOrigin'),
      findings: [{ messageId: 'headerNotForwarded', path: `${D}.routingRules[0].headers[0].name` }],
    },
    { name: 'rules in API_MAPPING_ONLY mode', config: withRules([versionRule()], 'API_MAPPING_ONLY'), findings: [{ messageId: 'rulesIgnored', path: `${D}.routingMode` }] },
    {
      name: 'three headers, a priority of 0 and a duplicate priority',
      config: withRules([
        { priority: 0, headers: [{ name: 'a', valueGlob: '1' }, { name: 'b', valueGlob: '2' }, { name: 'c', valueGlob: '3' }], target },
        { priority: 0, headers: [], target },
      ]),
      findings: [
        { messageId: 'badRule', path: `${D}.routingRules[0].priority` },
        { messageId: 'badRule', path: `${D}.routingRules[0].headers` },
        { messageId: 'badRule', path: `${D}.routingRules[1].priority` },
        { messageId: 'badRule', path: `${D}.routingRules[1].priority` },
      ],
    },
    {
      name: 'a Host condition on the alias while CloudFront sends the origin domain',
      config: withRules([{ priority: 5, headers: [{ name: 'host', valueGlob: 'api.example.com' }], target }]),
      findings: [{ messageId: 'hostNeverMatches', path: `${D}.routingRules[0].headers[0].valueGlob` }],
    },
    {
      name: 'conditions API Gateway refuses: Authorization, X-Forwarded-Host, a * inside the value (fact 187)',
      config: withRules([
        { priority: 1, headers: [{ name: 'Authorization', valueGlob: '*' }], target },
        { priority: 2, headers: [{ name: 'x-forwarded-host', valueGlob: 'a' }], target },
        { priority: 3, headers: [{ name: 'x-version', valueGlob: 'v*2' }], target },
      ]),
      findings: [
        { messageId: 'badRule', path: `${D}.routingRules[0].headers[0].name` },
        { messageId: 'badRule', path: `${D}.routingRules[1].headers[0].name` },
        { messageId: 'badRule', path: `${D}.routingRules[2].headers[0].name` },
      ],
    },
    {
      name: 'an HTTP API',
      config: buildConfig((c) => {
        const o = firstApiOrigin(c);
        o.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name', routingMode: 'ROUTING_RULE_ONLY', routingRules: [versionRule()] };
      }, 'api-only-http'),
      findings: [{ messageId: 'httpApi', path: `${D}.routingRules` }],
    },
  ],
});
