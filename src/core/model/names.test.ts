import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfig, firstApiOrigin } from '../testing/build-config';
import { fuzzSettings } from '../testing/fuzz';
import { deriveSettings } from '../render/settings';
import { renderFiles } from '../render/index';
import { STACK_NAME_MAX, STACK_NAME_PATTERN, stackBaseName } from './names';

describe('stack and file names', () => {
  it('derives stack names AWS accepts from names it would refuse', () => {
    expect(stackBaseName('orders-api')).toBe('orders-api');
    expect(stackBaseName('2024 Orders')).toBe('apifront-2024-orders');
    expect(stackBaseName('')).toBe('apifront');
    expect(stackBaseName('x'.repeat(200))).toHaveLength(STACK_NAME_MAX - '-lockdown'.length);
  });

  it('keeps the lock-down stack within 128 characters for a 120-character name', () => {
    const config = buildConfig((c) => {
      c.name = 'a'.repeat(120);
      firstApiOrigin(c).lockdown = 'waf';
      firstApiOrigin(c).verifyHeader = { name: 'X-Origin-Verify' };
    });
    for (const stack of deriveSettings(config).stacks) {
      expect(stack.stackName.length).toBeLessThanOrEqual(STACK_NAME_MAX);
      expect(stack.stackName).toMatch(STACK_NAME_PATTERN);
    }
  });

  it('never puts a path into a file name, whatever the Region says', () => {
    const config = buildConfig((c) => {
      firstApiOrigin(c).api.region = '/../../tmp/PWNED';
      firstApiOrigin(c).lockdown = 'waf';
      firstApiOrigin(c).verifyHeader = { name: 'X-Origin-Verify' };
    });
    expect(renderFiles(config, 'yaml').map((f) => f.fileName)).toEqual(['orders-api.yaml', 'orders-api.tmp-pwned.yaml']);
  });

  it('gives valid stack names and plain file names for any name and Region (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 40 }), (name, region) => {
        const config = buildConfig((c) => {
          c.name = name;
          firstApiOrigin(c).api.region = region;
          firstApiOrigin(c).lockdown = 'waf';
          firstApiOrigin(c).verifyHeader = { name: 'X-Origin-Verify' };
        });
        for (const stack of deriveSettings(config).stacks) {
          expect(stack.stackName).toMatch(STACK_NAME_PATTERN);
          expect(stack.stackName.length).toBeLessThanOrEqual(STACK_NAME_MAX);
        }
        for (const file of renderFiles(config, 'yaml')) {
          expect(file.fileName).toMatch(/^[a-z0-9][a-z0-9.-]*\.yaml$/);
          expect(file.fileName.length).toBeLessThan(255);
          expect(file.fileName).not.toContain('..');
        }
      }),
      { ...fuzzSettings('file names', 100) },
    );
  });
});
