/**
 * The generated CDK apps type-check with TypeScript (strict) against aws-cdk-lib's own declarations,
 * as `cdk deploy` (ts-node) would compile them. One program for all the apps, so it stays fast.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, expect, it } from 'vitest';
import { PRESETS, presetConfig } from '../../model/presets';
import { PROJECT_ROOT } from '../../testing/golden';
import { EXTRA_CONFIGS } from '../../testing/render-configs';
import { renderCdk } from './cdk';

// Inside the project so `aws-cdk-lib` resolves from its node_modules, as in a user's app.
const root = join(PROJECT_ROOT, 'node_modules', '.cache', `apifront-cdk-typecheck-${process.pid}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('every generated CDK app compiles with tsc --strict', () => {
  const configs = [...PRESETS.map((p) => [p.id, presetConfig(p.id)] as const), ...Object.entries(EXTRA_CONFIGS)];
  const files: string[] = [];
  configs.forEach(([, config], i) => {
    for (const f of renderCdk(config)) {
      if (!f.fileName.endsWith('.ts')) continue;
      const path = join(root, `app${i}`, f.fileName);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
      files.push(path);
    }
  });
  const started = Date.now();
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    types: ['node'],
    typeRoots: [join(PROJECT_ROOT, 'node_modules', '@types')],
  });
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.slice(root.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  console.log(`type-checked ${configs.length} CDK apps in ${Date.now() - started} ms`);
  expect(problems).toEqual([]);
}, 120_000);
