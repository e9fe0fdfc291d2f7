// The built app (dist/) served by `vite preview` for the browser benchmarks: refuses to start without
// a build, stops with the process, and waits until the server answers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the preview on `port`; `ready()` resolves once it answers, `stop()` ends it. */
export function startPreview(name, port) {
  if (!existsSync(`${root}dist/index.html`)) {
    process.stderr.write(`${name}: no dist/ yet; run \`npm run build\` first.\n`);
    process.exit(2);
  }
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  const stop = () => server.kill();
  process.on('exit', stop);
  async function ready() {
    // Up to 30 s: a loaded 2-core machine can take that long to start Vite.
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(base)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`vite preview did not answer on ${base}`);
  }
  return { base, ready, stop };
}
