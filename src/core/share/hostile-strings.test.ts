/**
 * Hostile text in user fields (name, aliases, header names) must come out of every output as the same
 * text: it travels through a share link unchanged, and the rendered YAML and JSON templates parse back
 * to the same strings (no comment break-out, no new keys, no tag injection).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApifrontConfig } from '../model/schema';
import { renderCloudFormation } from '../render/cloudformation';
import { loadCfnYaml } from '../render/yaml';
import { buildConfig } from '../testing/build-config';
import { decodeFragment, encodeConfig } from './share-codec';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE x; --",
  'x\nResources:\n  Evil: {Type: AWS::IAM::User}',
  '# not a comment',
  'a: b',
  '!Ref AWS::AccountId',
  '${AWS::Region}',
  '---',
  '\u2028\u2029',
  'tab\there',
  '{{resolve:ssm:/x}}',
  '',
];

function hostileConfig(text: string): ApifrontConfig {
  return buildConfig((c) => {
    c.name = text;
    c.domain.aliases = [text, 'api.example.com'];
    c.origins[0]?.customHeaders.push({ name: text || 'X-Empty', value: 'plain' });
  });
}

type Json = Record<string, unknown>;

function distributionOf(template: unknown): Json {
  const resources = (template as { Resources: Record<string, { Type: string; Properties: Json }> }).Resources;
  const dist = Object.values(resources).find((r) => r.Type === 'AWS::CloudFront::Distribution');
  if (!dist) throw new Error('no distribution');
  return dist.Properties.DistributionConfig as Json;
}

/** What CloudFormation makes of a value: a Sub with only escaped variables (`${!x}`) is the literal `${x}`. */
function literal(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'Fn::Sub' in value) {
    const text = (value as { 'Fn::Sub': unknown })['Fn::Sub'];
    if (typeof text === 'string') {
      // Every variable is escaped, so nothing is substituted.
      expect(text).not.toMatch(/\$\{[^!}][^}]*\}|\$\{\}/);
      return text.replace(/\$\{!/g, '${');
    }
  }
  return value;
}

function checkOutputs(text: string): void {
  const config = hostileConfig(text);
  const [yamlFile] = renderCloudFormation(config, 'yaml');
  const [jsonFile] = renderCloudFormation(config, 'json');
  if (!yamlFile || !jsonFile) throw new Error('nothing rendered');
  const fromJson = JSON.parse(jsonFile.content) as unknown;
  const fromYaml = loadCfnYaml(yamlFile.content);
  // The YAML (with its comments) says exactly what the JSON says.
  expect(fromYaml).toEqual(fromJson);
  const dist = distributionOf(fromJson);
  expect((dist.Aliases as unknown[]).map(literal)).toEqual([text, 'api.example.com']);
  const origins = dist.Origins as { OriginCustomHeaders?: { HeaderName: string }[] }[];
  expect(origins[0]?.OriginCustomHeaders?.map((h) => literal(h.HeaderName))).toContain(text || 'X-Empty');
  expect(literal(dist.Comment)).toBe(`${text} (apifront)`.slice(0, 128));
}

describe('hostile strings in user fields', () => {
  it.each(HOSTILE)('%j travels through a share link unchanged', (text) => {
    const config = hostileConfig(text);
    expect(decodeFragment(encodeConfig(config))).toEqual({ ok: true, config });
  });

  it.each(HOSTILE)('%j parses back from YAML and JSON as the same string', (text) => {
    checkOutputs(text);
  });

  it('any string parses back from YAML and JSON as the same string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), (text) => checkOutputs(text)),
      { numRuns: 200 },
    );
  });
});
