/**
 * The wizard end to end against the built app: a preset to a downloaded template, a mistake shown
 * beside its field and fixed in one click, the path tester, and the whole flow by keyboard only.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const CACHING_DISABLED_ID = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const CLOUDFRONT_ZONE_ID = 'Z2FDTNDATAQYW2';

/** Collects console errors and page errors; each test asserts there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

async function startRestPreset(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: /API only - REST API/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Domain & certificate/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /errors?,|No problems/ })).toBeVisible();
}

test('preset to a downloaded YAML template with CloudFront\'s zone ID and CachingDisabled', async ({ page }) => {
  const errors = watchErrors(page);
  await startRestPreset(page);
  await page.getByRole('button', { name: /^5\b|Review & export/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: /Review & export/ })).toBeVisible();
  const download = page.getByRole('button', { name: 'Download orders-api.yaml' });
  await expect(download).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('orders-api.yaml');
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toContain(CLOUDFRONT_ZONE_ID);
  expect(text).toContain(CACHING_DISABLED_ID);
  // The same config through the CLI gives the very same file: one renderer for the app and the CLI.
  const [configFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download config' }).click()]);
  const cli = execFileSync(process.execPath, ['bin/apifront.mjs', 'render', await configFile.path(), '--format', 'yaml'], { encoding: 'utf8' });
  expect(text).toBe(cli);
  // The JSON tab renders the same template.
  await page.getByRole('tab', { name: 'CloudFormation JSON' }).click();
  await expect(page.getByRole('button', { name: 'Download orders-api.json' })).toBeEnabled();
  await expect(page.locator('pre.code--file').first()).toContainText(`"${CACHING_DISABLED_ID}"`);
  expect(errors).toEqual([]);
});

test('AllViewer shows AF401 beside the field, blocks the download, and its fix removes it', async ({ page }) => {
  const errors = watchErrors(page);
  await startRestPreset(page);
  await page.locator('[data-step="paths"]').click();
  const select = page.locator('#f-defaultBehavior-originRequest');
  await select.selectOption('managed:AllViewer');
  const field = page.locator('.field', { has: select });
  await expect(field.locator('.finding--error')).toContainText('AF401');
  await expect(select).toHaveAttribute('aria-invalid', 'true');
  // The stepper counts it on its step, and the findings panel links to the field.
  await expect(page.locator('[data-step="paths"] .count--error')).toHaveText(/\d+/);
  await expect(page.getByRole('complementary', { name: 'Findings' })).toContainText('AF401');

  // Review: download is blocked, and the error links back to the field.
  await page.locator('[data-step="review"]').click();
  await expect(page.getByRole('button', { name: 'Download orders-api.yaml' })).toBeDisabled();
  await page.locator('.section--errors a', { hasText: 'AF401' }).first().click();
  await expect(select).toBeFocused();

  await field.getByRole('button', { name: 'Use AllViewerExceptHostHeader' }).click();
  await expect(select).toHaveValue('managed:AllViewerExceptHostHeader');
  await expect(field).not.toContainText('AF401');
  await expect(page.getByRole('complementary', { name: 'Findings' })).not.toContainText('AF401');
  expect(errors).toEqual([]);
});

test('the path tester shows the behavior, the upstream URL and what the API answers', async ({ page }) => {
  const errors = watchErrors(page);
  await startRestPreset(page);
  // Routes make the API's answer known.
  await page.locator('[data-step="origin"]').click();
  await page.getByLabel(/^Routes/).fill('GET /users\nPOST /users/{id}');
  await page.locator('[data-step="paths"]').click();
  await page.getByRole('button', { name: 'Refill samples' }).click();
  const tester = page.locator('.tester');
  const first = tester.locator('.tester__item').first();
  await expect(first.getByRole('textbox')).toHaveValue('https://api.example.com/users');
  await expect(first).toContainText('default behavior');
  await expect(first).toContainText('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/users');
  await expect(first.locator('.tester__verdict--ok')).toBeVisible();

  // A path the API does not have: REST answers 403 Missing Authentication Token.
  await first.getByRole('textbox').fill('https://api.example.com/orders');
  await expect(first.locator('.tester__verdict--error')).toContainText('403');
  await expect(first.locator('.tester__verdict--error')).toContainText('Missing Authentication Token');

  // A behavior /api/* sends /api/users on unchanged unless the prefix is stripped.
  await page.getByRole('button', { name: 'Add behavior' }).click();
  await page.locator('#f-behaviors-0-pathPattern').fill('/api/*');
  await first.getByRole('textbox').fill('https://api.example.com/api/users');
  await expect(first).toContainText('behavior 1 (/api/*)');
  await expect(first).toContainText('/prod/api/users');
  await page.getByLabel(/Strip the prefix \/api/).check();
  await expect(first).toContainText('prefix stripped');
  await expect(first.locator('.tester__upstream')).toContainText('amazonaws.com/prod/users');
  await expect(first.locator('.tester__verdict--ok')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the path tester traces a pasted curl command: a forwarded Host is the 403 that AF401 reports', async ({ page }) => {
  const errors = watchErrors(page);
  await startRestPreset(page);
  await page.locator('[data-step="paths"]').click();
  await page.locator('#f-defaultBehavior-originRequest').selectOption('managed:AllViewer');
  const first = page.locator('.tester .tester__item').first();
  await first.getByRole('textbox').fill(`curl -X POST -H 'Authorization: Bearer abc' https://api.example.com/users`);
  // The curl command became method, URL and headers.
  await expect(first.getByRole('combobox')).toHaveValue('POST');
  await expect(first.getByRole('textbox')).toHaveValue('https://api.example.com/users');
  await expect(first.locator('.tester__verdict--error')).toContainText('403');
  await expect(first.locator('.tester__verdict--error')).toContainText('Host api.example.com is forwarded');
  // One click away: what the origin receives, Host and Authorization included.
  await first.getByText('Cache and forwarded headers').click();
  await expect(first.locator('.tester__headers')).toContainText('host: api.example.com');
  await expect(first.locator('.tester__headers')).toContainText('authorization: Bearer abc');
  // A command it cannot read says why.
  await first.getByRole('textbox').fill(`curl 'https://api.example.com/x`);
  await expect(first.locator('.tester__verdict--error')).toContainText('unclosed');
  expect(errors).toEqual([]);
});

test('behaviors can be reordered with the keyboard and by dragging', async ({ page }) => {
  await startRestPreset(page);
  await page.locator('[data-step="paths"]').click();
  for (const pattern of ['/a/*', '/b/*']) {
    await page.getByRole('button', { name: 'Add behavior' }).click();
    await page.locator('.behavior-list__item:last-child input[id$="pathPattern"]').fill(pattern);
  }
  await page.getByRole('button', { name: 'Move behavior 2 /b/* up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.behavior-row__pattern')).toHaveText(['/b/*', '/a/*']);
  await expect(page.getByRole('status').filter({ hasText: 'moved to position 1' })).toBeAttached();
  // And with the pointer: drag the second row's handle onto the first row (editor closed, both rows on screen).
  await page.getByRole('button', { name: /^Close/ }).click();
  await page.locator('.behavior-row').nth(1).locator('.drag-handle').dragTo(page.locator('.behavior-row').nth(0));
  await expect(page.locator('.behavior-row__pattern')).toHaveText(['/a/*', '/b/*']);
});

test('a keyboard-only user can go from the start screen to a downloaded template', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const tabUntil = async (match: (el: { text: string; tag: string }) => boolean, limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', tag: document.activeElement?.tagName ?? '' }));
      if (match(el)) return;
    }
    throw new Error('focus never reached the control');
  };
  await tabUntil((el) => el.text.startsWith('API only - REST API'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Domain & certificate/ })).toBeFocused();
  // Next, Next, Next, Next: each moves focus to the new step's heading.
  for (const title of ['API origin', 'Paths & caching', 'Security & extras', 'Review & export']) {
    await tabUntil((el) => el.tag === 'BUTTON' && el.text.startsWith(`Next: ${title}`), 400);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeFocused();
  }
  await tabUntil((el) => el.text === 'Download orders-api.yaml', 60);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('orders-api.yaml');
  expect(errors).toEqual([]);
});

test('a wizard with 75 behaviors takes typing in the last one (speed: npm run bench:ui)', async ({ page }) => {
  test.setTimeout(120_000);
  // No smooth scrolling: Playwright waits for the button to stop moving before each click.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await startRestPreset(page);
  await page.locator('[data-step="paths"]').click();
  // A CSS locator: role queries scan the whole (large) accessibility tree on every click.
  const add = page.locator('.behavior-list + button');
  for (let i = 0; i < 75; i++) await add.click();
  await expect(page.locator('.behavior-row')).toHaveCount(75);
  const pattern = page.locator('#f-behaviors-74-pathPattern');
  await pattern.click();
  await pattern.press('End');
  const typed = 'orders/v2/items';
  await page.keyboard.type(typed, { delay: 30 });
  await expect(pattern).toHaveValue(`/path75/*${typed}`);
});

test('an invoke URL fills the API origin and says what it understood; malformed and wss:// URLs are refused clearly', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const input = page.getByRole('textbox', { name: 'Invoke URL' });
  await input.fill('wss://abc123defg.execute-api.eu-west-1.amazonaws.com/prod');
  await page.getByRole('button', { name: 'Read URL' }).click();
  await expect(page.locator('.url-form .finding--error')).toContainText('WebSocket APIs are not supported');
  // A malformed URL gets a specific message, and the form stays usable.
  await input.fill('hello world');
  await page.getByRole('button', { name: 'Read URL' }).click();
  await expect(page.locator('.url-form .finding--error')).toContainText('"hello world" is not a URL');
  await input.fill('https://abc.execute-api.eu-west-1.amazonaws.com/prod');
  await page.getByRole('button', { name: 'Read URL' }).click();
  await expect(page.locator('.url-form .finding--error')).toContainText('API ID (10 lower-case letters and digits)');
  await input.fill('https://z9y8x7w6v5.execute-api.ap-southeast-2.amazonaws.com/live/users');
  await page.getByRole('button', { name: 'Read URL' }).click();
  await expect(page.locator('.understood')).toContainText('stage "live"');
  // A REST API's endpoint type is asked, never assumed.
  await page.getByRole('radio', { name: 'Regional' }).check();
  await page.getByRole('button', { name: 'Continue with this API' }).click();
  await page.locator('[data-step="origin"]').click();
  await expect(page.getByRole('textbox', { name: 'API ID' })).toHaveValue('z9y8x7w6v5');
  await expect(page.getByRole('textbox', { name: 'Region' })).toHaveValue('ap-southeast-2');
  await expect(page.getByRole('textbox', { name: 'Stage' })).toHaveValue('live');
  expect(errors).toEqual([]);
});

test('a REST lock-down adds a second template for the API\'s Region, each with its deploy notes', async ({ page }) => {
  const errors = watchErrors(page);
  await startRestPreset(page);
  await page.locator('[data-step="security"]').click();
  await page.getByRole('radio', { name: /WAF rule on the stage/ }).check();
  await page.locator('[data-step="origin"]').click();
  await page.getByRole('checkbox', { name: 'Add a secret verify header' }).check();
  await page.locator('[data-step="review"]').click();
  const files = page.locator('article.file');
  await expect(files).toHaveCount(2);
  await expect(files.nth(0).locator('.file__name')).toContainText('us-east-1');
  await expect(files.nth(1).locator('.file__name')).toContainText('eu-west-1');
  await expect(files.nth(1).locator('.deploy-notes')).toContainText('aws cloudformation deploy --region eu-west-1');
  await expect(files.nth(1).getByRole('button', { name: /^Download / })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('a note that does not apply is silenced with its reason, kept in the config, and checked again on request', async ({ page }) => {
  const errors = watchErrors(page);
  await startRestPreset(page);
  await page.locator('[data-step="review"]').click();
  const panel = page.locator('.findings-panel');
  await expect(panel).toContainText('AF507');
  const section = page.getByRole('region', { name: 'Silenced rules' });
  await section.getByLabel('Rule to silence').selectOption('AF507');
  const silence = section.getByRole('button', { name: 'Silence the rule' });
  // A reason is required: the next reader must know why.
  await expect(silence).toBeDisabled();
  await section.getByLabel('Why it does not apply').fill('The API checks the verify header itself');
  await silence.click();
  await expect(panel).not.toContainText('AF507');
  await expect(section.getByRole('textbox', { name: 'Why AF507 does not apply' })).toHaveValue('The API checks the verify header itself');
  // The suppression is part of the config, so it rides in the template's config file and share link.
  await section.getByRole('button', { name: 'Check AF507 again' }).click();
  await expect(panel).toContainText('AF507');
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});
