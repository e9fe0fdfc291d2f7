import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Start from the REST preset and open the review step (the engine loads lazily, so retry the click). */
async function openReview(page: Page): Promise<void> {
  await page.goto('./');
  await expect(async () => {
    await page.getByRole('button', { name: /API only - REST API/ }).click();
    await expect(page.locator('[data-step="review"]')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 45_000 });
  await page.locator('[data-step="review"]').click();
}

test('the CDK tab shows the app files and downloads them as one zip', async ({ page }) => {
  await openReview(page);
  await page.getByRole('tab', { name: 'CDK' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: 'lib/orders-api-stack.ts' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'bin/orders-api.ts' })).toBeVisible();
  await expect(panel.getByText('new cloudfront.Distribution(this, "Distribution", {')).toBeVisible();

  const zipButton = panel.getByRole('button', { name: 'Download orders-api-cdk.zip' });
  await expect(zipButton).toBeEnabled({ timeout: 15_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), zipButton.click()]);
  expect(download.suggestedFilename()).toBe('orders-api-cdk.zip');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(bytes.toString('utf8')).toContain('orders-api-cdk/lib/orders-api-stack.ts');

  const axe = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the Terraform tab shows main.tf and its companions, each downloadable', async ({ page }) => {
  await openReview(page);
  await page.getByRole('tab', { name: 'Terraform' }).click();
  const panel = page.getByRole('tabpanel');
  for (const name of ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf']) {
    await expect(panel.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(panel.getByText('resource "aws_cloudfront_distribution" "distribution" {')).toBeVisible();
  const single = panel.getByRole('button', { name: 'Download versions.tf' });
  await expect(single).toBeEnabled({ timeout: 15_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), single.click()]);
  expect(download.suggestedFilename()).toBe('versions.tf');
  expect(readFileSync(await download.path(), 'utf8')).toContain('source = "hashicorp/aws"');
});

test('a console-built distribution (get-distribution output): findings with JSON pointers, then Terraform to adopt it as code', async ({ page }) => {
  await page.goto('./');
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
  const text = readFileSync(new URL('../fixtures/console/get-distribution.json', import.meta.url), 'utf8');
  await section.getByLabel('Template', { exact: true }).fill(text);
  await section.getByRole('button', { name: 'Check template' }).click();
  const findings = section.locator('.template-check__findings > li');
  await expect(findings.filter({ hasText: 'AF505' })).toContainText('/Distribution/DistributionConfig/CustomErrorResponses');
  await section.getByRole('button', { name: /^Show line 107/ }).first().click();
  await expect(section.locator('[data-line="107"]')).toHaveClass(/template-check__line--active/);

  await section.getByRole('button', { name: 'Open EDFDVBD6EXAMPLE in the wizard' }).click();
  await expect(page.locator('[data-step="review"]')).toBeVisible();
  await page.locator('[data-step="review"]').click();
  await page.getByRole('tab', { name: 'Terraform' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('domain_name = "a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com"')).toBeVisible();
  await expect(panel.getByText('aliases = ["api.example.com"]')).toBeVisible();
});
