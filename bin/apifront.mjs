#!/usr/bin/env node
// Entry point: loads the CLI bundle built by `npm install` (prepare) or `npm run build:cli`.
import { existsSync } from 'node:fs';

const bundle = new URL('../build/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('apifront: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the project first.\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
