import { describe, expect, it } from 'vitest';
import { runRule } from '../lint';
import { buildConfig } from '../testing/build-config';
import { testRule } from '../testing/test-rule';
import { rule } from './af307-method-sets';
import type { TemplateInput } from './types';

const ALL = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];

function template(defaultBehavior: Record<string, unknown>, cacheBehaviors: Record<string, unknown>[] = []): TemplateInput {
  return {
    template: {
      Resources: {
        Dist: {
          Type: 'AWS::CloudFront::Distribution',
          Properties: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: defaultBehavior, CacheBehaviors: cacheBehaviors } },
        },
      },
    },
    locate: (path) => ({ line: 10 + path.length, column: 3 }),
  };
}

testRule(rule, {
  valid: [
    { name: 'preset config', config: buildConfig() },
    {
      name: 'get-head-options caching OPTIONS',
      config: buildConfig((c) => {
        c.defaultBehavior.methods = 'get-head-options';
        c.defaultBehavior.cachedMethods = 'get-head-options';
      }),
    },
    { name: 'template: all seven in any order', template: template({ AllowedMethods: [...ALL].reverse(), CachedMethods: ['HEAD', 'GET'] }) },
    { name: 'template: lists left out', template: template({ TargetOriginId: 'api' }) },
    { name: 'template: intrinsic list', template: template({ AllowedMethods: { Ref: 'Methods' }, CachedMethods: ['GET', 'HEAD', 'OPTIONS'] }) },
  ],
  invalid: [
    {
      name: 'config: caching OPTIONS without allowing it', output: { 'defaultBehavior.cachedMethods': 'get-head' },
      config: buildConfig((c) => {
        c.defaultBehavior.methods = 'get-head';
        c.defaultBehavior.cachedMethods = 'get-head-options';
      }),
      findings: [{ messageId: 'cachedNotAllowed', path: 'defaultBehavior.cachedMethods' }],
    },
    {
      name: 'template: GET and POST',
      template: template({ AllowedMethods: ['GET', 'POST'] }, [{ PathPattern: '/x/*', CachedMethods: ['GET'] }]),
      findings: [
        { messageId: 'badAllowed', path: 'Dist.DistributionConfig.DefaultCacheBehavior.AllowedMethods' },
        { messageId: 'badCached', path: 'Dist.DistributionConfig.CacheBehaviors.0.CachedMethods' },
      ],
    },
    {
      name: 'template: lower-case names',
      template: template({ AllowedMethods: ['get', 'head'] }),
      findings: [{ messageId: 'badAllowed', path: 'Dist.DistributionConfig.DefaultCacheBehavior.AllowedMethods' }],
    },
    {
      name: 'template: cached OPTIONS with default allowed methods',
      template: template({ CachedMethods: ['GET', 'HEAD', 'OPTIONS'] }),
      findings: [{ messageId: 'cachedNotSubset', path: 'Dist.DistributionConfig.DefaultCacheBehavior.CachedMethods' }],
    },
  ],
});

describe('AF307 template locations', () => {
  it('carries line and column', () => {
    const [f] = runRule(rule, { template: template({ AllowedMethods: ['GET', 'POST'] }) });
    expect(f?.location).toMatchObject({ logicalId: 'Dist', line: 16, column: 3 });
  });
});
