/**
 * Proof of the CDK renderer: the generated app is synthesized with the real aws-cdk-lib, every stack it
 * synthesizes lints clean with apifront (0 errors), and each one deploys the same thing as the matching
 * CloudFormation render, property by property (see testing/template-compare.ts for the differences that
 * are normalised, each listed and explained there and in the README).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../import/import-template';
import { hasErrors, lint } from '../../lint';
import { PRESETS, presetConfig } from '../../model/presets';
import type { ApifrontConfig } from '../../model/schema';
import { arbitraryCleanConfig } from '../../testing/arbitrary';
import { synthCdkApp } from '../../testing/cdk-synth';
import { canonicalStack } from '../../testing/template-compare';
import { buildTemplates } from '../cloudformation';
import { renderCdk } from './cdk';
import { EXTRA_CONFIGS } from '../../testing/render-configs';

/** Synthesizes `config`'s CDK app (or the files given) and checks it against the CloudFormation render. */
function proveCdk(config: ApifrontConfig, files = renderCdk(config)): void {
  const synthesized = synthCdkApp(files);
  const expected = buildTemplates(config);
  expect(synthesized.map((s) => s.region).sort()).toEqual(expected.map((t) => t.stack.region).sort());
  for (const want of expected) {
    const got = synthesized.find((s) => s.region === want.stack.region);
    if (!got) throw new Error(`no synthesized stack for ${want.stack.region}`);
    expect(got.stackName).toBe(want.stack.stackName);
    const findings = lintTemplate(JSON.stringify(got.template), { region: got.region });
    if (!findings.ok) throw new Error(`apifront cannot read the synthesized template: ${findings.message}`);
    expect(findings.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(canonicalStack(got.template, got.stackName)).toEqual(canonicalStack(want.template as Record<string, unknown>, want.stack.stackName));
  }
}

describe('CDK app: synthesized with aws-cdk-lib', () => {
  it('a changed value in the app is caught (the comparison can fail)', () => {
    const config = presetConfig('api-only-rest');
    const files = renderCdk(config).map((f) =>
      f.fileName.endsWith('-stack.ts') ? { ...f, content: f.content.replace('readTimeout: cdk.Duration.seconds(30)', 'readTimeout: cdk.Duration.seconds(31)') } : f,
    );
    expect(files.some((f) => f.content.includes('seconds(31)'))).toBe(true);
    let failure: unknown;
    try {
      proveCdk(config, files);
    } catch (e) {
      failure = e;
    }
    expect(JSON.stringify((failure as { actual?: unknown })?.actual)).toContain('"OriginReadTimeout":31');
  });

  for (const preset of PRESETS) {
    it(`preset ${preset.id}`, () => proveCdk(presetConfig(preset.id)));
  }
  for (const [name, config] of Object.entries(EXTRA_CONFIGS)) {
    it(`config: ${name}`, () => {
      // The hand-built configs are lint-clean, as a user's config must be before it renders.
      expect(lint(config).filter((f) => f.severity === 'error')).toEqual([]);
      proveCdk(config);
    });
  }

  it('random lint-clean configs (property)', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    console.log(`cdk property test: seed ${seed} (rerun with FC_SEED=${seed})`);
    const started = Date.now();
    fc.assert(
      fc.property(arbitraryCleanConfig(), (config) => {
        fc.pre(!hasErrors(lint(config)));
        proveCdk(config);
      }),
      { numRuns: 50, seed },
    );
    console.log(`cdk property test: 50 apps synthesized in ${Date.now() - started} ms`);
  }, 120_000);
});
