// `npm run bench`: median and p95 of lint + render (YAML) on a 75-behavior, 25-origin config, plus
// render alone and lint alone. The core is bundled with esbuild (Node 20 cannot run TypeScript), from
// an inline entry, into a temporary file. Quality bar (DESIGN.md): lint + render median <= 5 ms.
// Also the cold CLI: a whole `apifront lint` process on a 3.7 KB real template next to `node -e 0`.
// Options: --runs N (default 300), --json (machine-readable output).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 300;
const asJson = args.includes('--json');
const BUDGET_MS = 5;

// The entry builds the big config from the REST preset, so it stays valid as the schema evolves.
const entry = `
import { lint } from './src/core/lint';
import { configFrom, parseConfig } from './src/core/model/parse';
import { PRESETS } from './src/core/model/presets';
import { render } from './src/core/render/index';

export function bigConfig() {
  const base = structuredClone(PRESETS.find((p) => p.id === 'api-only-rest').input);
  const regions = ['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2'];
  const origins = Array.from({ length: 25 }, (_, i) => ({
    id: 'api-' + i,
    type: 'apigateway',
    api: { kind: i % 2 ? 'http' : 'rest', id: ('a' + String(i).padStart(2, '0') + 'b2c3d4e5').slice(0, 10), region: regions[i % 5], stage: i % 2 ? '$default' : 'prod' },
    verifyHeader: i % 3 === 0 ? { name: 'X-Origin-Verify' } : null,
    lockdown: i % 6 === 0 ? 'waf' : 'none',
  }));
  const behaviors = Array.from({ length: 75 }, (_, i) => ({
    pathPattern: '/svc' + i + '/*',
    originId: 'api-' + (i % 25),
    stripPrefix: i % 4 === 0,
    forwardedHost: i % 5 === 0,
    ...(i % 10 === 0
      ? { cache: { custom: { minTtl: 0, defaultTtl: 0, maxTtl: 60, headers: { behavior: 'whitelist', names: ['Authorization'] } } } }
      : {}),
  }));
  return configFrom({ ...base, origins, defaultBehavior: { originId: 'api-0' }, behaviors });
}
export { lint, render, parseConfig };
`;

const dir = mkdtempSync(join(tmpdir(), 'apifront-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const { bigConfig, lint, render, parseConfig } = await import(pathToFileURL(outfile).href);
  const config = bigConfig();
  const configText = JSON.stringify(config);

  // Wall time is what a user feels; CPU time (this process only) stays meaningful on a busy machine.
  const measure = (fn) => {
    for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm up the JIT
    const wall = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      fn();
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
    const at = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
    return { median: at(wall, 0.5), p95: at(wall, 0.95), min: at(wall, 0), cpuMedian: at(cpu, 0.5), cpuP95: at(cpu, 0.95) };
  };

  const results = {
    'lint + render (yaml)': measure(() => {
      lint(config);
      render(config, 'yaml');
    }),
    'parse (JSON + schema)': measure(() => parseConfig(JSON.parse(configText))),
    'render (yaml)': measure(() => render(config, 'yaml')),
    'render (json)': measure(() => render(config, 'json')),
    lint: measure(() => lint(config)),
  };
  // Cold CLI: a whole `lint` process on a typical template, next to an empty Node process (the
  // floor nobody can beat). Wall time from spawn to exit; CPU time of the child from the OS.
  const coldRuns = Math.max(5, Math.min(21, Math.round(runs / 15)));
  const template = join(root, 'fixtures', 'corpus', 'rynop-single-apig-custom-domain.yaml');
  const spawnTimes = (args) => {
    const wall = [];
    for (let i = 0; i < coldRuns; i++) {
      const start = performance.now();
      spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
      wall.push(performance.now() - start);
    }
    return [...wall].sort((a, b) => a - b);
  };
  const nodeEmpty = spawnTimes(['-e', '0']);
  const coldLint = spawnTimes([join(root, 'bin', 'apifront.mjs'), 'lint', template, '--format', 'json']);
  const median = (list) => list[Math.floor(list.length / 2)];
  const cold = {
    runs: coldRuns,
    templateBytes: statSync(template).size,
    nodeEmptyMedian: median(nodeEmpty),
    lintMedian: median(coldLint),
    lintMin: coldLint[0],
    overheadMedian: median(coldLint) - median(nodeEmpty),
  };
  const shape = { behaviors: config.behaviors.length + 1, origins: config.origins.length, runs };
  const pass = results['lint + render (yaml)'].median <= BUDGET_MS;
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ ...shape, budgetMs: BUDGET_MS, pass, results, cold }, null, 2)}\n`);
  } else {
    const fmt = (n) => `${n.toFixed(2)} ms`.padStart(10);
    process.stdout.write(
      `apifront bench: ${shape.behaviors - 1} behaviors + default, ${shape.origins} origins, ${runs} runs (Node ${process.version})\n\n`,
    );
    process.stdout.write(
      `${'case'.padEnd(22)}${'median'.padStart(10)}${'p95'.padStart(10)}${'min'.padStart(10)}${'cpu med'.padStart(10)}${'cpu p95'.padStart(10)}\n`,
    );
    for (const [name, r] of Object.entries(results)) {
      process.stdout.write(`${name.padEnd(22)}${fmt(r.median)}${fmt(r.p95)}${fmt(r.min)}${fmt(r.cpuMedian)}${fmt(r.cpuP95)}\n`);
    }
    process.stdout.write(
      `\ncold CLI (${cold.runs} runs, ${cold.templateBytes}-byte template): node -e 0 median ${cold.nodeEmptyMedian.toFixed(0)} ms; ` +
        `apifront lint median ${cold.lintMedian.toFixed(0)} ms (min ${cold.lintMin.toFixed(0)} ms), ${cold.overheadMedian.toFixed(0)} ms above an empty Node process\n`,
    );
    const load = (await import('node:os')).loadavg()[0];
    process.stdout.write(`\n(load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs: wall times include waiting for a CPU)\n`);
    process.stdout.write(`\nlint + render median ${pass ? '<=' : '>'} ${BUDGET_MS} ms budget: ${pass ? 'ok' : 'OVER BUDGET'}\n`);
  }
  process.exitCode = pass ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
