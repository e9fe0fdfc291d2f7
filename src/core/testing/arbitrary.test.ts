import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { parseConfig } from '../model/parse';
import { arbitraryCleanConfig, arbitraryConfig } from './arbitrary';

const numRuns = process.env.CI ? 300 : 100;

describe('arbitraryConfig', () => {
  it('only produces configs that parse back to themselves', () => {
    fc.assert(
      fc.property(arbitraryConfig(), (config) => {
        const again = parseConfig(JSON.parse(JSON.stringify(config)));
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.config).toEqual(config);
      }),
      { numRuns },
    );
  });

  it('covers every origin type, certificate mode and cache form', () => {
    const seen = new Set<string>();
    for (const config of fc.sample(arbitraryConfig(), { numRuns: 400, seed: 7 })) {
      for (const o of config.origins) seen.add(`origin:${o.type}`);
      seen.add(`cert:${config.domain.certificate.mode}`);
      seen.add(`dns:${config.domain.dns.mode}`);
      for (const b of [config.defaultBehavior, ...config.behaviors]) seen.add(`cache:${Object.keys(b.cache)[0]}`);
      for (const o of config.origins) if (o.type === 'apigateway') seen.add(`lockdown:${o.lockdown}`);
      if (config.distribution.logging) seen.add('logging');
      if (config.distribution.errorPages.length > 0) seen.add('errorPages');
    }
    expect([...seen].sort()).toEqual(
      [
        'cache:custom',
        'cache:legacy',
        'cache:policy',
        'cache:policyId',
        'cert:create',
        'cert:existing',
        'cert:none',
        'dns:none',
        'dns:route53',
        'errorPages',
        'lockdown:authorizer',
        'lockdown:mtls',
        'lockdown:none',
        'lockdown:waf',
        'logging',
        'origin:apigateway',
        'origin:custom',
        'origin:s3',
      ].sort(),
    );
  });
});

describe('arbitraryCleanConfig', () => {
  it('produces valid configs that mostly lint without errors', () => {
    const samples = fc.sample(arbitraryCleanConfig(), { numRuns: 100, seed: 11 });
    const clean = samples.filter((config) => !lint(config).some((f) => f.severity === 'error'));
    expect(clean.length).toBeGreaterThan(80);
  });
});
