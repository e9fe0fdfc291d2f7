/** Autosave on the built app: survives a reload, "Start over" asks first, and blocked storage is said plainly. */
import { expect, test } from '@playwright/test';
import { choosePreset, collectErrors, openStep } from './share-helpers';

const KEY = 'apifront.autosave.v1';

test('work survives a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await choosePreset(page);
  await openStep(page, /Review & export/);
  await page.getByLabel('Name', { exact: true }).fill('kept-after-reload');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).toContain('"kept-after-reload"');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();
  await openStep(page, /Review & export/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('kept-after-reload');
  await expect(page.getByText('Your work is not saved')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the last edit is saved even when the page is left at once', async ({ page }) => {
  await page.goto('./');
  await choosePreset(page);
  await openStep(page, /Review & export/);
  await page.getByLabel('Name', { exact: true }).fill('left-quickly');
  await page.reload();
  await openStep(page, /Review & export/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('left-quickly');
});

test('"Start over" asks in a dialog, and clears the autosave only when confirmed', async ({ page }) => {
  await page.goto('./');
  await choosePreset(page);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();

  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();

  await page.getByRole('button', { name: 'Start over' }).click();
  await dialog.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByRole('button', { name: /API only - REST API/ })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.reload();
  await expect(page.getByRole('button', { name: /API only - REST API/ })).toBeVisible();
});

test('with storage blocked the app works and says the work is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors = collectErrors(page);
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Your work is not saved' })).toBeVisible();
  await choosePreset(page);
  await openStep(page, /Review & export/);
  await page.getByLabel('Name', { exact: true }).fill('still-works');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('still-works');
  expect(errors).toEqual([]);
});

test('with storage full the app works and says the work is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await choosePreset(page);
  await expect(page.getByRole('status').filter({ hasText: 'Your work is not saved (browser storage is full)' })).toBeVisible();
});

test('a config file opens from the file picker, and a bad one lists its problems', async ({ page }) => {
  await page.goto('./');
  const input = page.getByTestId('config-file-input');
  await input.setInputFiles({
    name: 'bad.apifront.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, origins: [{ id: 'a', type: 'apigateway', api: { kind: 'rest', id: 'x', region: 'eu-west-1' } }], colour: 'red' })),
  });
  const banner = page.getByRole('alert').filter({ hasText: 'bad.apifront.json could not be opened' });
  await expect(banner.getByRole('list', { name: 'Problems' })).toContainText('origins[0].api.stage: required');
  await expect(banner).toContainText('unknown field "colour"');
  await input.setInputFiles({
    name: 'good.apifront.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, name: 'from-file', origins: [{ id: 'a', type: 'apigateway', api: { kind: 'rest', id: 'x', region: 'eu-west-1', stage: 'prod' } }] })),
  });
  await openStep(page, /Review & export/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('from-file');
});

test('a config file dropped on the page opens', async ({ page }) => {
  await page.goto('./');
  const text = JSON.stringify({ version: 1, name: 'dropped', origins: [{ id: 'a', type: 'apigateway', api: { kind: 'http', id: 'x', region: 'eu-west-1', stage: '$default' } }] });
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.apifront.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await openStep(page, /Review & export/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('dropped');
});

test('download writes <name>.apifront.json that opens again', async ({ page }) => {
  await page.goto('./');
  await choosePreset(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download config' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('orders-api.apifront.json');
  const path = await file.path();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear everything' }).click();
  await page.getByTestId('config-file-input').setInputFiles(path);
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();
});
