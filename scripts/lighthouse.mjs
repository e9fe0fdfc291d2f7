#!/usr/bin/env node
/**
 * Lighthouse (mobile) against the built app: serves dist/ with `vite preview`, launches Debian's
 * Chromium headless, runs Lighthouse and prints the category scores. Exit 1 when a score is under
 * its target (performance 0.95, accessibility 1.0, best practices 1.0).
 *
 *   npm run audit            (builds first)
 *   node scripts/lighthouse.mjs [--port 4310] [--dist dist] [--json report.json]
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const port = Number(option('port', '4310'));
const jsonOut = option('json', undefined);
const distDir = option('dist', 'dist');
const url = `http://127.0.0.1:${port}/`;

async function waitForServer(target, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(target);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`vite preview did not answer at ${target} within ${timeoutMs / 1000} s`);
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', distDir], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
let chrome;
let exitCode = 0;
try {
  await waitForServer(url);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The same flags as playwright.config.ts, plus headless.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse (mobile) ${url}`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = categories[id]?.score ?? 0;
    const ok = score >= target;
    if (!ok) exitCode = 1;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${categories[id]?.title ?? id}: ${score.toFixed(2)} (target ${target})`);
  }
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    if (audits[id]) console.log(`  ${audits[id].title}: ${audits[id].displayValue}`);
  }
  // Name what cost points, so a failing score says what to fix.
  for (const id of ['accessibility', 'best-practices']) {
    for (const ref of categories[id]?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`  - ${id}: ${audit.title}`);
    }
  }
  if (jsonOut) await writeFile(jsonOut, JSON.stringify(result.lhr, null, 2));
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  await chrome?.kill();
  // The preview server runs in its own process group: end the group, not just npx.
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
process.exit(exitCode);
