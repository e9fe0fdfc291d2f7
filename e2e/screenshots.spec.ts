/**
 * Screenshots of every screen at phone and desktop width, light and dark, into screenshots/
 * (git-ignored), for looking at the design. Also checks there is no horizontal scrolling.
 */
import { expect, test, type Page } from '@playwright/test';

const STEPS = ['domain', 'origin', 'paths', 'security', 'review'] as const;
const SIZES = [
  { name: '375', width: 375, height: 812 },
  { name: '1280', width: 1280, height: 900 },
] as const;

async function startFromPreset(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: /API only - REST API/ }).click();
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`screens at ${size.name} px, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto('./');
      await expect(page.getByRole('button', { name: /API only - REST API/ })).toBeVisible();
      await page.screenshot({ path: `screenshots/start-${size.name}-${scheme}.png`, fullPage: true });
      await startFromPreset(page);
      for (const step of STEPS) {
        await page.locator(`[data-step="${step}"]`).click();
        await expect(page.locator('#step-heading')).toBeVisible();
        if (step === 'paths') {
          // Show a behavior editor open too.
          await page.getByRole('button', { name: 'Add behavior' }).click();
        }
        if (step === 'review') await expect(page.locator('pre.code--file').first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal scroll on ${step}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `screenshots/${step}-${size.name}-${scheme}.png`, fullPage: true });
        if (size.width < 600) {
          // Phone-sized slices of the long page, readable at full resolution.
          const total = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, part = 1; y < total && part <= 6; y += size.height, part++) {
            const clip = { x: 0, y, width: size.width, height: Math.min(size.height, total - y) };
            await page.screenshot({ path: `screenshots/${step}-${size.name}-${scheme}-part${part}.png`, fullPage: true, clip });
          }
        }
      }
    });
  }
}
