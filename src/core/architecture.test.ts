/**
 * The fences of DESIGN.md as tests: core modules import no cycle, render does not import rules, and
 * no core module keeps mutable state at module level (caches belong to a per-run context).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const core = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

const files = sources(core);
const rel = (f: string) => relative(core, f);

/** Relative imports of a module; `import type` is erased, so cycles count value imports only. */
function imports(file: string, withTypes = false): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const pattern = withTypes ? /^(?:import|export)\s+[^'";]*?from\s+'(\.[^']+)'/gm : /^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+)'/gm;
  for (const m of text.matchAll(pattern)) {
    const base = resolve(dirname(file), m[1] as string);
    const target = [`${base}.ts`, join(base, 'index.ts')].find((c) => files.includes(c));
    if (target) out.push(target);
  }
  return out;
}

describe('core architecture', () => {
  const graph = new Map(files.map((f) => [f, imports(f)]));

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const g of graph.get(f) ?? []) {
        if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g].map(rel).join(' -> '));
        else if (!state.has(g)) visit(g);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('render does not import rules (renderers ask the request model and the settings)', () => {
    const offenders = files
      .filter((f) => rel(f).startsWith('render/'))
      .filter((f) => imports(f, true).some((g) => rel(g).startsWith('rules/') || rel(g) === 'lint.ts'));
    expect(offenders.map(rel)).toEqual([]);
  });

  // Compiled validators of the constant registry schemas: compiled once per process, never stale.
  const ALLOWED = ['validate/validate.ts'];

  it('keeps no mutable state at module level (per-run data lives in a run context)', () => {
    const mutable = /^(?:export\s+)?(?:let|var)\s|^(?:export\s+)?const\s+\w+(?::[^=]+)?\s*=\s*new\s+(?:Map|Set|WeakMap|WeakSet)(?:<[^>]*>)?\(\s*\)/m;
    const offenders = files.filter((f) => mutable.test(readFileSync(f, 'utf8'))).map(rel);
    expect(offenders.filter((f) => !ALLOWED.includes(f))).toEqual([]);
  });
});
