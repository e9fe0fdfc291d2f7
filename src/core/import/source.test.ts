import { describe, expect, it } from 'vitest';
import { parseTemplateSource, SOURCE_LIMITS } from './source';

function parsed(text: string, fileName?: string) {
  const result = parseTemplateSource(text, fileName);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('short-form tags', () => {
  const yaml = [
    'Resources:',
    '  R:',
    '    Type: X',
    '    Properties:',
    '      A: !Ref Param',
    '      B: !Sub "${Api}.execute-api.${AWS::Region}.amazonaws.com"',
    '      C: !Sub ["${A}-x", { A: !Ref B }]',
    '      D: !GetAtt Dist.DomainName',
    '      E: !GetAtt [Stack, Outputs.Url]',
    '      F: !GetAtt Stack.Outputs.Url',
    '      G: !Join ["", [a, !Ref B]]',
    '      H: !If [IsProd, !Ref A, !Ref AWS::NoValue]',
    '      I: !Select [2, !Split ["/", !GetAtt Api.ApiEndpoint]]',
    '      J: !ImportValue shared-host',
    '      K: !FindInMap [Map, !Ref AWS::Region, Key]',
    '      L: !Base64 hello',
    '      M: !Equals [!Ref A, prod]',
    '      N: !Not [!Condition IsProd]',
    '      O: !And [!Condition A, !Or [!Condition B, !Condition C]]',
    '      P: !Cidr [10.0.0.0/16, 4, 8]',
    '      Q: !GetAZs ""',
    '      S: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }',
    '      T: !Length [1, 2]',
    '      U: !ToJsonString { a: 1 }',
  ].join('\n');

  it('maps every short form to its long JSON form', () => {
    const value = parsed(yaml).value as { Resources: { R: { Properties: Record<string, unknown> } } };
    expect(value.Resources.R.Properties).toEqual({
      A: { Ref: 'Param' },
      B: { 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.amazonaws.com' },
      C: { 'Fn::Sub': ['${A}-x', { A: { Ref: 'B' } }] },
      D: { 'Fn::GetAtt': ['Dist', 'DomainName'] },
      E: { 'Fn::GetAtt': ['Stack', 'Outputs.Url'] },
      F: { 'Fn::GetAtt': ['Stack', 'Outputs.Url'] },
      G: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] },
      H: { 'Fn::If': ['IsProd', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] },
      I: { 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Api', 'ApiEndpoint'] }] }] },
      J: { 'Fn::ImportValue': 'shared-host' },
      K: { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Key'] },
      L: { 'Fn::Base64': 'hello' },
      M: { 'Fn::Equals': [{ Ref: 'A' }, 'prod'] },
      N: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      O: { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Or': [{ Condition: 'B' }, { Condition: 'C' }] }] },
      P: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      Q: { 'Fn::GetAZs': '' },
      S: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
      T: { 'Fn::Length': [1, 2] },
      U: { 'Fn::ToJsonString': { a: 1 } },
    });
  });

  it('locates keys and list items (1-based)', () => {
    const { locate } = parsed(yaml);
    expect(locate([])).toEqual({ line: 1, column: 1 });
    expect(locate(['Resources', 'R'])).toEqual({ line: 2, column: 3 });
    expect(locate(['Resources', 'R', 'Properties', 'G'])).toEqual({ line: 11, column: 7 });
    expect(locate(['Resources', 'R', 'Properties', 'G', 1, 1])).toEqual({ line: 11, column: 25 });
    expect(locate(['Resources', 'R', 'Properties', 'Nope'])).toBeUndefined();
  });
});

describe('JSON through the YAML parser', () => {
  const json = '{\n  "Resources": {\n    "Dist": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "A": [1, {"b": "\\u00e9\\/"}] }\n    }\n  }\n}\n';

  it('reads values like JSON.parse', () => {
    const result = parsed(json, 't.json');
    expect(result.value).toEqual(JSON.parse(json));
    expect(result.format).toBe('json');
  });

  it('keeps positions', () => {
    const { locate } = parsed(json);
    expect(locate(['Resources', 'Dist', 'Type'])).toEqual({ line: 4, column: 7 });
    expect(locate(['Resources', 'Dist', 'Properties', 'A', 1, 'b'])).toEqual({ line: 5, column: 33 });
  });

  it('reports a syntax error with its line', () => {
    const result = parseTemplateSource('{\n  "Resources": {\n    "A": [1,}\n}');
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(!result.ok && result.message).toMatch(/^not valid JSON at line 3/);
  });
});

describe('what CloudFormation accepts is read, with a warning', () => {
  it('keeps the last value of a duplicate key and names both lines', () => {
    const result = parsed('Resources:\n  A:\n    Name: one\n    Name: two\n');
    expect(result.value).toEqual({ Resources: { A: { Name: 'two' } } });
    expect(result.warnings).toEqual([{ message: expect.stringMatching(/duplicate key "Name" at lines 3 and 4.*last value/), line: 4, column: 5 }]);
    expect(result.locate(['Resources', 'A', 'Name'])).toEqual({ line: 4, column: 5 });
  });

  it('reads a flow collection closed at its key\'s indentation (as PyYAML does)', () => {
    const result = parsed('A:\n  B: [{\n    "x": 1,\n  }]\nC: 2\n');
    expect(result.value).toEqual({ A: { B: [{ x: 1 }] }, C: 2 });
    expect(result.warnings).toEqual([{ message: expect.stringMatching(/^line 4 is indented less/), line: 4, column: 1 }]);
  });

  it('has no warnings for a clean file', () => {
    expect(parsed('Resources:\n  A: 1\n').warnings).toEqual([]);
  });
});

describe('bad input gives a message, never an exception', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '  \n', /empty/],
    ['bad indentation', 'Resources:\n  A:\n    Type: x\n   B: 1\n', /line 4/],
    ['unknown tag', 'Resources:\n  A: !Reff X\n', /unknown tag !Reff/],
    ['two documents', 'a: 1\n---\nb: 2\n', /2 YAML documents/],
    ['unclosed quote', 'a: "abc\n', /not valid YAML/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const result = parseTemplateSource(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(message);
    });
  }

  it('stops an alias bomb (billion laughs) quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'bcdefghi'.split('');
    names.forEach((n, i) => lines.push(`${n}: &${n} [${Array(9).fill(`*${i === 0 ? 'a' : names[i - 1]}`).join(',')}]`));
    const result = parseTemplateSource(lines.join('\n'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/aliases/);
  });

  it('accepts a few harmless aliases', () => {
    const result = parsed('x: &h { A: 1 }\ny: *h\n');
    expect(result.value).toEqual({ x: { A: 1 }, y: { A: 1 } });
  });

  it('refuses text over the size cap without parsing it', () => {
    const result = parseTemplateSource('a'.repeat(SOURCE_LIMITS.maxChars + 1));
    expect(!result.ok && result.message).toMatch(/MB/);
  });

  it('refuses very deep nesting with a message', () => {
    const result = parseTemplateSource('['.repeat(5000) + ']'.repeat(5000));
    expect(result.ok).toBe(false);
  });
});
