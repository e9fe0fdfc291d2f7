/**
 * Duplicate keys in JSON text. JSON.parse keeps the last value silently; apifront instead names each
 * duplicate (a warning: the last value is used, as CloudFormation does for templates, DOMAIN.md
 * section 0 "YAML"), the same way in render, link, lint and the wizard. Assumes text JSON.parse accepts.
 */
import { formatPath } from './parse';

export interface DuplicateKey {
  /** Printed path of the object holding the key ("" for the top level). */
  path: string;
  key: string;
  /** 1-based line of the second (and later) occurrence. */
  line: number;
}

type Frame = { kind: 'object'; keys: Set<string>; path: (string | number)[]; key: string | null } | { kind: 'array'; path: (string | number)[]; index: number };

/** Every key that appears more than once in the same object, in text order. */
export function duplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  // The path of the value about to start, from the enclosing frame.
  const childPath = (): (string | number)[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    return top.kind === 'object' ? [...top.path, top.key ?? ''] : [...top.path, top.index];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top?.kind === 'object') {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) out.push({ path: formatPath(top.path), key, line });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (ch === '{') {
      stack.push({ kind: 'object', keys: new Set(), path: childPath(), key: null });
      expectKey = true;
    } else if (ch === '[') {
      stack.push({ kind: 'array', path: childPath(), index: 0 });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') expectKey = true;
      else if (top) top.index++;
    }
  }
  return out;
}

/** One warning line per duplicate, e.g. `line 12: key "name" given twice in origins[0]; the last value is used`. */
export function describeDuplicate(d: DuplicateKey): string {
  return `line ${d.line}: key "${d.key}" given more than once in ${d.path || 'the top level'}; the last value is used`;
}
