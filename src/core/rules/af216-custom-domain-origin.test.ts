import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import type { ApifrontConfig } from '../model/schema';
import { rule } from './af216-custom-domain-origin';

const REGIONAL = 'd-abc123xyz.execute-api.eu-west-1.amazonaws.com';
const form = (name: string, originHost: 'name' | 'regionalDomainName', originRequest: ApifrontConfig['defaultBehavior']['originRequest'], regionalDomainName = REGIONAL) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    origin.api.customDomain = { name, regionalDomainName, basePath: '', endpoint: 'regional', originHost };
    c.defaultBehavior.originRequest = originRequest;
  });
const withLegacy = (headers: string[]) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    origin.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: REGIONAL, basePath: '', endpoint: 'regional', originHost: 'name' };
    c.defaultBehavior.cache = { legacy: { headers, queryString: true, queryStringCacheKeys: [], cookies: { forward: 'none', names: [] } } };
    c.defaultBehavior.originRequest = null;
  });
const withCacheKey = (names: string[]) =>
  buildConfig((c) => {
    const origin = c.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('preset origin');
    origin.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: REGIONAL, basePath: '', endpoint: 'regional', originHost: 'name' };
    c.defaultBehavior.cache = {
      custom: {
        minTtl: 0, defaultTtl: 0, maxTtl: 60, gzip: false, brotli: false,
        headers: { behavior: 'whitelist', names },
        cookies: { behavior: 'none', names: [] },
        queryStrings: { behavior: 'all', names: [] },
      },
    };
  });
const AT = 'origins[0].api.customDomain.originHost';
const noHost = { policy: 'AllViewerExceptHostHeader' } as const;
const withHost = { policy: 'AllViewer' } as const;

testRule(rule, {
  valid: [
    { name: 'origin = custom domain name (not an alias), Host not forwarded', config: form('api-origin.example.com', 'name', noHost) },
    { name: 'origin = Regional target, Host forwarded, alias = custom domain name', config: form('api.example.com', 'regionalDomainName', withHost) },
    { name: 'no custom domain', config: buildConfig() },
  ],
  invalid: [
    {
      // Found by the fix property test: forwarding Host changed nothing, as no behavior uses the origin.
      name: 'Regional target without Host on an origin no behavior uses (no fix)',
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') throw new Error('preset origin');
        c.origins.push({ ...structuredClone(origin), id: 'unused', api: { ...structuredClone(origin.api), customDomain: { name: 'api.example.com', regionalDomainName: REGIONAL, basePath: '', endpoint: 'regional', originHost: 'regionalDomainName' } } });
      }),
      findings: [{ messageId: 'regionalWithoutHost', path: 'origins[1].api.customDomain.originHost' }],
    },
    { name: 'Regional target without Host', output: { [AT]: 'name' }, config: form('api-origin.example.com', 'regionalDomainName', noHost), findings: [{ messageId: 'regionalWithoutHost', path: AT }] },
    { name: 'Regional target without Host, custom domain without a name (apraamcos/serverless-api-cloudfront)', config: form('', 'regionalDomainName', noHost), findings: [{ messageId: 'regionalWithoutHostNoName', path: AT }] },
    {
      name: 'Regional target without Host, alias = custom domain (fix forwards Host)', output: { 'defaultBehavior.originRequest': withHost },
      config: form('api.example.com', 'regionalDomainName', noHost),
      findings: [{ messageId: 'regionalWithoutHost', path: AT }],
    },
    { name: 'Host forwarded but alias differs', output: { [AT]: 'name', 'defaultBehavior.originRequest': noHost }, config: form('api-origin.example.com', 'regionalDomainName', withHost), findings: [{ messageId: 'hostMismatch', path: AT }] },
    {
      name: 'Host forwarded by a custom policy to the custom domain name', output: { 'defaultBehavior.originRequest': noHost },
      config: form('api-origin.example.com', 'name', { custom: { headers: { behavior: 'whitelist', names: ['host'] }, cookies: { behavior: 'none', names: [] }, queryStrings: { behavior: 'all', names: [] } } }),
      findings: [{ messageId: 'hostMismatch', path: AT }],
    },
    {
      // The fix used to set AllViewerExceptHostHeader next to legacy Headers ["*"], which still forward Host.
      name: 'Host forwarded by legacy Headers ["*"] to the custom domain name (fix converts to policies)',
      output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' }, 'defaultBehavior.originRequest': noHost },
      config: withLegacy(['*']),
      findings: [{ messageId: 'hostMismatch', path: AT }],
    },
    {
      name: 'Host in a custom cache key with the custom domain name (fix drops it from the key)',
      output: { 'defaultBehavior.cache.custom.headers': { behavior: 'whitelist', names: ['Accept'] } },
      config: withCacheKey(['Host', 'Accept']),
      findings: [{ messageId: 'hostMismatch', path: AT }],
    },
    {
      name: 'Host in the key of a managed cache policy (Amplify) with the custom domain name (fix disables caching)',
      output: { 'defaultBehavior.cache': { policy: 'CachingDisabled' } },
      config: buildConfig((c) => {
        const origin = c.origins[0];
        if (origin?.type !== 'apigateway') throw new Error('preset origin');
        origin.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: REGIONAL, basePath: '', endpoint: 'regional', originHost: 'name' };
        c.defaultBehavior.cache = { policy: 'Amplify' };
      }),
      findings: [{ messageId: 'hostMismatch', path: AT }],
    },
    { name: 'origin host is the distribution alias (loop)', output: { [AT]: 'regionalDomainName', 'defaultBehavior.originRequest': withHost }, config: form('api.example.com', 'name', noHost), findings: [{ messageId: 'loop', path: AT }] },
    { name: 'loop without a known Regional target (no fix)', config: form('api.example.com', 'name', noHost, ''), findings: [{ messageId: 'loop', path: AT }] },
  ],
});

describe('AF216 messages', () => {
  it('a custom domain without a name gets a message without holes and no fix that would use the empty name', () => {
    const [finding] = runRule(rule, { config: form('', 'regionalDomainName', noHost) });
    expect(finding?.message).not.toMatch(/ {2}| \.|alias \./);
    expect(finding?.fix).toBeUndefined();
  });
});
