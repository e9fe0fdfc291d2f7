/**
 * Accessibility: axe finds no violations on the start screen and on every step, in light and dark
 * mode, with findings on screen (a deliberate error so finding styles are checked for contrast too).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const STEPS = ['domain', 'origin', 'paths', 'security', 'review'] as const;

async function expectNoViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on any screen (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(page.getByRole('button', { name: /API only - REST API/ })).toBeVisible();
    await expectNoViolations(page, 'the start screen');
    await page.getByRole('button', { name: /API only - REST API/ }).click();
    // One error and one open behavior editor, so error styles and the editor are checked too.
    await page.locator('[data-step="paths"]').click();
    await page.locator('#f-defaultBehavior-originRequest').selectOption('managed:AllViewer');
    await page.getByRole('button', { name: 'Add behavior' }).click();
    for (const step of STEPS) {
      await page.locator(`[data-step="${step}"]`).click();
      await expect(page.locator('#step-heading')).toBeVisible();
      if (step === 'review') await expect(page.getByRole('tabpanel')).not.toContainText('Preparing');
      await expectNoViolations(page, `step ${step}`);
    }
  });
}

test('works at 375 px without horizontal scrolling, with a visible focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./');
  await page.getByRole('button', { name: /API only - REST API/ }).click();
  for (const step of STEPS) {
    await page.locator(`[data-step="${step}"]`).click();
    await expect(page.locator('#step-heading')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${step}`).toBeLessThanOrEqual(0);
  }
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? getComputedStyle(el).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
});
