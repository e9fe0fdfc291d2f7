/** Share links on the built app: share -> open elsewhere -> same template; every kind of bad link is reported. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { choosePreset, collectErrors, fragmentOf, linkFragment, openStep, restConfig, templateText } from './share-helpers';

test('a shared link opens the same configuration on the review step in a fresh browser', async ({ page, browser }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await choosePreset(page);
  await openStep(page, /Review & export/);
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('shared-api');
  const yaml = await templateText(page, '# shared-api: CloudFront distribution');
  await page.getByRole('button', { name: 'Share link' }).click();
  const field = page.getByLabel(/^Share link \(\d+ characters\)/);
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${process.env.E2E_PORT ?? 4173}/#c=1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{3}$`));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(link);
  await expect(other.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /Review & export/ })).toHaveAttribute('aria-current', 'step');
  expect(await templateText(other, '# shared-api: CloudFront distribution')).toBe(yaml);
  await expect(other.getByLabel('Name', { exact: true })).toHaveValue('shared-api');
  // Read once: the fragment is gone from the address bar, so a reload does not apply it again.
  expect(new URL(other.url()).hash).toBe('');
  await fresh.close();
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('the "API only" link stays within 400 characters', async ({ page }) => {
  await page.goto('./');
  await choosePreset(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel(/^Share link \(\d+ characters\)/).inputValue();
  expect(link.length).toBeLessThanOrEqual(400);
});

test('secret-looking header values are left out of the link, with a note', async ({ page }) => {
  await page.goto('./');
  // A config with a secret in a plain custom header, opened from a file.
  await page.getByTestId('config-file-input').setInputFiles({
    name: 'secret.apifront.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(restConfig({ origins: [{ ...restConfig().origins[0], customHeaders: [{ name: 'x-api-key', value: 'sk_live_123' }] }] }))),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Opened secret.apifront.json' })).toBeVisible();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel(/^Share link \(\d+ characters\)/).inputValue();
  expect(link).not.toContain('sk_live');
  await expect(page.getByText(/Left out a value that looks secret: origins\[0\]\.customHeaders\[0\]\.value/)).toBeVisible();
});

const payload = () => linkFragment(restConfig()).slice('c=1.'.length);

const BAD_LINKS: { name: string; fragment: () => string; says: RegExp }[] = [
  { name: 'truncated', fragment: () => `c=1.${payload().slice(0, 101)}`, says: /damaged|incomplete|cut off/ },
  { name: 'altered', fragment: () => `c=1.${payload().slice(0, 30)}%22'<b>${payload().slice(34)}`, says: /damaged/ },
  { name: 'wrong version', fragment: () => `c=0.${payload()}`, says: /Link format 0 does not exist/ },
  { name: 'future version', fragment: () => `c=3.${payload()}`, says: /newer apifront \(link format 3\)/ },
  { name: 'random bytes', fragment: () => `c=1.${Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 97 + 13) % 256)).toString('base64url')}`, says: /damaged/ },
  {
    name: 'a valid payload of an invalid config',
    fragment: () => fragmentOf(JSON.stringify({ origins: [{ id: 'api', api: { kind: 'soap', id: 'x', region: 'r', stage: 's' } }], behaviours: [] })),
    says: /cannot use/,
  },
  { name: '200 KB', fragment: () => `c=1.${'A'.repeat(200_000)}`, says: /too long/ },
];

for (const bad of BAD_LINKS) {
  test(`bad link (${bad.name}): a banner, and the wizard stays usable`, async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(`./#${bad.fragment()}`);
    const banner = page.getByRole('alert').filter({ hasText: 'This link could not be opened' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(bad.says);
    if (bad.name.includes('invalid config')) {
      await expect(banner.getByRole('list', { name: 'Problems' })).toContainText('origins[0].api.kind: must be one of');
      await expect(banner).toContainText('unknown field "behaviours"');
    }
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
    await choosePreset(page);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('a bad link leaves autosaved work untouched', async ({ page }) => {
  await page.goto('./');
  await choosePreset(page);
  await openStep(page, /Review & export/);
  await page.getByLabel('Name', { exact: true }).fill('my-work');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('apifront.autosave.v1') ?? '')).toContain('"my-work"');
  const saved = await page.evaluate(() => localStorage.getItem('apifront.autosave.v1'));
  await page.goto('about:blank');
  await page.goto(`./#c=9.AAAA`);
  await expect(page.getByRole('alert')).toContainText(/Your autosaved work is unchanged/);
  await openStep(page, /Review & export/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('my-work');
  expect(await page.evaluate(() => localStorage.getItem('apifront.autosave.v1'))).toBe(saved);
});

test('a link never replaces different autosaved work without asking', async ({ page }) => {
  await page.goto('./');
  await choosePreset(page);
  await openStep(page, /Review & export/);
  await page.getByLabel('Name', { exact: true }).fill('my-work');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('apifront.autosave.v1') ?? '')).toContain('"my-work"');
  const link = linkFragment(restConfig({ name: 'from-the-link' }));

  await page.goto('about:blank');
  await page.goto(`./#${link}`);
  const ask = page.getByRole('alert').filter({ hasText: 'different configuration' });
  await expect(ask).toContainText('from-the-link');
  await ask.getByRole('button', { name: 'Keep my work' }).click();
  await openStep(page, /Review & export/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('my-work');

  await page.goto('about:blank');
  await page.goto(`./#${link}`);
  await page.getByRole('button', { name: 'Open the link (replace my work)' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('from-the-link');
});

test('the banner, the share panel and the start-over dialog pass axe', async ({ page }) => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  await page.goto(`./#${fragmentOf(JSON.stringify({ origins: [{ id: 'a', api: { kind: 'soap' } }] }))}`);
  await expect(page.getByRole('alert')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.load-banner').withTags(tags).analyze()).violations).toEqual([]);
  await choosePreset(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByLabel(/^Share link \(\d+ characters\)/)).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.share-panel').withTags(tags).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.app-dialog').withTags(tags).analyze()).violations).toEqual([]);
});
