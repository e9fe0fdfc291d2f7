import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzSettings } from '../testing/fuzz';
import { describeDuplicate, duplicateKeys } from './json-duplicates';

describe('duplicateKeys', () => {
  it('names each duplicate with its object path and line', () => {
    const text = '{\n "version": 1,\n "name": "a",\n "origins": [{"id": "x", "id": "y"}],\n "name": "b"\n}';
    expect(duplicateKeys(text)).toEqual([
      { path: 'origins[0]', key: 'id', line: 4 },
      { path: '', key: 'name', line: 5 },
    ]);
    expect(describeDuplicate({ path: '', key: 'name', line: 5 })).toBe('line 5: key "name" given more than once in the top level; the last value is used');
  });

  it('is not fooled by keys inside strings, escapes or nested objects', () => {
    expect(duplicateKeys('{"a": "\\"a\\": 1, \\"a\\"", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}]}')).toEqual([]);
  });

  it('finds exactly the keys repeated in one object (fuzz)', () => {
    const keys = fc.array(fc.constantFrom('a', 'b', 'c', 'é', '"q"', '\\'), { maxLength: 6 });
    fc.assert(
      fc.property(keys, (list) => {
        const text = `{${list.map((k, i) => `${JSON.stringify(k)}: ${i}`).join(', ')}}`;
        const expected = list.filter((k, i) => list.indexOf(k) !== i);
        expect(duplicateKeys(text).map((d) => d.key)).toEqual(expected);
      }),
      { ...fuzzSettings('duplicate keys', 200) },
    );
  });
});
