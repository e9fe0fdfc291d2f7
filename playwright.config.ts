import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (the machine cannot fetch one).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Several checkouts on one machine can run their e2e at once on different ports.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  // The CLI bundle the e2e tests compare against is built once, from this checkout.
  globalSetup: './scripts/vitest-global-setup.mjs',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
