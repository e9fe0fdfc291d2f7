/**
 * Synthesizes a generated CDK app in-process, for tests: each TypeScript file is transpiled with esbuild
 * (types stripped, CommonJS), evaluated with a require that serves the app's own modules and the real
 * aws-cdk-lib, and `cdk.App` is swapped for one that records itself so the test can call synth().
 * Test support only: it writes the cloud assembly to a temporary directory and removes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { transformSync } from 'esbuild';
import type { RenderedFile } from '../render/index';

const nodeRequire = createRequire(import.meta.url);

export interface SynthesizedStack {
  stackName: string;
  region: string;
  template: Record<string, unknown>;
}

interface AppLike {
  synth(): { stacks: { stackName: string; environment: { region: string }; template: Record<string, unknown> }[] };
}

type CdkModule = { App: new (props?: Record<string, unknown>) => AppLike } & Record<string, unknown>;

export function synthCdkApp(files: readonly RenderedFile[]): SynthesizedStack[] {
  const cdk = nodeRequire('aws-cdk-lib') as CdkModule;
  const outdir = mkdtempSync(join(tmpdir(), 'apifront-cdk-'));
  const apps: AppLike[] = [];
  class RecordingApp extends cdk.App {
    constructor(props: Record<string, unknown> = {}) {
      super({ ...props, outdir });
      apps.push(this);
    }
  }
  const patched: CdkModule = { ...cdk, App: RecordingApp };
  const sources = new Map(files.filter((f) => f.fileName.endsWith('.ts')).map((f) => [f.fileName.replace(/\.ts$/, ''), f.content]));
  const loaded = new Map<string, unknown>();

  function load(name: string): unknown {
    if (loaded.has(name)) return loaded.get(name);
    const source = sources.get(name);
    if (source === undefined) throw new Error(`the CDK app imports ${name}, which it does not contain`);
    const js = transformSync(source.replace(/^#!.*\n/, ''), { loader: 'ts', format: 'cjs', target: 'node20' }).code;
    const module = { exports: {} as Record<string, unknown> };
    loaded.set(name, module.exports);
    const localRequire = (spec: string): unknown => {
      if (spec === 'aws-cdk-lib') return patched;
      if (spec.startsWith('.')) return load(posix.normalize(posix.join(posix.dirname(name), spec)));
      return nodeRequire(spec);
    };
    new Function('require', 'module', 'exports', js)(localRequire, module, module.exports);
    loaded.set(name, module.exports);
    return module.exports;
  }

  try {
    const bin = [...sources.keys()].find((k) => k.startsWith('bin/'));
    if (!bin) throw new Error('the CDK app has no bin/ file');
    load(bin);
    return apps.flatMap((app) =>
      app.synth().stacks.map((s) => ({ stackName: s.stackName, region: s.environment.region, template: s.template })),
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
