import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The 2025-26 options in the wizard: pricing plan and origin mTLS reach the findings and the console steps. */
test('pricing plan and origin mTLS: a finding beside the field, and the console steps follow', async ({ page }) => {
  await page.goto('./');
  await expect(async () => {
    await page.getByRole('button', { name: /API only - REST API/ }).click();
    await expect(page.locator('[data-step="security"]')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 45_000 });
  await page.locator('[data-step="security"]').click();

  await page.getByLabel('CloudFront pricing plan').selectOption('pro');
  await page.getByRole('radio', { name: /Origin mutual TLS/ }).check();
  const certificate = page.getByLabel('Client certificate ARN for API api');
  await expect(certificate).toBeVisible();
  // Pro has no origin mTLS (fact 169): the error is shown beside the plan field.
  await expect(page.getByText(/The pro plan does not include origin mutual TLS/).first()).toBeVisible();
  await certificate.fill('arn:aws:acm:us-east-1:123456789012:certificate/cf-client');
  await page.getByLabel('CloudFront pricing plan').selectOption('business');
  await expect(page.getByText(/The pro plan does not include origin mutual TLS/)).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.locator('[data-step="review"]').click();
  await page.getByRole('tab', { name: 'Console steps' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: /Create distribution - choose a plan/ })).toBeVisible();
  await expect(panel.getByText(/Business \(flat-rate\)/).first()).toBeVisible();
  await expect(panel.getByText(/Mutual TLS \(origin\)/).first()).toBeVisible();
});
