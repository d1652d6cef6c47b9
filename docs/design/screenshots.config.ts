import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// Not a test: `npx playwright test --config docs/design/screenshots.config.ts` retakes the pictures
// in this folder from a fresh server on an empty database.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /screenshots\.capture\.ts$/,
  outputDir: '../../test-results/design-screenshots',
  projects: [{ name: 'screenshots' }],
  webServer: base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: '../..' } : base.webServer,
});
