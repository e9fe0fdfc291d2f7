import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af309-too-many-behaviors';

const withCount = (n: number) =>
  buildConfig((c) => {
    c.behaviors = Array.from({ length: n }, (_, i) => ({ ...c.defaultBehavior, pathPattern: `/r${i}/*` }));
  });

testRule(rule, {
  valid: [
    { name: 'exactly 75', config: withCount(75) },
    { name: 'none', config: withCount(0) },
  ],
  invalid: [{ name: '76 behaviors', config: withCount(76), findings: [{ messageId: 'tooMany', path: 'behaviors' }] }],
});
