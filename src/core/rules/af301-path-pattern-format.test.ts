import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af301-path-pattern-format';

const withPatterns = (...patterns: string[]) =>
  buildConfig((c) => {
    c.behaviors = patterns.map((pathPattern) => ({ ...c.defaultBehavior, pathPattern }));
  });

testRule(rule, {
  valid: [
    { name: 'ordinary patterns', config: withPatterns('/api/*', 'images/*.jpg', '/v?/users') },
    { name: 'every allowed punctuation character', config: withPatterns(`/a_b-c.d$e~f"g'h@i:j+k&l/*`) },
    { name: 'exactly 255 characters', config: withPatterns(`/${'a'.repeat(253)}*`) },
    { name: 'no ordered behaviors', config: buildConfig() },
  ],
  invalid: [
    ...['\r', '\u001b', '\u0000', '\u202e', '\u2028'].map((ch) => ({
      name: `control character ${JSON.stringify(ch)} (an error, never info)`,
      // The fix drops every character CloudFront refuses: the control character and the space.
      output: { 'behaviors[0].pathPattern': '/aResources:1/*' },
      config: withPatterns(`/a${ch}Resources: 1${ch}/*`),
      findings: [{ messageId: 'badCharacter', path: 'behaviors[0].pathPattern' }],
    })),
    {
      name: 'a space', output: { 'behaviors[0].pathPattern': '/api/myusers/*' },
      config: withPatterns('/api/my users/*'),
      findings: [{ messageId: 'badCharacter', path: 'behaviors[0].pathPattern' }],
    },
    {
      name: 'regex syntax (no fix: alternation has no glob form)',
      config: withPatterns('/static/*', '/api/(v1|v2)/*'),
      findings: [{ messageId: 'badCharacter', path: 'behaviors[1].pathPattern' }],
    },
    {
      name: '256 characters',
      config: withPatterns(`/${'a'.repeat(254)}*`),
      findings: [{ messageId: 'tooLong', path: 'behaviors[0].pathPattern' }],
    },
    { name: 'empty pattern', config: withPatterns(''), findings: [{ messageId: 'empty', path: 'behaviors[0].pathPattern' }] },
    {
      name: 'a bad character whose removal would clash is reported without a fix',
      config: withPatterns('/api/*', '/api/*#'),
      findings: [{ messageId: 'badCharacter', path: 'behaviors[1].pathPattern' }],
    },
  ],
});
