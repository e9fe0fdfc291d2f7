/**
 * Hostile values in the template: secret-looking headers never as literals, `${...}` never an
 * unescaped Sub variable, line breaks and control characters never raw in YAML comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfig, firstApiOrigin, makeBehavior } from '../testing/build-config';
import { fuzzSettings } from '../testing/fuzz';
import { validateTemplate } from '../validate/validate';
import { buildTemplates, renderCloudFormation } from './cloudformation';
import { loadCfnYaml } from './yaml';

type Json = Record<string, unknown>;
const distributionConfig = (template: unknown) =>
  ((template as { Resources: { Distribution: { Properties: Json } } }).Resources.Distribution.Properties.DistributionConfig as Json);

describe('secret-looking custom headers', () => {
  it('become NoEcho parameters, whatever the user typed', () => {
    const secrets = ['hunter2hunter2', 'AKIAIOSFODNN7EXAMPLE', 'correct horse battery staple'];
    const config = buildConfig((c) => {
      const o = firstApiOrigin(c);
      o.customHeaders.push({ name: 'X-Origin-Pass', value: secrets[0] as string }, { name: 'X-Upstream', value: secrets[1] as string });
      o.customHeaders.push({ name: 'X-Shared', value: secrets[2] as string }, { name: 'X-Team', value: 'payments' });
    });
    const [main] = buildTemplates(config);
    const text = renderCloudFormation(config, 'yaml').map((f) => f.content).join('\n');
    for (const secret of secrets) expect(text).not.toContain(secret);
    const headers = ((distributionConfig(main?.template).Origins as Json[])[0]?.OriginCustomHeaders ?? []) as Json[];
    expect(headers.find((h) => h.HeaderName === 'X-Team')?.HeaderValue).toBe('payments');
    for (const name of ['X-Origin-Pass', 'X-Upstream', 'X-Shared']) {
      const value = headers.find((h) => h.HeaderName === name)?.HeaderValue as { Ref: string };
      expect(value).toHaveProperty('Ref');
      expect(main?.template.Parameters?.[value.Ref]).toMatchObject({ Type: 'String', NoEcho: true });
    }
    expect(validateTemplate(main?.template)).toEqual([]);
  });

  it('keeps a {{resolve:secretsmanager:...}} reference as it is', () => {
    const ref = '{{resolve:secretsmanager:prod/verify:SecretString:value}}';
    const config = buildConfig((c) => void firstApiOrigin(c).customHeaders.push({ name: 'X-Origin-Secret', value: ref }));
    const headers = (distributionConfig(buildTemplates(config)[0]?.template).Origins as Json[])[0]?.OriginCustomHeaders as Json[];
    expect(headers[0]?.HeaderValue).toBe(ref);
  });
});

describe('${...} in user text', () => {
  it('is an escaped Sub, so CloudFormation keeps the literal text', () => {
    const config = buildConfig((c) => {
      c.distribution.comment = 'costs ${AWS::Region} and ${Distribution.DomainName}';
      firstApiOrigin(c).customHeaders.push({ name: 'X-Team', value: 'a${AWS::AccountId}b' });
    });
    const [main] = buildTemplates(config);
    const dist = distributionConfig(main?.template);
    expect(dist.Comment).toEqual({ 'Fn::Sub': 'costs ${!AWS::Region} and ${!Distribution.DomainName}' });
    expect((dist.Origins as Json[])[0]?.OriginCustomHeaders).toContainEqual({ HeaderName: 'X-Team', HeaderValue: { 'Fn::Sub': 'a${!AWS::AccountId}b' } });
    expect(validateTemplate(main?.template)).toEqual([]);
  });
});

describe('line breaks and control characters in YAML comments', () => {
  const BREAKERS = ['\r', '\n', '\u2028', '\u2029', '\u0085', '\u0000', '\u001b', '\u202e', '\r\n'];
  const text = fc.string({ unit: fc.oneof(fc.constantFrom(...BREAKERS, 'Resources: 1', ': ', '#', '/'), fc.constantFrom('a', 'b', '*')), maxLength: 20 });

  it('never end a comment or reach the file raw (fuzz)', () => {
    fc.assert(
      fc.property(text, (pattern) => {
        const config = buildConfig((c) => {
          c.name = pattern;
          c.behaviors = [makeBehavior(`/a${pattern}/*`, { stripPrefix: true })];
        });
        for (const format of ['yaml', 'json'] as const) {
          for (const file of renderCloudFormation(config, format)) {
            // eslint-disable-next-line no-control-regex
            expect(file.content).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u0085\u2028\u2029\u202e]/);
            if (format === 'yaml') {
              const parsed = loadCfnYaml(file.content) as Json;
              expect(Object.keys(parsed)).toEqual(Object.keys(JSON.parse(renderCloudFormation(config, 'json')[0]?.content ?? '{}') as Json));
            }
          }
        }
      }),
      { ...fuzzSettings('YAML comments', 150) },
    );
  });

  it('reads back the template of the review\'s pattern /a\\rResources: 1\\r/*', () => {
    const config = buildConfig((c) => void (c.behaviors = [makeBehavior('/a\rResources: 1\r/*', { stripPrefix: true })]));
    const [yaml] = renderCloudFormation(config, 'yaml');
    const [json] = renderCloudFormation(config, 'json');
    expect(loadCfnYaml(yaml?.content ?? '')).toEqual(JSON.parse(json?.content ?? ''));
  });
});
