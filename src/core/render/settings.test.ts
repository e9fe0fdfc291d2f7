import { describe, expect, it } from 'vitest';
import { buildConfig } from '../testing/build-config';
import fc from 'fast-check';
import { arbitraryConfig } from '../testing/arbitrary';
import { functionCode, functionRewritesOf } from '../request/rewrites';
import { NAME_LIMITS, deriveSettings, fitName, patternStem } from './settings';

describe('deriveSettings', () => {
  it('spells out the REST preset the way AWS recommends', () => {
    const s = deriveSettings(buildConfig());
    const [origin] = s.distribution.origins;
    expect(origin).toMatchObject({
      id: 'api',
      domainName: 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
      originPath: '/prod',
      customOriginConfig: { protocolPolicy: 'https-only', sslProtocols: ['TLSv1.2'], httpsPort: 443, readTimeout: 30 },
    });
    const [def] = s.distribution.behaviors;
    expect(def).toMatchObject({
      isDefault: true,
      pathPattern: null,
      allowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      cachePolicy: { kind: 'managed', name: 'CachingDisabled', id: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' },
      originRequestPolicy: { kind: 'managed', id: 'b689b0a8-53d0-40ab-baf2-68738e2966ac' },
      function: null,
    });
    expect(s.distribution.viewerCertificate).toEqual({
      kind: 'acm',
      source: { kind: 'created', logicalId: 'Certificate' },
      sslSupportMethod: 'sni-only',
      minimumProtocolVersion: 'TLSv1.2_2025',
    });
    expect(s.dnsRecords.map((r) => [r.logicalId, r.type, r.aliasTarget.hostedZoneId])).toEqual([
      ['ApiExampleComARecord', 'A', 'Z2FDTNDATAQYW2'],
      ['ApiExampleComAaaaRecord', 'AAAA', 'Z2FDTNDATAQYW2'],
    ]);
    expect(s.certificate?.domainValidationOptions).toEqual([
      { domainName: 'api.example.com', hostedZoneId: { kind: 'parameter', name: 'HostedZoneId' } },
    ]);
    expect(s.distribution.customErrorResponses.map((e) => [e.errorCode, e.errorCachingMinTtl])).toEqual([
      [404, 0], [500, 0], [501, 0], [502, 0], [503, 0], [504, 0],
    ]);
    expect(s.stacks).toHaveLength(1);
  });

  it('leaves the origin path empty for an HTTP API $default stage', () => {
    const s = deriveSettings(buildConfig(undefined, 'api-only-http'));
    expect(s.distribution.origins[0]?.originPath).toBe('');
  });

  it('derives logical IDs from patterns, not positions', () => {
    const a = buildConfig((c) => {
      c.behaviors = [
        { ...c.defaultBehavior, pathPattern: '/api/*', stripPrefix: true, forwardedHost: false },
        { ...c.defaultBehavior, pathPattern: '/v1/*', forwardedHost: true },
      ];
    });
    const b = buildConfig((c) => {
      c.behaviors = [
        { ...c.defaultBehavior, pathPattern: '/v1/*', forwardedHost: true },
        { ...c.defaultBehavior, pathPattern: '/api/*', stripPrefix: true, forwardedHost: false },
      ];
    });
    const ids = (config: typeof a) => deriveSettings(config).functions.map((f) => f.logicalId).sort();
    expect(ids(a)).toEqual(['ApiStarFunction', 'V1StarFunction']);
    expect(ids(b)).toEqual(ids(a));
  });

  it('disambiguates clashing pattern stems by the pattern text', () => {
    const config = buildConfig((c) => {
      c.behaviors = [
        { ...c.defaultBehavior, pathPattern: '/a-b/*', stripPrefix: true, forwardedHost: false },
        { ...c.defaultBehavior, pathPattern: '/a_b/*', stripPrefix: true, forwardedHost: false },
      ];
    });
    const ids = deriveSettings(config).functions.map((f) => f.logicalId);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => /^AB[a-zA-Z0-9]+Function$/.test(id))).toBe(true);
  });

  it('adds the verify header as a NoEcho parameter and a REST WAF lock-down in the API Region', () => {
    const s = deriveSettings(
      buildConfig((c) => {
        const o = c.origins[0];
        if (o?.type === 'apigateway') {
          o.verifyHeader = { name: 'X-Origin-Verify' };
          o.lockdown = 'waf';
        }
      }),
    );
    expect(s.distribution.origins[0]?.customHeaders).toEqual([
      { name: 'X-Origin-Verify', value: { kind: 'parameter', name: 'ApiVerifySecret' }, isVerifyHeader: true },
    ]);
    expect(s.lockdowns[0]).toMatchObject({
      kind: 'waf',
      region: 'eu-west-1',
      stageArn: 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5/stages/prod',
    });
    expect(s.stacks.map((x) => [x.role, x.region, x.fileStem, x.deployOrder])).toEqual([
      ['main', 'us-east-1', 'orders-api', 1],
      ['lockdown', 'eu-west-1', 'orders-api.eu-west-1', 2],
    ]);
    expect(s.stacks[1]?.parameters.map((p) => [p.name, p.noEcho])).toEqual([['ApiVerifySecret', true]]);
  });

  it('merges error caching and error pages by code', () => {
    const s = deriveSettings(
      buildConfig((c) => {
        c.distribution.errorPages = [{ code: 403, responseCode: 200, pagePath: '/index.html', ttl: 10 }];
      }),
    );
    expect(s.distribution.customErrorResponses.find((e) => e.errorCode === 403)).toEqual({
      errorCode: 403,
      errorCachingMinTtl: 10,
      responseCode: 200,
      responsePagePath: '/index.html',
    });
  });

  it('uses the default certificate, no aliases and no records with certificate mode none', () => {
    const s = deriveSettings(buildConfig((c) => void (c.domain.certificate = { mode: 'none' })));
    expect(s.distribution.viewerCertificate).toEqual({ kind: 'default' });
    expect(s.distribution.aliases).toEqual([]);
    expect(s.dnsRecords).toEqual([]);
    expect(s.stacks[0]?.parameters).toEqual([]);
  });
});

