import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { AnyBehavior, ApiRoute, ApifrontConfig } from '../model/schema';
import { rule } from './af308-methods-vs-routes';

function api(routes: ApiRoute[], methods: AnyBehavior['methods'], mutate?: (c: ApifrontConfig) => void) {
  return buildConfig((c) => {
    const o = c.origins[0];
    if (o?.type === 'apigateway') o.api.routes = routes;
    c.defaultBehavior.methods = methods;
    mutate?.(c);
  });
}

const writes: ApiRoute[] = [
  { method: 'GET', path: '/orders' },
  { method: 'POST', path: '/orders' },
];

testRule(rule, {
  valid: [
    { name: 'all methods allowed', config: api(writes, 'all') },
    { name: 'read-only routes behind get-head', config: api([{ method: 'GET', path: '/orders/{id}' }], 'get-head') },
    { name: 'ANY routes behind all methods', config: api([{ method: 'ANY', path: '/{proxy+}' }], 'all') },
    {
      name: 'the POST route is served by another behavior that allows it',
      config: api(writes, 'get-head', (c) => {
        c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/orders', methods: 'all' }];
      }),
    },
    { name: 'CORS with OPTIONS allowed', config: api([], 'get-head-options', (c) => {
      const o = c.origins[0];
      if (o?.type === 'apigateway') o.api.cors = true;
    }) },
  ],
  invalid: [
    {
      name: 'an ANY route behind get-head is a hint (it may serve only reads)',
      output: { 'defaultBehavior.methods': 'all' },
      config: api([{ method: 'ANY', path: '/{proxy+}' }], 'get-head'),
      findings: [{ messageId: 'anyRouteLimited', path: 'defaultBehavior.methods' }],
    },
    {
      name: 'the $default route of a quick-created HTTP API behind get-head',
      output: { 'defaultBehavior.methods': 'all' },
      config: api([{ method: 'ANY', path: '$default' }], 'get-head'),
      findings: [{ messageId: 'anyRouteLimited', path: 'defaultBehavior.methods' }],
    },
    { name: 'POST route behind get-head', output: { 'defaultBehavior.methods': 'all' }, config: api(writes, 'get-head'), findings: [{ messageId: 'routeMethodBlocked', path: 'defaultBehavior.methods' }] },
    {
      name: 'DELETE route behind get-head-options on an ordered behavior', output: { 'behaviors[0].methods': 'all' },
      config: api([{ method: 'DELETE', path: '/orders/{id}' }], 'all', (c) => {
        c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/orders/*', methods: 'get-head-options' }];
      }),
      findings: [{ messageId: 'routeMethodBlocked', path: 'behaviors[0].methods' }],
    },
    {
      name: 'CORS without OPTIONS', output: { 'defaultBehavior.methods': 'all' },
      config: api([], 'get-head', (c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') o.api.cors = true;
      }),
      findings: [{ messageId: 'corsNeedsOptions', path: 'defaultBehavior.methods' }],
    },
  ],
});
