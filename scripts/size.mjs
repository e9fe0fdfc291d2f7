// `npm run size` (after `npm run build`): gzip size of every dist/assets/*.js, and whether the initial
// JavaScript (the entry chunk index.html loads, plus the chunks it preloads) stays within the budget.
// Quality bar: initial JavaScript <= 110 KB gzip (issue 12; DESIGN.md said 120); heavy parts load on demand.
// Options: --json (machine-readable output). Exit 1 when over budget, 2 when dist/ is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 110;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const assets = join(dist, 'assets');
const asJson = process.argv.includes('--json');

if (!existsSync(join(dist, 'index.html')) || !existsSync(assets)) {
  process.stderr.write('size: dist/ is missing; run `npm run build` first.\n');
  process.exit(2);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// What the page loads before anything runs: module scripts and modulepreload links.
const initialNames = new Set(
  [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) =>
    (m[1] ?? '').split('/').pop(),
  ),
);

const files = readdirSync(assets)
  .filter((f) => f.endsWith('.js'))
  .map((name) => {
    const bytes = readFileSync(join(assets, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: initialNames.has(name) };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

const kb = (n) => n / 1024;
const initialGzip = files.filter((f) => f.initial).reduce((sum, f) => sum + f.gzip, 0);
const totalGzip = files.reduce((sum, f) => sum + f.gzip, 0);
const pass = kb(initialGzip) <= BUDGET_KB;

if (asJson) {
  process.stdout.write(`${JSON.stringify({ budgetKb: BUDGET_KB, initialGzipKb: kb(initialGzip), totalGzipKb: kb(totalGzip), pass, files }, null, 2)}\n`);
} else {
  const width = Math.max(20, ...files.map((f) => f.name.length));
  process.stdout.write(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}\n`);
  for (const f of files) {
    process.stdout.write(
      `${f.name.padEnd(width)}  ${`${kb(f.raw).toFixed(1)} KB`.padStart(10)}  ${`${kb(f.gzip).toFixed(1)} KB`.padStart(10)}${f.initial ? '  initial' : ''}\n`,
    );
  }
  process.stdout.write(
    `\ninitial JavaScript: ${kb(initialGzip).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB): ${pass ? 'ok' : 'OVER BUDGET'}\n` +
      `all chunks: ${kb(totalGzip).toFixed(1)} KB gzip\n`,
  );
}
process.exitCode = pass ? 0 : 1;
