import { buildConfig, makeBehavior } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af513-stack-name';

testRule(rule, {
  valid: [
    { name: 'preset name', config: buildConfig() },
    { name: 'capitals are a valid stack name', config: buildConfig((c) => void (c.name = 'OrdersDistribution1F2E3D4C')) },
    { name: 'a strip-prefix function within 64 characters', config: buildConfig((c) => void ((c.name = 'orders'), (c.behaviors = [makeBehavior('/api/*', { stripPrefix: true })]))) },
  ],
  invalid: [
    { name: 'ESC and RLO in the name', output: { name: 'orders[2Japi' }, config: buildConfig((c) => void (c.name = 'orders\u001b[2J\u202eapi')), findings: [{ messageId: 'controlCharacters', path: 'name' }] },
    { name: 'starts with a digit', output: { name: 'apifront-2024-orders' }, config: buildConfig((c) => void (c.name = '2024-orders')), findings: [{ messageId: 'derivedStackName', path: 'name' }] },
    { name: 'spaces and capitals', output: { name: 'orders-api' }, config: buildConfig((c) => void (c.name = 'Orders API')), findings: [{ messageId: 'derivedStackName', path: 'name' }] },
    { name: '129 characters', output: { name: 'a'.repeat(119) }, config: buildConfig((c) => void (c.name = 'a'.repeat(129))), findings: [{ messageId: 'derivedStackName', path: 'name' }] },
  ],
});
