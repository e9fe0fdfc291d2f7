import { describe, expect, it } from 'vitest';
import { applyFix } from '../lint';
import { formatLocation, locationSortKey, withKind } from '../location';
import { buildConfig } from './build-config';
import { deepFreeze, diffOutput, expectedFixOutput, parsePrintedPath } from './test-rule';

describe('fix outputs', () => {
  it('parses printed paths back into config paths', () => {
    expect(parsePrintedPath('behaviors[0].originRequest')).toEqual(['behaviors', 0, 'originRequest']);
    expect(parsePrintedPath('origins[1].customHeaders[10].name')).toEqual(['origins', 1, 'customHeaders', 10, 'name']);
    expect(parsePrintedPath('$')).toEqual([]);
  });

  it('builds the expected config from the input and the changed paths', () => {
    const input = deepFreeze(buildConfig());
    const out = expectedFixOutput(input, { 'defaultBehavior.compress': true, 'domain.minimumProtocolVersion': undefined });
    expect(out.defaultBehavior.compress).toBe(true);
    expect('minimumProtocolVersion' in out.domain).toBe(false);
    expect(input.defaultBehavior.compress).toBe(false);
    expect(expectedFixOutput(input, { $: { name: 'x' } })).toEqual({ name: 'x' });
    expect(() => expectedFixOutput(input, { 'nowhere.at.all': 1 })).toThrow(/does not exist/);
  });

  it('prints where two configs differ in the same form', () => {
    const before = buildConfig();
    const after = buildConfig((c) => {
      c.defaultBehavior.originRequest = { policy: 'AllViewer' };
      c.domain.aliases.push('www.example.com');
    });
    expect(diffOutput(before, after)).toEqual({ 'defaultBehavior.originRequest.policy': 'AllViewer', 'domain.aliases': after.domain.aliases });
  });
});

describe('applyFix', () => {
  it('runs the mutation on a copy and leaves the input alone', () => {
    const input = deepFreeze(buildConfig());
    const fixed = applyFix(input, { label: 'compress', mutate: (d) => void (d.defaultBehavior.compress = true) });
    expect(fixed.defaultBehavior.compress).toBe(true);
    expect(input.defaultBehavior.compress).toBe(false);
  });

  it('throws when a fix writes to the frozen input it captured', () => {
    const input = deepFreeze(buildConfig());
    const bad = { label: 'bad', mutate: () => void (input.defaultBehavior.compress = true) };
    expect(() => applyFix(input, bad)).toThrow(TypeError);
  });
});

describe('locations', () => {
  it('print config and template locations in one form and sort config ones first', () => {
    const config = withKind({ configPath: ['behaviors', 0, 'cache'] });
    const template = withKind({ kind: 'template', logicalId: 'Dist', propertyPath: ['DistributionConfig', 'Aliases', 0], line: 12 });
    expect(config).toEqual({ kind: 'config', configPath: ['behaviors', 0, 'cache'] });
    expect(formatLocation(config)).toBe('behaviors[0].cache');
    expect(formatLocation(template)).toBe('Dist.DistributionConfig.Aliases.0');
    expect(locationSortKey(config) < locationSortKey(template)).toBe(true);
  });
});
