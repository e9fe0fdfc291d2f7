/**
 * Robustness: random text, mutated fixtures and a 5 MB template must give a config or a clear
 * message, never an exception or a hang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTemplate, lintTemplate } from './import-template';

const dir = new URL('../../../fixtures/templates/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

function neverThrows(text: string): void {
  const result = importTemplate(text);
  if (!result.ok) {
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeGreaterThan(5);
    expect(result.message).not.toMatch(/\n\s+at /); // no stack trace
  }
  lintTemplate(text);
}

describe('import never throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), neverThrows), { numRuns: 300 });
  });

  it('on random YAML-ish text', () => {
    const token = fc.constantFrom('Resources:', '\n', '  ', '- ', ': ', '!Ref ', '!Sub ', '!GetAtt ', '&a ', '*a ', '{', '}', '[', ']', '"', "'", 'Type: AWS::CloudFront::Distribution', 'x', '#', '---', '|', '>', ',');
    fc.assert(fc.property(fc.array(token, { maxLength: 80 }).map((t) => t.join('')), neverThrows), { numRuns: 300 });
  });

  it('on mutated fixtures (lines dropped, duplicated, characters changed)', () => {
    const mutation = fc.record({
      fixture: fc.integer({ min: 0, max: fixtures.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'char', 'indent'), fc.string({ minLength: 1, maxLength: 3 })), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(mutation, ({ fixture, edits }) => {
        const lines = (fixtures[fixture] as string).split('\n');
        for (const [at, kind, text] of edits) {
          const i = at % lines.length;
          if (kind === 'drop') lines.splice(i, 1);
          else if (kind === 'dup') lines.splice(i, 0, lines[i] ?? '');
          else if (kind === 'indent') lines[i] = ` ${lines[i] ?? ''}`;
          else lines[i] = `${(lines[i] ?? '').slice(0, 5)}${text}${(lines[i] ?? '').slice(6)}`;
        }
        neverThrows(lines.join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('size', () => {
  it('reads a 5 MB template with a distribution and many resources', () => {
    const base = fixtures.find((f) => f.includes('AWSTemplateFormatVersion') && f.includes('Z2FDTNDATAQYW2')) as string;
    const filler = Array.from({ length: 50_000 }, (_, i) => `  Bucket${i}:\n    Type: AWS::S3::Bucket\n    Properties: { BucketName: !Sub "b-\${AWS::AccountId}-${i}" }\n`).join('');
    const text = base.replace('Resources:\n', `Resources:\n${filler}`);
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = lintTemplate(text);
    expect(result.ok).toBe(true);
  });
});
