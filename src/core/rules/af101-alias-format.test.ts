import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af101-alias-format';

const withAliases = (aliases: string[]) =>
  buildConfig((c) => {
    c.domain.aliases = aliases;
  });

testRule(rule, {
  valid: [
    { name: 'the preset alias', config: buildConfig() },
    { name: 'apex, sub-domain and leading wildcard', config: withAliases(['example.com', 'api.example.com', '*.example.com']) },
    { name: 'no aliases', config: withAliases([]) },
    { name: 'exactly 100 aliases', config: withAliases(Array.from({ length: 100 }, (_, i) => `a${i}.example.com`)) },
  ],
  invalid: [
    // Left empty for the user to fill (an invoke-URL start, a template opened in the wizard): no `Alias ""`.
    { name: 'an empty alias says so', config: withAliases(['api.example.com', '']), findings: [{ messageId: 'empty', path: 'domain.aliases[1]', message: /^Alias 2 is empty: enter the domain name/ }] },
    { name: 'upper-case letters', output: { 'domain.aliases[0]': 'api.example.com' }, config: withAliases(['API.example.com']), findings: [{ messageId: 'upperCase', path: 'domain.aliases[0]' }] },
    { name: 'partial-label wildcard', config: withAliases(['*api.example.com']), findings: [{ messageId: 'badWildcard', path: 'domain.aliases[0]' }] },
    { name: 'middle wildcard', config: withAliases(['api.example.com', 'a.*.example.com']), findings: [{ messageId: 'badWildcard', path: 'domain.aliases[1]' }] },
    { name: 'a URL instead of a host', config: withAliases(['https://api.example.com/']), findings: [{ messageId: 'invalidHost', path: 'domain.aliases[0]' }] },
    { name: 'single label', config: withAliases(['localhost']), findings: [{ messageId: 'invalidHost', path: 'domain.aliases[0]' }] },
    {
      name: 'listed twice (case-insensitive)', output: { 'domain.aliases': ['api.example.com', 'www.example.com'] },
      config: withAliases(['api.example.com', 'www.example.com', 'api.example.com']),
      findings: [{ messageId: 'duplicate', path: 'domain.aliases[2]' }],
    },
    {
      name: 'more than 100 aliases',
      config: withAliases(Array.from({ length: 101 }, (_, i) => `a${i}.example.com`)),
      findings: [{ messageId: 'tooMany', path: 'domain.aliases' }],
    },
  ],
});
