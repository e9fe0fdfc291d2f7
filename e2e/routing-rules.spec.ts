import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * The routing-rule editor on the origin step drives the request model: a rule on a header CloudFront
 * forwards sends the path tester's request to another REST API stage, a request without it gets 403.
 */
test('routing rules: edit a rule with the keyboard, see AF219 beside the field, and the path tester follows', async ({ page }) => {
  await page.goto('./');
  await expect(async () => {
    await page.getByRole('button', { name: /API only - REST API/ }).click();
    await expect(page.locator('[data-step="origin"]')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 45_000 });
  await page.locator('[data-step="origin"]').click();

  await page.getByLabel('Reach the API through an API Gateway custom domain').check();
  await page.getByLabel('Custom domain name').fill('api-origin.example.com');
  await page.getByLabel('Routing mode').selectOption('ROUTING_RULE_ONLY');

  // Keyboard only: focus "Add routing rule" and press Enter, then the same for a header condition.
  await page.getByRole('button', { name: 'Add routing rule' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Rule 1 priority')).toHaveValue('10');
  await page.getByRole('button', { name: /Add header condition/ }).focus();
  await page.keyboard.press('Enter');

  // A header API Gateway refuses as a condition: AF219 says so beside the field (fact 187).
  await page.getByLabel('Rule 1 header 1 name').fill('Authorization');
  await page.getByLabel('Rule 1 header 1 value').fill('beta*');
  await expect(page.getByText(/API Gateway does not accept Authorization as a routing condition/).first()).toBeVisible();
  await page.getByLabel('Rule 1 header 1 name').fill('X-Version');
  await expect(page.getByText(/does not accept Authorization/)).toHaveCount(0);
  await page.getByLabel('Rule 1 target REST API ID').fill('z9y8x7w6v5');
  await page.getByLabel('Rule 1 target stage').fill('v2');
  // Two header conditions at most: the button says so once both are there.
  await page.getByRole('button', { name: /Add header condition/ }).click();
  await expect(page.getByRole('button', { name: /Add header condition \(two at most\)/ })).toBeDisabled();
  await page.getByRole('button', { name: 'Remove header condition 2 of rule 1' }).click();

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.locator('[data-step="paths"]').click();
  const sample = page.locator('.tester__item').first();
  await sample.getByLabel('Viewer URL of sample 1').fill('https://api.example.com/users');
  // No X-Version header: no rule matches, and ROUTING_RULE_ONLY has no API mapping to fall back to.
  await expect(sample.getByText(/no rule matches: 403 Forbidden/)).toBeVisible();
  await expect(sample.getByText(/Rule 10: the request has no X-Version header/)).toBeVisible();
  await expect(sample.locator('.tester__verdict strong').first()).toHaveText(/^403/);

  await sample.getByText('Request headers').click();
  await sample.getByLabel(/One per line/).fill('X-Version: beta-1');
  await expect(sample.locator('.tester__routing')).toContainText('stage v2 of API z9y8x7w6v5');
  await expect(sample.locator('.tester__verdict strong').first()).toHaveText(/^200 or 403/);

  // The rule's priority link takes the user back to the rule on the origin step.
  await sample.locator('.tester__routing').getByRole('button', { name: 'rule 10' }).click();
  await expect(page.getByLabel('Rule 1 priority')).toBeFocused();
});
