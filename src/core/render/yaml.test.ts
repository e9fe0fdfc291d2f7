import { describe, expect, it } from 'vitest';
import { commentBlock, dumpCfnYaml, loadCfnYaml } from './yaml';

describe('short-form tags', () => {
  const template = {
    A: { Ref: 'Param' },
    B: { 'Fn::GetAtt': ['Distribution', 'DomainName'] },
    C: { 'Fn::Sub': 'https://${Distribution.DomainName}' },
    D: { 'Fn::If': ['IsProd', { Ref: 'X' }, 'none'] },
    E: { 'Fn::Join': ['', ['a', { Ref: 'AWS::Region' }]] },
    F: { 'Fn::Sub': ['${A}-x', { A: 'b' }] },
    G: { Ref: 'A', Other: 1 },
  };

  it('prints intrinsics in short form', () => {
    const yaml = dumpCfnYaml(template);
    expect(yaml).toContain('A: !Ref Param\n');
    expect(yaml).toContain('B: !GetAtt Distribution.DomainName\n');
    expect(yaml).toContain('C: !Sub https://${Distribution.DomainName}\n');
    expect(yaml).toContain('D: !If [IsProd, !Ref X, none]\n');
    expect(yaml).toContain("E: !Join ['', [a, !Ref AWS::Region]]\n");
  });

  it('reads short forms back to the JSON form', () => {
    expect(loadCfnYaml(dumpCfnYaml(template))).toEqual(template);
    expect(loadCfnYaml('x: !GetAtt [A, B]\ny: !Base64 abc\nz: !Select [0, !GetAZs ""]')).toEqual({
      x: { 'Fn::GetAtt': ['A', 'B'] },
      y: { 'Fn::Base64': 'abc' },
      z: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
    });
  });

  it('prints short lists of plain values inline, quoting where YAML needs it', () => {
    const value = { Methods: ['GET', 'HEAD'], Odd: ['a, b', '*', 'yes', ''], Long: Array.from({ length: 20 }, (_, i) => `name-${i}`) };
    const yaml = dumpCfnYaml(value);
    expect(yaml).toContain('Methods: [GET, HEAD]\n');
    expect(yaml).toContain('Long:\n  - name-0\n');
    expect(loadCfnYaml(yaml)).toEqual(value);
  });

  it('keeps strings that look like other types as strings', () => {
    const value = { v: '2010-09-09', b: 'true', n: '0123', code: 'function a() {\n  return 1;\n}\n' };
    expect(loadCfnYaml(dumpCfnYaml(value))).toEqual(value);
  });
});

describe('comments', () => {
  const template = {
    Resources: {
      Fn: { Properties: { Code: 'Key: not a key\n  Nested: no\n', After: 1 } },
      Dist: { Items: [{ Id: 'a', Path: '/x' }, { Id: 'b', Path: '/y' }], List: [{ M: 'GET' }, { M: 'HEAD' }] },
    },
  };
  const yaml = dumpCfnYaml(template);

  it('writes comments above the keys at the given paths, list indexes and first keys of items included', () => {
    const out = dumpCfnYaml(template, [
      { path: ['Resources', 'Dist', 'Items', 1, 'Path'], text: 'second path' },
      { path: ['Resources', 'Dist', 'Items', 0], text: 'first item' },
      { path: ['Resources', 'Fn', 'Properties', 'After'], text: 'after the block\ntwo lines' },
      { path: ['Resources', 'Dist', 'List', 1], text: 'HEAD' },
      { path: ['Resources', 'Dist', 'List', 0, 'M'], text: 'first key of an item' },
      { path: ['Nowhere'], text: 'ignored' },
    ]);
    expect(out).toContain('      # second path\n        Path: /y');
    expect(out).toContain('      # first item\n      - Id: a');
    expect(out).toContain('      # after the block\n      # two lines\n      After: 1');
    expect(out).toContain('      # HEAD\n      - M: HEAD');
    expect(out).toContain('      # first key of an item\n      - M: GET');
    expect(out).not.toContain('ignored');
    expect(loadCfnYaml(out)).toEqual(loadCfnYaml(yaml));
  });

  it('does not mistake block scalar content for keys', () => {
    const out = dumpCfnYaml(template, [{ path: ['Resources', 'Fn', 'Properties', 'Code', 'Key'], text: 'wrong' }]);
    expect(out).toBe(yaml);
  });

  it('writes header blocks', () => {
    expect(commentBlock(['a', '', 'b'])).toBe('# a\n#\n# b\n');
  });
});
