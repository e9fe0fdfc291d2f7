/**
 * Issue 12, speed and layout: a 5 MB template is checked off the main thread (the page answers while
 * it runs), warnings beside fields keep their width at 375 px, and a checked template leaves no blank
 * space under the start page. Timings are measured by `npm run bench:template` and `bench:ui`, not here.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { bigTemplate } from '../scripts/big-template.mjs';

function templateCheck(page: Page): Locator {
  return page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
}

/** What a paste leaves in the box, at once (Playwright's fill types through Chromium's slow insertText). */
async function pasteInto(box: Locator, text: string): Promise<void> {
  await box.evaluate((el, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('a 5 MB template is checked in the worker: the page takes input while it runs', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./');
  const section = templateCheck(page);
  await section.locator('input[type="file"]').setInputFiles({ name: 'big.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bigTemplate()) });
  await expect(section.getByText('Checking the template…')).toBeVisible();
  // Typing elsewhere is handled while the check runs (on the main thread it froze the page for seconds,
  // and every input waited for the result).
  const url = page.getByRole('textbox', { name: 'Invoke URL' });
  await url.fill('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/');
  await expect(page.getByRole('button', { name: 'Read URL' })).toBeEnabled();
  await expect(section.getByText('Checking the template…')).toBeVisible();
  await expect(section.getByRole('heading', { level: 4 })).toContainText(/\d+ findings?:/, { timeout: 150_000 });
  // Megabytes are checked but not laid out in the text box.
  await expect(section.getByText(/big\.yaml \(5\.0 MB\) is too large to show in the box/)).toBeVisible();
  await expect(section.getByLabel('Template', { exact: true })).toHaveValue('');
  // The findings point at the distribution at the end of its 143,680 lines.
  await expect(section.getByRole('region', { name: 'Template with line numbers' })).toContainText('DistributionConfig:');
});

test('no blank space under the start page after a template with findings is checked', async ({ page }) => {
  const template = readFileSync(new URL('../fixtures/corpus/rynop-abp-sam-twirp.yml', import.meta.url), 'utf8');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 812 });
    await page.goto('./');
    const section = templateCheck(page);
    await pasteInto(section.getByLabel('Template', { exact: true }), template);
    await section.getByRole('button', { name: 'Check template' }).click();
    await expect(section.getByRole('heading', { level: 4 })).toContainText(/\d+ findings?:/);
    await expect(section.locator('.template-check__line--warning, .template-check__line--error').first()).toBeAttached();
    // The page ends with its content: the marks inside the scrolled source view do not stretch it
    // (they added 2,300 px here).
    const { scrollHeight, contentBottom } = await page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      contentBottom: (document.querySelector('main')?.getBoundingClientRect().bottom ?? 0) + window.scrollY,
    }));
    expect(scrollHeight - contentBottom, `blank space under the page at ${width} px`).toBeLessThan(40);
  }
});

test('at 375 px a warning beside a field takes the width of its form, not a column of it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./');
  await page.getByRole('button', { name: /API only - REST API/ }).click();
  await page.locator('[data-step="paths"]').click();
  // An error beside a select (AF401), and TTL fields that sit three in a row on wide screens.
  await page.locator('#f-defaultBehavior-originRequest').selectOption('managed:AllViewer');
  await page.getByRole('radio', { name: /Advanced/ }).first().check();
  await page.locator('#f-defaultBehavior-cache-choice').selectOption('custom');
  await page.locator('#f-defaultBehavior-cache-custom-minTtl').fill('5');
  const lists = page.locator('.field .finding-list');
  await expect(page.locator('#f-defaultBehavior-cache-custom-minTtl').locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.finding')).not.toHaveCount(0);
  await expect(page.locator('.field', { has: page.locator('#f-defaultBehavior-originRequest') }).locator('.finding--error')).toContainText('AF401');
  const widths = await lists.evaluateAll((elements) =>
    elements.map((list) => {
      const form = list.closest('.section') ?? document.body;
      return { id: list.closest('.field')?.querySelector('[id^="f-"]')?.id ?? '', list: list.getBoundingClientRect().width, form: form.getBoundingClientRect().width };
    }),
  );
  expect(widths.length).toBeGreaterThan(1);
  for (const w of widths) expect(w.list / w.form, `${w.id}: ${Math.round(w.list)} of ${Math.round(w.form)} px`).toBeGreaterThanOrEqual(0.8);
});
