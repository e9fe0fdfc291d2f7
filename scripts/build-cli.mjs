// Bundles the TypeScript CLI (src/cli + src/core) into build/cli.mjs, which bin/apifront.mjs loads.
// Runs from `prepare`, so `npm install` leaves a working CLI; Node 20 cannot run TypeScript itself.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'build/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { __APIFRONT_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
