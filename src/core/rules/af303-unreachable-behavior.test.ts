import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { fixedBy, testRule } from '../testing/test-rule';
import { rule } from './af303-unreachable-behavior';

const withPatterns = (...patterns: string[]) =>
  buildConfig((c) => {
    c.behaviors = patterns.map((pathPattern) => ({ ...c.defaultBehavior, pathPattern }));
  });

testRule(rule, {
  valid: [
    { name: 'specific before broad', config: withPatterns('/api/admin/*', '/api/*', '/static/*') },
    { name: 'overlapping but neither includes the other', config: withPatterns('/api/*.json', '/api/v1/*') },
    { name: 'bare path next to its wildcard form', config: withPatterns('/api/*', '/api') },
    { name: 'identical patterns are left to AF302', config: withPatterns('/api/*', 'api/*') },
  ],
  invalid: [
    {
      name: 'specific after broad', output: { behaviors: withPatterns('/api/admin/*', '/api/*').behaviors },
      config: withPatterns('/api/*', '/api/admin/*'),
      findings: [{ messageId: 'unreachable', path: 'behaviors[1].pathPattern' }],
    },
    {
      name: 'wildcard inclusion that no prefix test sees',
      config: withPatterns('/*.jpg', '/images/*.jpg', '/v?/*', '/v1/users'),
      findings: [
        { messageId: 'unreachable', path: 'behaviors[1].pathPattern', output: { behaviors: withPatterns('/images/*.jpg', '/*.jpg', '/v?/*', '/v1/users').behaviors } },
        { messageId: 'unreachable', path: 'behaviors[3].pathPattern', output: { behaviors: withPatterns('/*.jpg', '/images/*.jpg', '/v1/users', '/v?/*').behaviors } },
      ],
    },
    {
      name: 'equivalent patterns written differently',
      config: withPatterns('/?*', '/*?'),
      findings: [{ messageId: 'equivalent', path: 'behaviors[1].pathPattern' }],
    },
    {
      name: 'everything after /* is unreachable', output: { behaviors: withPatterns('/api/*', '/static/*', '/*').behaviors },
      config: withPatterns('/*', '/api/*', '/static/*'),
      findings: [
        { messageId: 'unreachable', path: 'behaviors[1].pathPattern' },
        { messageId: 'unreachable', path: 'behaviors[2].pathPattern' },
      ],
    },
  ],
});

describe('AF303 fix', () => {
  it('moves the narrower behavior right above the broader one', () => {
    const config = withPatterns('/static/*', '/api/*', '/x/*', '/api/admin/*');
    const [finding] = runRule(rule, { config });
    const fixed = fixedBy(finding, config);
    expect(fixed?.behaviors.map((b) => b.pathPattern)).toEqual(['/static/*', '/api/admin/*', '/api/*', '/x/*']);
  });

  it('moves every behavior the broader one hides, narrowest first', () => {
    const config = withPatterns('/*', '/a/*', '/x', '/a/b/*');
    const findings = runRule(rule, { config });
    expect(findings).toHaveLength(3);
    const fixed = fixedBy(findings[0], config);
    expect(fixed?.behaviors.map((b) => b.pathPattern)).toEqual(['/a/b/*', '/a/*', '/x', '/*']);
    expect(runRule(rule, { config: fixed ?? config })).toEqual([]);
  });
});
