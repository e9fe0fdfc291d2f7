/** Helpers for the share, autosave and XSS specs: configs and links built with the real CLI and codec. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import * as lzNamespace from 'lz-string';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

type LzString = typeof lzNamespace;
const lz: LzString = (lzNamespace as unknown as { default?: LzString }).default ?? lzNamespace;

/** A fragment carrying any JSON text, as a foreign or hostile link would. */
export function fragmentOf(json: string, version = '1'): string {
  return `c=${version}.${Buffer.from(lz.compressToUint8Array(json)).toString('base64url')}`;
}

/** `node bin/apifront.mjs link CONFIG --base BASE`: the fragment of the link (after `#`). */
export function linkFragment(config: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'apifront-e2e-')), 'config.json');
  writeFileSync(file, JSON.stringify(config));
  const link = execFileSync(process.execPath, [join(root, 'bin', 'apifront.mjs'), 'link', file, '--base', `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`], { cwd: root, encoding: 'utf8' });
  return link.trim().split('#')[1] ?? '';
}

/** The REST "API only" preset as a user would write it. */
export function restConfig(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    name: 'orders-api',
    origins: [{ id: 'api', type: 'apigateway', api: { kind: 'rest', endpoint: 'regional', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } }],
    ...overrides,
  };
}

/** Collects console errors and page errors; check with `expect(errors).toEqual([])`. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function choosePreset(page: Page, label = /API only - REST API/): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();
}

export async function openStep(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: label }).click();
}

/** The first rendered template on the review step (YAML tab). */
/**
 * The YAML shown in the review step. The preview follows edits a moment later (it renders in a
 * worker), so pass text the current config must show to wait for it.
 */
export async function templateText(page: Page, mustContain = 'AWSTemplateFormatVersion'): Promise<string> {
  const pre = page.locator('pre.code[aria-label$=" contents"]').first();
  await expect(pre).toContainText('AWSTemplateFormatVersion');
  await expect(pre).toContainText(mustContain);
  return (await pre.textContent()) ?? '';
}
