// `npm run bench:template` (after `npm run build`): main-thread long tasks while a ~5 MB template is
// opened from a file and checked on the start screen, and again when pasted and checked (issue 12),
// counted from the file input's change event (or the Check click) until the findings show. The check
// runs in the worker; what is left on the main thread is handing the text over and showing the result.
// Options: --json, --mb N. Environment: CHROMIUM_PATH, BENCH_PORT.
/* global window, DataTransfer */
import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { startPreview } from './preview-server.mjs';
import { bigTemplate } from './big-template.mjs';

const port = Number(process.env.BENCH_PORT ?? 4191);
const mbArg = process.argv.indexOf('--mb');
const mb = mbArg === -1 ? 5 : Number(process.argv[mbArg + 1]);

const { base, ready: waitForServer, stop } = startPreview('bench:template', port);

const text = bigTemplate(mb * 1024 * 1024);

/** Long tasks from the action until the findings heading shows. */
async function measure(page, act) {
  await page.evaluate(() => {
    window.__long = [];
    window.__mark = undefined;
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    });
    window.__observer.observe({ type: 'longtask' });

  });
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
  // The small warm-up template's result stays on screen until the new one replaces it.
  const before = await section.getByRole('heading', { level: 4 }).textContent();
  const started = Date.now();
  await act(section);
  await section.getByRole('heading', { level: 4, name: /finding/ }).filter({ hasNotText: before ?? '' }).waitFor({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  await page.waitForTimeout(300);
  const long = await page.evaluate(() => window.__long.filter((t) => t.start >= (window.__mark ?? 0)).map((t) => t.duration));
  return { seconds: Number(seconds.toFixed(1)), longTasks: long.length, longestMs: Math.round(Math.max(0, ...long)), totalLongMs: Math.round(long.reduce((a, b) => a + b, 0)) };
}

const browser = await (async () => {
  await waitForServer();
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
})();
/** A fresh page with the template reader and the worker warmed by a small template. */
async function freshPage() {
  const page = await browser.newPage();
  page.on('crash', () => process.stderr.write('bench:template: the page crashed\n'));
  await page.goto(base);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
  await section.getByLabel('Template', { exact: true }).fill('Resources:\n  T:\n    Type: AWS::SNS::Topic\n');
  await section.getByRole('button', { name: 'Check template' }).click();
  await section.getByRole('heading', { level: 4, name: /finding/ }).waitFor();
  return page;
}

try {
  const filePage = await freshPage();
  // The 5 MB File is built in the page first (Playwright's own setInputFiles would do that inside the
  // measured time, seconds of main-thread work no user's browser does); then it is "chosen".
  await filePage.evaluate((value) => (window.__file = new File([value], 'big.yaml', { type: 'text/yaml' })), text);
  const file = await measure(filePage, (s) =>
    s.locator('input[type="file"]').evaluate((input) => {
      const chosen = new DataTransfer();
      chosen.items.add(window.__file);
      input.files = chosen.files;
      window.__mark = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }),
  );
  const pasted = await measure(await freshPage(), async (s) => {
    // As a paste does: the whole text at once, then the button. (Not Playwright's fill: Chromium's
    // insertText command is quadratic in the number of lines, minutes for 5 MB, a harness artefact.)
    await s.getByLabel('Template', { exact: true }).evaluate((el, value) => {
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await s.page().evaluate(() => (window.__mark = performance.now()));
    await s.getByRole('button', { name: 'Check template' }).click();
  });
  const result = { templateBytes: text.length, templateLines: text.split('\n').length, file, pasted, loadAverage: Number(loadavg()[0].toFixed(1)), cpus: cpus().length };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(`apifront bench:template: ${(text.length / 1024 / 1024).toFixed(1)} MB template (${result.templateLines} lines), main-thread long tasks (Chromium, built app)\n`);
    for (const [what, r] of [['opened from a file', file], ['pasted, then Check', pasted]]) {
      process.stdout.write(`  ${what}: ${r.longTasks} long tasks, longest ${r.longestMs} ms, ${r.totalLongMs} ms in all; findings after ${r.seconds} s\n`);
    }
    process.stdout.write(`  (load average ${result.loadAverage} on ${result.cpus} CPUs)\n`);
  }
} catch (error) {
  // Playwright's messages quote the whole 5 MB text: the first line says enough.
  process.stderr.write(`bench:template failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
  stop();
}
