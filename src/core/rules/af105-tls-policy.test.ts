import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af105-tls-policy';
import type { ApifrontConfig } from '../model/schema';

const withPolicy = (policy: ApifrontConfig['domain']['minimumProtocolVersion']) =>
  buildConfig((c) => {
    c.domain.minimumProtocolVersion = policy;
  });

testRule(rule, {
  valid: [
    { name: 'TLSv1.2_2021', config: withPolicy('TLSv1.2_2021') },
    { name: 'TLSv1.3_2025', config: withPolicy('TLSv1.3_2025') },
    {
      name: 'default certificate without a policy',
      config: buildConfig((c) => {
        c.domain = { aliases: [], certificate: { mode: 'none' }, minimumProtocolVersion: null, dns: { mode: 'none' } };
      }),
    },
  ],
  invalid: [
    { name: 'TLSv1', output: { 'domain.minimumProtocolVersion': 'TLSv1.2_2025' }, config: withPolicy('TLSv1'), findings: [{ messageId: 'outdated', path: 'domain.minimumProtocolVersion' }] },
    { name: 'TLSv1.2_2019', output: { 'domain.minimumProtocolVersion': 'TLSv1.2_2025' }, config: withPolicy('TLSv1.2_2019'), findings: [{ messageId: 'outdated', path: 'domain.minimumProtocolVersion' }] },
    { name: 'left unset with a custom certificate', output: { 'domain.minimumProtocolVersion': 'TLSv1.2_2025' }, config: withPolicy(null), findings: [{ messageId: 'unset', path: 'domain.minimumProtocolVersion' }] },
  ],
});
