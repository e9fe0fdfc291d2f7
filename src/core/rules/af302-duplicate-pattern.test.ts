import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af302-duplicate-pattern';

const withPatterns = (...patterns: string[]) =>
  buildConfig((c) => {
    c.behaviors = patterns.map((pathPattern) => ({ ...c.defaultBehavior, pathPattern }));
  });

testRule(rule, {
  valid: [
    { name: 'distinct patterns', config: withPatterns('/api/*', '/api', '/static/*') },
    { name: 'case differs (patterns are case-sensitive)', config: withPatterns('/API/*', '/api/*') },
    { name: '/* is not the literal catch-all (AF303 judges what it hides)', config: withPatterns('/*') },
  ],
  invalid: [
    { name: 'an ordered * behavior', config: withPatterns('/api/*', '*'), findings: [{ messageId: 'catchAll', path: 'behaviors[1].pathPattern' }] },
    { name: '** is * too', config: withPatterns('**'), findings: [{ messageId: 'catchAll', path: 'behaviors[0].pathPattern' }] },
    {
      name: 'same pattern twice', output: { behaviors: withPatterns('/api/*', '/static/*').behaviors },
      config: withPatterns('/api/*', '/static/*', '/api/*'),
      findings: [{ messageId: 'duplicate', path: 'behaviors[2].pathPattern' }],
    },
    {
      name: 'same pattern with and without the leading slash', output: { behaviors: withPatterns('api/*').behaviors },
      config: withPatterns('api/*', '/api/*', '/api/*'),
      findings: [
        { messageId: 'duplicate', path: 'behaviors[1].pathPattern' },
        { messageId: 'duplicate', path: 'behaviors[2].pathPattern' },
      ],
    },
  ],
});
