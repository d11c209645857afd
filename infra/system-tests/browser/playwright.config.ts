import { defineConfig } from '@playwright/test';
import { fixture } from './support/fixture';

/**
 * Run by BrowserJourneysIT (infra/system-tests), which starts the whole platform, prepares each journey's data and
 * writes the fixture file this reads (BROWSER_FIXTURE). Debian's Chromium, never a downloaded browser
 * (../shared/STACK.md): headless, no sandbox (root), no background networking in the closed network.
 */
export default defineConfig({
  testDir: './journeys',
  outputDir: '../target/browser-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: fixture().gateway,
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
});
