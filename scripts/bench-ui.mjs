// `npm run bench:ui`: how fast typing feels with 75 behaviors, measured in Debian's Chromium on the
// built app (run `npm run build` first). The browser's Event Timing API records every key event slower
// than 16 ms (its floor); the median and the worst of 30 keystrokes are reported. Target: worst <= 50 ms.
// Options: --json. Environment: CHROMIUM_PATH, BENCH_PORT.
/* global window */
import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { startPreview } from './preview-server.mjs';

const port = Number(process.env.BENCH_PORT ?? 4190);
const KEYSTROKES = 30;
const TARGET_MS = 50;

const { base, ready: waitForServer, stop } = startPreview('bench:ui', port);

const browser = await (async () => {
  await waitForServer();
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
})();
try {
  const page = await browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(base);
  await page.getByRole('button', { name: /API only - REST API/ }).click();
  await page.locator('[data-step="paths"]').click();
  const add = page.locator('.behavior-list + button');
  for (let i = 0; i < 75; i++) await add.click();
  await page.locator('.behavior-row').nth(74).waitFor();
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input' || e.name === 'keyup') window.__events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const field = page.locator('#f-behaviors-74-pathPattern');
  await field.click();
  await field.press('End');
  const text = 'orders/v2/items/by-customer/x'.slice(0, KEYSTROKES).padEnd(KEYSTROKES, 'x');
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  const events = await page.evaluate(() => window.__events);
  // One keystroke = its slowest event (keydown, keypress, input, keyup): a keystroke's events start
  // within a few ms of each other, keystrokes 60 ms or more apart. Unrecorded ones took < 16 ms.
  const keystrokes = [];
  for (const e of [...events].sort((a, b) => a.start - b.start)) {
    const last = keystrokes.at(-1);
    if (last && e.start - last.start < 40) last.duration = Math.max(last.duration, e.duration);
    else keystrokes.push({ start: e.start, duration: e.duration });
  }
  const slow = keystrokes.map((k) => k.duration);
  const perKey = [...slow, ...Array(Math.max(0, KEYSTROKES - slow.length)).fill(0)].sort((a, b) => a - b);
  const median = perKey[Math.floor(perKey.length / 2)];
  const worst = perKey.at(-1) ?? 0;
  const result = { keystrokes: KEYSTROKES, slowerThan16ms: slow.length, medianMs: median < 16 ? '< 16' : median, worstMs: worst < 16 ? '< 16' : worst, targetWorstMs: TARGET_MS, pass: worst <= TARGET_MS };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(`apifront bench:ui: ${KEYSTROKES} keystrokes in a behavior field with 75 behaviors (Chromium, built app)\n`);
    process.stdout.write(`  median ${result.medianMs} ms, worst ${result.worstMs} ms, ${slow.length} keystrokes over 16 ms (target: worst <= ${TARGET_MS} ms)\n`);
    process.stdout.write(`  (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)\n`);
  }
  process.exitCode = result.pass ? 0 : 1;
} finally {
  await browser.close();
  stop();
}
