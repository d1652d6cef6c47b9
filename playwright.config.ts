import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// The auth library refuses requests whose origin differs from its base URL: one host name everywhere.
const baseURL = `http://localhost:${port}`;

// Pages whose behaviour does not depend on the database (markup, policy headers, keyboard, layout,
// static lessons and tools). They run on the embedded database; the PostgreSQL run (DATABASE_URL set)
// repeats only the journeys that read and write data, where the two databases can differ.
const SAME_ON_EVERY_DATABASE = /(accessibility|content-security-policy|course-navigation|keyboard|narrow-screens|responsive|sla-tools)\.spec\.ts/;
const onPostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  testDir: 'e2e',
  // One folder per server port, so two runs side by side (embedded and PostgreSQL) never clear each other's results.
  outputDir: `test-results/port-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A test's own budget, not a speed check: CI machines have been seen running the same journeys
  // three times slower than a quiet one (static pages included), and a passing test never waits
  // for these limits, so they are generous enough to hold on such a machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // Journeys watch and change the network with page.route, which a service worker would answer
    // around; the offline journeys (e2e/offline.spec.ts) allow it, as they are about the worker.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // A fake microphone and camera, granted without a prompt, for the role-play recorder.
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: onPostgres ? [/responsive\.spec\.ts/, SAME_ON_EVERY_DATABASE] : /responsive\.spec\.ts/ },
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      testMatch: /responsive\.spec\.ts/,
      testIgnore: onPostgres ? SAME_ON_EVERY_DATABASE : [],
    },
  ],
  webServer: {
    command: 'node scripts/serve-e2e.mjs',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', E2E_PORT: String(port) },
  },
});
