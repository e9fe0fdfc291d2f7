import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af102-aliases-need-certificate';

testRule(rule, {
  valid: [
    { name: 'aliases with a created certificate', config: buildConfig() },
    {
      name: 'default certificate without aliases',
      config: buildConfig((c) => {
        c.domain = { aliases: [], certificate: { mode: 'none' }, minimumProtocolVersion: null, dns: { mode: 'none' } };
      }),
    },
    {
      name: 'an alias not entered yet (AF101 asks for it): no "the alias(es)  but"',
      config: buildConfig((c) => {
        c.domain = { aliases: [''], certificate: { mode: 'none' }, minimumProtocolVersion: null, dns: { mode: 'none' } };
      }),
    },
  ],
  invalid: [
    {
      name: 'alias with the default certificate', output: { 'domain.certificate': { mode: 'create' }, 'domain.minimumProtocolVersion': 'TLSv1.2_2025' },
      config: buildConfig((c) => {
        c.domain.certificate = { mode: 'none' };
        c.domain.minimumProtocolVersion = null;
      }),
      findings: [{ messageId: 'noCertificate', path: 'domain.certificate' }],
    },
  ],
});
