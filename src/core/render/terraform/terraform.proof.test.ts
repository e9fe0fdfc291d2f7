/**
 * Proof of the Terraform renderer: every file parses with HashiCorp's HCL parser, every resource type,
 * data source and attribute name exists in the hashicorp/aws provider schema (6.25.0, from the prebuilt
 * bindings in @cdktf/provider-aws), and the resources deploy the same thing as the CloudFormation render,
 * property by property (testing/terraform-compare.ts lists the differences it normalises).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors, lint } from '../../lint';
import { PRESETS, presetConfig } from '../../model/presets';
import type { ApifrontConfig } from '../../model/schema';
import { arbitraryCleanConfig } from '../../testing/arbitrary';
import { EXTRA_CONFIGS } from '../../testing/render-configs';
import { canonicalStack } from '../../testing/template-compare';
import { parseTerraform, terraformCanonical, type TerraformJson } from '../../testing/terraform-compare';
import { providerVersion, schemaOf, unknownNames } from '../../testing/terraform-schema';
import { buildTemplates } from '../cloudformation';
import { AWS_PROVIDER_CONSTRAINT, renderTerraform } from './terraform';

function schemaProblems(tf: TerraformJson): string[] {
  const problems: string[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, byName] of Object.entries(tf[kind] ?? {})) {
      let schema;
      try {
        schema = schemaOf(type, kind);
      } catch (e) {
        problems.push(String(e));
        continue;
      }
      for (const [name, bodies] of Object.entries(byName)) {
        for (const body of bodies) problems.push(...unknownNames(body, schema, `${kind}.${type}.${name}`));
      }
    }
  }
  return problems;
}

async function proveTerraform(config: ApifrontConfig, files = renderTerraform(config)): Promise<void> {
  const tf = await parseTerraform(files);
  expect(schemaProblems(tf)).toEqual([]);
  const got = terraformCanonical(tf);
  const expected = buildTemplates(config);
  expect([...got.keys()].sort()).toEqual(expected.map((t) => t.stack.region).sort());
  for (const want of expected) {
    expect(got.get(want.stack.region)).toEqual(canonicalStack(want.template as Record<string, unknown>, want.stack.stackName));
  }
}

describe('Terraform: parsed with the HCL parser, checked against the aws provider schema', () => {
  it('the schema is the provider version versions.tf allows', () => {
    const [major, minor] = providerVersion().split('.').map(Number) as [number, number];
    expect(major).toBe(6);
    expect(minor).toBeGreaterThanOrEqual(25);
    expect(AWS_PROVIDER_CONSTRAINT).toBe('>= 6.25.0, < 7.0.0');
  });

  it('an unknown attribute is reported (the check can fail)', async () => {
    const [main, ...rest] = renderTerraform(presetConfig('api-only-rest'));
    const broken = { ...main!, content: main!.content.replace('is_ipv6_enabled', 'ipv6_enabled') };
    expect(schemaProblems(await parseTerraform([broken, ...rest]))).toEqual([
      'resource.aws_cloudfront_distribution.distribution.ipv6_enabled: no such attribute',
    ]);
  });

  it('a changed value is caught (the comparison can fail)', async () => {
    const config = presetConfig('api-only-rest');
    const files = renderTerraform(config).map((f) => ({ ...f, content: f.content.replace('origin_read_timeout = 30', 'origin_read_timeout = 31') }));
    const failure: unknown = await proveTerraform(config, files).then(
      () => null,
      (e: unknown) => e,
    );
    expect(JSON.stringify((failure as { actual?: unknown } | null)?.actual)).toContain('"OriginReadTimeout":31');
  });

  it('an HCL syntax error is reported by the parser', async () => {
    await expect(parseTerraform([{ fileName: 'main.tf', content: 'resource "aws_cloudfront_distribution" "d" {' }])).rejects.toThrow(/Unclosed configuration block/);
  });

  for (const preset of PRESETS) {
    it(`preset ${preset.id}`, () => proveTerraform(presetConfig(preset.id)));
  }
  for (const [name, config] of Object.entries(EXTRA_CONFIGS)) {
    it(`config: ${name}`, () => proveTerraform(config));
  }

  it('random lint-clean configs (property)', async () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    console.log(`terraform property test: seed ${seed} (rerun with FC_SEED=${seed})`);
    await fc.assert(
      fc.asyncProperty(arbitraryCleanConfig(), async (config) => {
        fc.pre(!hasErrors(lint(config)));
        await proveTerraform(config);
      }),
      { numRuns: 50, seed },
    );
  }, 120_000);
});
