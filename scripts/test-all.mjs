import { buildIsCurrent } from './lib/build-state.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { run } from './lib/run.mjs';

// The whole gate, in the order that fails fastest: lint, types, unit tests, content, build, browser journeys.
const steps = [
  ['lint', () => run('node_modules/.bin/biome', ['lint', '.'])],
  ['typecheck', () => run('node_modules/.bin/tsc', ['--noEmit'])],
  ['unit tests', () => run('node_modules/.bin/vitest', ['run'])],
  ['render budget', () => run('node_modules/.bin/vitest', ['run', '--config', 'vitest.speed.config.ts'])],
  ['content check', () => run('node_modules/.bin/tsx', ['scripts/content-check.ts'])],
  ['build', () => buildIsCurrent() || run(process.execPath, ['scripts/build.mjs'])],
  [
    'browser journeys (embedded database)',
    () => {
      ensureChromium();
      return run('node_modules/.bin/playwright', ['test']);
    },
  ],
];

// With TEST_DATABASE_URL (CI sets it) the unit tests cover PostgreSQL too, and the journeys run again on it.
// With TEST_DATABASE_APP_URL as well (CI sets both) the server runs as that least-privileged role and
// TEST_DATABASE_URL's role owns the database and migrates it.
if (process.env.TEST_DATABASE_URL) {
  const appUrl = process.env.TEST_DATABASE_APP_URL;
  const roles = appUrl ? { DATABASE_URL: appUrl, DATABASE_OWNER_URL: process.env.TEST_DATABASE_URL } : { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_OWNER_URL: '' };
  steps.push(['browser journeys (PostgreSQL)', () => run('node_modules/.bin/playwright', ['test'], { ...roles, E2E_PORT: '3101' })]);
}

let passed = 0;
for (const [name, step] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  if (!step()) {
    console.error(`\n✗ ${name} failed after ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed += 1;
  console.log(`✓ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}
console.log(`steps: ${passed} passed, 0 failed`);