describe('CloudFront Function helpers', () => {
  it('finds the literal prefix of /x/* and /x patterns only', () => {
    const strip = (pattern: string) => functionRewritesOf({ stripPrefix: true, forwardedHost: false }, pattern)?.stripPrefix ?? null;
    expect(strip('/api/*')).toBe('/api');
    expect(strip('/api')).toBe('/api');
    expect(strip('api/v1/*')).toBe('/api/v1');
    expect(strip('/api/**')).toBe('/api');
    expect(strip('/api/*.json')).toBeNull();
    expect(strip('*')).toBeNull();
  });

  it('strips the prefix and copies Host when run', () => {
    const code = functionCode({ stripPrefix: '/api', forwardedHost: true, spaFallback: false });
    const run = (uri: string) => {
      const handler = new Function(`${code}; return handler;`)() as (e: unknown) => { uri: string; headers: Record<string, { value: string }> };
      return handler({ request: { uri, headers: { host: { value: 'api.example.com' } } } });
    };
    expect(run('/api/users').uri).toBe('/users');
    expect(run('/api').uri).toBe('/');
    expect(run('/apix').uri).toBe('/apix');
    expect(run('/api/users').headers['x-forwarded-host']).toEqual({ value: 'api.example.com' });
  });

  it('names patterns readably', () => {
    expect(patternStem('/api/*')).toBe('ApiStar');
    expect(patternStem('/api')).toBe('Api');
    expect(patternStem('*.json')).toBe('StarJson');
  });
});

describe('generated names (fact 167)', () => {
  it('keeps a short name as it is and hashes a long one within the limit', () => {
    expect(fitName('orders-api-api-star', 64)).toBe('orders-api-api-star');
    const long = `${'acme-payments-and-orders-platform-public-api-production'}-admin-v2-star`;
    const fitted = fitName(long, 64);
    expect(fitted).toHaveLength(64);
    expect(fitted).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(fitted.startsWith('acme-payments')).toBe(true);
    // Stable, and distinct for names that share the first 58 characters.
    expect(fitName(long, 64)).toBe(fitted);
    expect(fitName(`${long}x`, 64)).not.toBe(fitted);
  });

  it('replaces characters the function name pattern refuses', () => {
    expect(fitName('Billing API-default', 64)).toBe('Billing-API-default');
  });

  it('every function, policy and web ACL name of any config is within its limit', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const s = deriveSettings(config);
        for (const f of s.functions) expect(f.name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        for (const p of [...s.cachePolicies, ...s.originRequestPolicies]) expect(p.name.length).toBeLessThanOrEqual(NAME_LIMITS.policy);
        for (const l of s.lockdowns) if (l.kind === 'waf') expect(l.webAclName).toMatch(/^[\w-]{1,128}$/);
      }),
      { numRuns: 100 },
    );
  });

  it('gives a long config name a function name of at most 64 characters', () => {
    const s = deriveSettings(
      buildConfig((c) => {
        c.name = 'acme-payments-and-orders-platform-public-api-production-eu-central';
        c.defaultBehavior.forwardedHost = true;
      }),
    );
    const [fn] = s.functions;
    expect(fn?.name.length).toBeLessThanOrEqual(64);
    expect(fn?.name.startsWith('acme-payments')).toBe(true);
  });

  it('gives two behaviors with the same pattern but different settings distinct logical IDs, whatever their order', () => {
    const twice = (flip: boolean) =>
      deriveSettings(
        buildConfig((c) => {
          const a = { ...c.defaultBehavior, pathPattern: '/health/*', forwardedHost: true };
          const b = { ...c.defaultBehavior, pathPattern: '/health/*', stripPrefix: true };
          c.behaviors = flip ? [b, a] : [a, b];
        }),
      );
    const ids = (flip: boolean) => twice(flip).functions.map((f) => f.logicalId).sort();
    expect(new Set(ids(false)).size).toBe(2);
    expect(ids(true)).toEqual(ids(false));
  });
});

