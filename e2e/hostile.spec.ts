/**
 * Hostile input in the built app (issue 15): configs from an autosave that once blanked the wizard or
 * froze the tab, two tabs editing at once, an autosave this version cannot read, and a sample of
 * generated schema-valid configs opened on every step and review tab.
 */
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { arbitraryConfig } from '../src/core/testing/arbitrary';
import { collectErrors, restConfig } from './share-helpers';

const KEY = 'apifront.autosave.v1';
const UNREADABLE_KEY = `${KEY}.unreadable`;
const STEPS = [/Domain & certificate/, /API origin/, /Paths & caching/, /Security & extras/, /Review & export/];
const TABS = ['CloudFormation YAML', 'CloudFormation JSON', 'Console steps', 'Test it'];

/** Open the app with this text as the autosave (set before any script of the page runs). */
async function openWithAutosave(page: Page, text: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key as string, value as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, text],
  );
  await page.goto('./');
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();
}

/** Every step, and every tab of the review step, renders without a step failure. */
async function visitEverything(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Wizard steps' });
  for (const step of STEPS) {
    await nav.getByRole('button', { name: step }).click();
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.getByTestId('step-failure')).toHaveCount(0);
  }
  for (const tab of TABS) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expect(page.getByTestId('step-failure')).toHaveCount(0);
  }
}

test('routes the text field cannot express open on the API step (was React #301)', async ({ page }) => {
  const errors = collectErrors(page);
  const routes = [
    { method: 'GET', path: 'orders/{id}' },
    { method: 'GET', path: '/a b' },
    { method: 'POST', path: '' },
    { method: 'ANY', path: '/{proxy+}/x' },
  ];
  const config = restConfig({ origins: [{ id: 'api', type: 'apigateway', api: { kind: 'rest', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod', routes } }] });
  await openWithAutosave(page, JSON.stringify(config));
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /API origin/ }).click();
  await expect(page.getByRole('textbox', { name: /Routes/ })).toHaveValue(/GET orders\/\{id\}/);
  await expect(page.getByTestId('step-failure')).toHaveCount(0);
  expect(errors.filter((e) => /Too many re-renders|#301/.test(e))).toEqual([]);
});

for (const br of ['\r', '\u2028', '\u2029']) {
  test(`a ${JSON.stringify(br)} in the name and a pattern does not freeze the Console steps or Test it tab`, async ({ page }) => {
    const config = restConfig({ name: `orders${br}api`, behaviors: [{ pathPattern: `/v1${br}x/*`, originId: 'api' }] });
    await openWithAutosave(page, JSON.stringify(config));
    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /Review & export/ }).click();
    for (const tab of ['Console steps', 'Test it']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel')).toContainText('orders', { timeout: 10_000 });
    }
  });
}

test('an autosave this version cannot read is kept apart, not overwritten by the next preset', async ({ page }) => {
  const future = JSON.stringify({ version: 99, name: 'from-the-future' });
  await page.addInitScript(([key, value]) => void (sessionStorage.getItem('seeded') ?? (localStorage.setItem(key as string, value as string), sessionStorage.setItem('seeded', '1'))), [KEY, future]);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Your autosaved work could not be restored' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download it' })).toBeVisible();
  await page.getByRole('button', { name: /API only - REST API/ }).click();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).toContain('"orders-api"');
  expect(await page.evaluate((key) => localStorage.getItem(key), UNREADABLE_KEY)).toBe(future);
  await page.getByRole('button', { name: 'Discard it' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), UNREADABLE_KEY)).toBeNull();
});

test('two tabs: the other tab\'s newer work is never overwritten unasked', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('./');
  await first.getByRole('button', { name: /API only - REST API/ }).click();
  await expect.poll(() => first.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).toContain('"orders-api"');
  const second = await context.newPage();
  await second.goto('./');
  await expect(second.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();

  // Tab 2 edits and saves; tab 1 is told, and saves nothing until the user answers.
  await second.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /Review & export/ }).click();
  await second.getByLabel('Name', { exact: true }).fill('edited-in-tab-two');
  await expect.poll(() => second.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).toContain('"edited-in-tab-two"');
  await expect(first.getByRole('heading', { name: 'Your work was changed in another tab' })).toBeVisible();
  await first.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /Review & export/ }).click();
  await first.getByLabel('Name', { exact: true }).fill('edited-in-tab-one');
  await first.waitForTimeout(800);
  expect(await first.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).toContain('"edited-in-tab-two"');
  // Asked, tab 1 may keep its own work.
  await first.getByRole('button', { name: /Keep this tab/ }).click();
  await expect.poll(() => first.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).toContain('"edited-in-tab-one"');
  await expect(second.getByRole('heading', { name: 'Your work was changed in another tab' })).toBeVisible();
  await second.getByRole('button', { name: /Load the other tab/ }).click();
  await expect(second.getByLabel('Name', { exact: true })).toHaveValue('edited-in-tab-one');
});

// A small sample of generated configs (the schema accepts them all), each opened on every step. The
// seed changes daily (every worker process must draw the same sample) and is in the title for replay.
const seed = Number(process.env.FC_SEED ?? Math.floor(Date.now() / 86_400_000));
const samples = fc.sample(arbitraryConfig(), { numRuns: Number(process.env.E2E_SAMPLES ?? 4), seed });
test.describe(`generated configs (seed ${seed}; replay with FC_SEED=${seed})`, () => {
  samples.forEach((config, i) => {
    test(`sample ${i + 1} opens every step and review tab`, async ({ page }) => {
      const errors = collectErrors(page);
      await openWithAutosave(page, JSON.stringify(config));
      await visitEverything(page);
      expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    });
  });
});
