import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApiGatewayOrigin } from '../model/schema';
import { rule } from './af209-origin-timeouts';

const withOrigin = (patch: Partial<Omit<ApiGatewayOrigin, 'api'>>, integrationTimeout?: number, preset: 'api-only-rest' | 'api-only-http' = 'api-only-rest') =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    Object.assign(origin, patch);
    if (integrationTimeout !== undefined) origin.api.integrationTimeout = integrationTimeout;
  }, preset);
const read = 'origins[0].readTimeout';

testRule(rule, {
  valid: [
    { name: 'REST defaults (30 s vs 29 s)', config: buildConfig() },
    { name: 'HTTP defaults (30 s vs 30 s)', config: buildConfig(undefined, 'api-only-http') },
    { name: 'REST with a 90 s integration timeout', config: withOrigin({ readTimeout: 90 }, 90) },
    { name: 'edges of the ranges', config: withOrigin({ keepAliveTimeout: 1, connectionAttempts: 1, connectionTimeout: 1 }) },
    { name: 'completion timeout equal to the read timeout', config: withOrigin({ responseCompletionTimeout: 30 }) },
    {
      name: 'streaming Regional REST API with a 120 s idle read timeout',
      config: buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') Object.assign(o, { readTimeout: 120, api: { ...o.api, responseStreaming: true } });
      }),
    },
  ],
  invalid: [
    { name: 'read timeout 0', config: withOrigin({ readTimeout: 0 }), findings: [{ messageId: 'readOutOfRange', path: read }] },
    { name: 'read timeout 1.5', config: withOrigin({ readTimeout: 1.5 }), findings: [{ messageId: 'readOutOfRange', path: read }] },
    // Above 180 s is still a quota question (fact 164), never an error.
    { name: 'read timeout 200 for a 200 s API', config: withOrigin({ readTimeout: 200 }, 200), findings: [{ messageId: 'readNeedsQuota', path: read }] },
    { name: 'completion timeout below the read timeout', config: withOrigin({ responseCompletionTimeout: 10 }), findings: [{ messageId: 'completionBelowRead', path: 'origins[0].responseCompletionTimeout' }] },
    {
      name: 'streaming API: 30 s read timeout against a 5 min idle limit, and a completion cap',
      config: buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') Object.assign(o, { responseCompletionTimeout: 600, api: { ...o.api, responseStreaming: true } });
      }),
      findings: [
        { messageId: 'streamIdleBelow', path: read },
        { messageId: 'completionWithStreaming', path: 'origins[0].responseCompletionTimeout' },
      ],
    },
    { name: 'read timeout 150 for a 150 s API', config: withOrigin({ readTimeout: 150 }, 150), findings: [{ messageId: 'readNeedsQuota', path: read }] },
    { name: 'read timeout below the API', config: withOrigin({ readTimeout: 10 }), findings: [{ messageId: 'readBelowIntegration', path: read }] },
    { name: 'read timeout far above the API', config: withOrigin({ readTimeout: 90 }), findings: [{ messageId: 'readFarAbove', path: read }] },
    {
      name: 'keep-alive, attempts and connection timeout out of range',
      config: withOrigin({ keepAliveTimeout: 0, connectionAttempts: 5, connectionTimeout: 30 }),
      findings: [
        { messageId: 'keepAliveOutOfRange', path: 'origins[0].keepAliveTimeout' },
        { messageId: 'attemptsOutOfRange', path: 'origins[0].connectionAttempts' },
        { messageId: 'connectTimeoutOutOfRange', path: 'origins[0].connectionTimeout' },
      ],
    },
    { name: 'keep-alive above 120', config: withOrigin({ keepAliveTimeout: 150 }), findings: [{ messageId: 'keepAliveNeedsQuota', path: 'origins[0].keepAliveTimeout' }] },
  ],
});
