import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApiRoute } from '../model/schema';
import { rule } from './af306-pattern-case';

function withPattern(pattern: string, routes: ApiRoute[], stripPrefix = false) {
  return buildConfig((c) => {
    const api = c.origins[0];
    if (api?.type === 'apigateway') api.api.routes = routes;
    c.behaviors = [{ ...c.defaultBehavior, pathPattern: pattern, stripPrefix }];
  });
}

const lower: ApiRoute[] = [{ method: 'GET', path: '/api/users/{userId}' }];

testRule(rule, {
  valid: [
    { name: 'lower-case pattern', config: withPattern('/api/*', lower) },
    { name: 'routes use upper case too', config: withPattern('/Api/*', [{ method: 'GET', path: '/Api/users' }]) },
    { name: 'routes unknown', config: withPattern('/Api/*', []) },
    { name: 'upper case only in the stripped prefix', config: withPattern('/API/*', [{ method: 'GET', path: '/users' }], true) },
    { name: 'parameter names do not count', config: withPattern('/api/*', lower) },
  ],
  invalid: [
    { name: 'upper-case prefix', output: { 'behaviors[0].pathPattern': '/api/*' }, config: withPattern('/Api/*', lower), findings: [{ messageId: 'upperCase', path: 'behaviors[0].pathPattern' }] },
    {
      name: 'upper case in a pattern that cannot be stripped', output: { 'behaviors[0].pathPattern': '/api/v?/*' },
      config: withPattern('/api/V?/*', [{ method: 'GET', path: '/api/v1/users' }], true),
      findings: [{ messageId: 'upperCase', path: 'behaviors[0].pathPattern' }],
    },
  ],
});
