import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const fixture = (name: string) => new URL(`../fixtures/templates/${name}`, import.meta.url);

test.describe('Check an existing template', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
  });

  test('pasted template: findings beside numbered lines, then open in the wizard', async ({ page }) => {
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
    await section.getByLabel('Template', { exact: true }).fill(readFileSync(fixture('classic-rest-forwarded-values.yaml'), 'utf8'));
    await section.getByRole('button', { name: 'Check template' }).click();
    await expect(section.getByRole('heading', { level: 4 })).toContainText(/finding/);
    const source = section.getByRole('region', { name: 'Template with line numbers' });
    await expect(source).toContainText('Type: AWS::CloudFront::Distribution');
    const lineButtons = section.getByRole('button', { name: /^Show line \d+/ });
    if ((await lineButtons.count()) > 0) {
      const label = (await lineButtons.first().getAttribute('aria-label')) ?? '';
      const line = /Show line (\d+)/.exec(label)?.[1];
      await lineButtons.first().click();
      await expect(source.locator(`[data-line="${line}"]`)).toHaveClass(/template-check__line--active/);
    }
    await expect(section.getByText(/values known only after deploying/)).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('.template-check').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await section.getByRole('button', { name: 'Open Distribution in the wizard' }).click();
    await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
  });

  test('Open in wizard: what the template knows only at deploy time is an empty field marked, never a placeholder', async ({ page }) => {
    // API ID, Region and stage are parameters without defaults; Host is not forwarded.
    const corpus = new URL('../fixtures/corpus/rynop-single-apig-custom-domain.yaml', import.meta.url);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
    await section.getByLabel('Template', { exact: true }).fill(readFileSync(corpus, 'utf8'));
    await section.getByRole('button', { name: 'Check template' }).click();
    await expect(section.getByText(/open as empty fields marked/)).toBeAttached();
    await section.getByRole('button', { name: /^Open .* in the wizard$/ }).click();
    await page.locator('[data-step="origin"]').click();
    const apiId = page.getByRole('textbox', { name: 'API ID' });
    await expect(apiId).toHaveValue('');
    // The mark names the parameter and the line, and is read with the field.
    await expect(apiId).toHaveAccessibleDescription(/From the template \(line \d+\): ApiGatewayId\. Known only at deploy time/);
    await expect(page.getByRole('textbox', { name: 'Stage' })).toHaveValue('');
    await expect(page.getByText(/From the template \(line 53\): Stage\./)).toBeVisible();
    // An empty field not yet visited is not red.
    await expect(apiId).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field__from-template--check').first()).toContainText('not stated there, so this is a guess');
    await expect(page.locator('main')).not.toContainText('{ApiGatewayId}');
    // Typing the value settles the mark; the origin path follows the stage entered.
    await apiId.fill('a1b2c3d4e5');
    await expect(apiId).not.toHaveAccessibleDescription(/From the template/);
    await page.getByRole('textbox', { name: 'Stage' }).fill('prod');
    await expect(page.getByText(/From the template \(line 53\)/)).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('malformed YAML: the message names the line and the line is marked', async ({ page }) => {
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
    await section.getByLabel('Template', { exact: true }).fill('Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n   Bad: [1\n');
    await section.getByRole('button', { name: 'Check template' }).click();
    await expect(section.getByRole('alert')).toContainText(/line 4/);
    await expect(section.locator('[data-line="4"]')).toHaveClass(/template-check__line--error/);
  });

  test('an opened file is checked at once; with two distributions, choose one', async ({ page }) => {
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Check an existing template' }) });
    await section.locator('input[type="file"]').setInputFiles(fixture('two-distributions-spa.yaml').pathname);
    await expect(section.getByText('two-distributions-spa.yaml')).toBeVisible();
    // Opening the file checks it: no second click (issue 12, item 9).
    const select = section.getByLabel('Distribution', { exact: true });
    await expect(select).toHaveValue('SiteDistribution');
    await select.selectOption('ApiDistribution');
    await expect(section.getByRole('button', { name: 'Open ApiDistribution in the wizard' })).toBeVisible();
  });
});
