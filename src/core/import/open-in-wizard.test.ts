import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../location';
import { lint } from '../lint';
import { configSchema } from '../model/schema';
import { importTemplate } from './import-template';
import { openInWizard } from './open-in-wizard';

const corpus = (name: string) => readFileSync(new URL(`../../../fixtures/corpus/${name}`, import.meta.url), 'utf8');

function open(text: string) {
  const imported = importTemplate(text);
  if (!imported.ok) throw new Error(imported.message);
  return { imported, ...openInWizard(imported) };
}

/** Every string in a config, with its printed path. */
function strings(value: unknown, path: (string | number)[] = []): [string, string][] {
  if (typeof value === 'string') return [[formatPath(path), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

describe('openInWizard', () => {
  // API ID, Region and stage as parameters without defaults (the StackOverflow shape).
  const { config, fromTemplate } = open(corpus('rynop-single-apig-custom-domain.yaml'));
  const entry = (printed: string) => fromTemplate.find((f) => formatPath(f.path) === printed);

  it('keeps the API Gateway origin, with its unknown parts empty and named', () => {
    const origin = config.origins[0];
    expect(origin?.type).toBe('apigateway');
    if (origin?.type !== 'apigateway') return;
    expect(origin.api.id).toBe('');
    expect(origin.api.region).toBe('');
    expect(entry('origins[0].api.id')).toMatchObject({ action: 'fill', source: 'ApiGatewayId' });
    expect(entry('origins[0].api.region')).toMatchObject({ action: 'fill', source: 'AWS::Region' });
  });

  it('takes the stage from OriginPath: !Sub /${Stage}, and lets the origin path follow it', () => {
    const origin = config.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('not an API origin');
    expect(origin.api.stage).toBe('');
    // Line 53 is `OriginPath: !Sub /${Stage}`; the origin path itself is no longer a field to fill.
    expect(entry('origins[0].api.stage')).toMatchObject({ action: 'fill', source: 'Stage', line: 53 });
    expect(origin.originPath).toBeUndefined();
    expect(entry('origins[0].originPath')).toBeUndefined();
  });

  it('keeps an origin path with more than the stage (/${Stage}/v1) as its own field to fill', () => {
    const more = open(corpus('rynop-single-apig-custom-domain.yaml').replace('OriginPath: !Sub /${Stage}', 'OriginPath: !Sub /${Stage}/v1'));
    const origin = more.config.origins[0];
    if (origin?.type !== 'apigateway') throw new Error('not an API origin');
    // Derived from the stage alone, the path would lose /v1 and every request would miss the API's routes.
    expect(origin.originPath).toBe('');
    expect(more.fromTemplate.find((f) => formatPath(f.path) === 'origins[0].originPath')).toMatchObject({ action: 'fill', line: 53 });
  });

  it('asks about what the template does not state instead of presenting a guess', () => {
    for (const field of ['kind', 'endpoint', 'auth']) expect(entry(`origins[0].api.${field}`)).toMatchObject({ action: 'check' });
  });

  it('leaves no stand-in value anywhere: no {Name}, no invented zone, ARN or alias', () => {
    const left = strings(config).filter(([, v]) => /[{}]|unknown|ZUNKNOWN/i.test(v));
    expect(left).toEqual([]);
    expect(config.domain.aliases).toEqual(['']);
    // The alias list's line (`Aliases:`): the item itself is not mapped.
    expect(entry('domain.aliases[0]')).toMatchObject({ action: 'fill', line: 44 });
  });

  it('gives a config the schema accepts, and points every emptied field at its template line', () => {
    expect(configSchema.safeParse(config).error?.issues ?? []).toEqual([]);
    for (const f of fromTemplate.filter((x) => x.action === 'fill')) expect(f.line, formatPath(f.path)).toBeGreaterThan(0);
  });

  it('changes nothing that was known', () => {
    const known = open(corpus('sp-cloudfront-apigw-http-api-rust.yml'));
    const before = new Map(strings(known.imported.config));
    for (const [path, value] of strings(known.config)) {
      if (!known.fromTemplate.some((f) => formatPath(f.path) === path)) expect(value, path).toBe(before.get(path));
    }
    expect(known.fromTemplate.map((f) => formatPath(f.path)).sort()).toEqual(['origins[0].api.id', 'origins[0].api.region', 'origins[0].api.usesQueryStrings']);
  });
});

describe('openInWizard on every corpus template', () => {
  const dir = new URL('../../../fixtures/corpus/', import.meta.url);
  const files = (JSON.parse(readFileSync(new URL('corpus.json', dir), 'utf8')) as { files: Record<string, unknown> }).files;
  for (const name of Object.keys(files)) {
    it(name, () => {
      const imported = importTemplate(readFileSync(new URL(name, dir), 'utf8'), { fileName: name });
      if (!imported.ok) return; // nothing to open (no distribution); the corpus test checks the notes
      const { config, fromTemplate } = openInWizard(imported);
      expect(configSchema.safeParse(config).error?.issues ?? []).toEqual([]);
      // No stand-in is shown as a value: every unknown text is empty and marked.
      const marked = new Set(fromTemplate.map((f) => formatPath(f.path)));
      for (const [path, value] of strings(config)) {
        if (imported.unknownPaths.has(path) && !/^origins\[\d+\]\.id$|originId$|^distribution\.comment$/.test(path)) {
          expect(marked.has(path), `${path} is unknown but not marked`).toBe(true);
        }
        expect(value, path).not.toMatch(/^\{[^}]*\}|ZUNKNOWN|^unknown/);
      }
      // The wizard then says what is missing; no message quotes an empty value or leaves a hole.
      for (const f of lint(config)) expect(f.message, `${f.rule} ${f.message}`).not.toMatch(/""|\s{2}|\s[,:]|\s\.(?!\.)|\(\)/);
    });
  }
});
