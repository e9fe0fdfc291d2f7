// Build the CLI bundle once per test run: the CLI tests run `node bin/apifront.mjs`, which loads it.
import { execFileSync } from 'node:child_process';

export default function setup() {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}
