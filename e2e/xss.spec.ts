/** Hostile text from a link stays text: no script runs, no element is injected, in any step. */
import { expect, test } from '@playwright/test';
import { collectErrors, linkFragment, openStep, restConfig, templateText } from './share-helpers';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '"><img src=x onerror="window.__pwned = 2; alert(2)">';
const SVG = '<svg onload="window.__pwned = 3">';

test('script and markup in the name, aliases and header names stay inert', async ({ page }) => {
  const errors = collectErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const config = restConfig({
    name: `${SCRIPT}${IMG}`,
    domain: { aliases: [IMG, SCRIPT], certificate: { mode: 'create' } },
    origins: [{ ...restConfig().origins[0], customHeaders: [{ name: IMG, value: SVG }, { name: SCRIPT, value: 'x' }] }],
  });
  await page.goto(`./#${linkFragment(config)}`);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${SCRIPT}${IMG}`);
  const yaml = await templateText(page);
  expect(yaml).toContain('onerror');
  for (const step of [/Domain & certificate/, /API origin/, /Paths & caching/, /Security & extras/, /Review & export/]) {
    await openStep(page, step);
    await expect(page.locator('#step-heading')).toBeVisible();
  }
  await openStep(page, /Domain & certificate/);
  await expect(page.getByLabel('Alias 1', { exact: true })).toHaveValue(IMG);
  await expect(page.getByLabel('Alias 2', { exact: true })).toHaveValue(SCRIPT);
  const injected = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    images: document.querySelectorAll('img[src="x"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    scripts: Array.from(document.scripts).filter((s) => s.textContent?.includes('__pwned')).length,
  }));
  expect(injected).toEqual({ pwned: undefined, images: 0, svgs: 0, scripts: 0 });
  expect(dialogs).toBe(0);
  expect(errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
});
