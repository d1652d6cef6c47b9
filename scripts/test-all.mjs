import { buildIsCurrent } from './lib/build-state.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { run } from './lib/run.mjs';
import { runParallel } from './lib/run-parallel.mjs';

// The whole gate, in the order that fails fastest: lint, types, unit tests, content, build, browser journeys.
const steps = [
  ['lint', () => run('node_modules/.bin/biome', ['lint', '.'])],
  ['typecheck', () => run('node_modules/.bin/tsc', ['--noEmit'])],
  ['unit tests', () => run('node_modules/.bin/vitest', ['run'])],
  ['render budget', () => run('node_modules/.bin/vitest', ['run', '--config', 'vitest.speed.config.ts'])],
  ['content check', () => run('node_modules/.bin/tsx', ['scripts/content-check.ts'])],
  ['build', () => buildIsCurrent() || run(process.execPath, ['scripts/build.mjs'])],
];

const playwright = 'node_modules/.bin/playwright';
// With TEST_DATABASE_URL (CI sets it) the unit tests cover PostgreSQL too, and the journeys run again on
// it, after the embedded run; JOURNEYS_SIDE_BY_SIDE=1 runs the two at once on two ports, which is
// faster on a machine with cores to spare but, on two busy cores, slower and prone to timeouts.
// With TEST_DATABASE_APP_URL as well (CI sets both) that server runs as the least-privileged
// application role, and TEST_DATABASE_URL's role owns the database and migrates it.
const appUrl = process.env.TEST_DATABASE_APP_URL;
const postgres = appUrl
  ? { DATABASE_URL: appUrl, DATABASE_OWNER_URL: process.env.TEST_DATABASE_URL, E2E_PORT: '3101' }
  : { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_OWNER_URL: '', E2E_PORT: '3101' };
// With both roles (CI), two servers of the build run side by side on a database, an S3 store and a
// mail server of their own, set up as the README's "Running several instances" says, and must share
// sessions, evidence, rate limits and the job queue (scripts/two-instances.ts, about a minute).
if (appUrl && process.env.TEST_DATABASE_URL) {
  steps.push(['two instances (PostgreSQL, S3)', () => run('node_modules/.bin/tsx', ['scripts/two-instances.ts'])]);
}
if (!process.env.TEST_DATABASE_URL) {
  steps.push([
    'browser journeys (embedded database)',
    () => {
      ensureChromium();
      return run(playwright, ['test']);
    },
  ]);
} else if (!process.env.JOURNEYS_SIDE_BY_SIDE) {
  steps.push(
    [
      'browser journeys (embedded database)',
      () => {
        ensureChromium();
        return run(playwright, ['test']);
      },
    ],
    ['browser journeys (PostgreSQL)', () => run(playwright, ['test'], postgres)],
  );
} else {
  steps.push([
    'browser journeys (embedded database and PostgreSQL, side by side)',
    async () => {
      ensureChromium();
      const failed = await runParallel([
        { label: 'embedded', command: playwright, args: ['test'], env: { E2E_PORT: '3100' } },
        { label: 'postgres', command: playwright, args: ['test'], env: postgres },
      ]);
      if (failed.length > 0) console.error(`journeys failed on: ${failed.join(', ')}`);
      return failed.length === 0;
    },
  ]);
}

let passed = 0;
for (const [name, step] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  if (!(await step())) {
    console.error(`\n✗ ${name} failed after ${Math.round((Date.now() - started) / 1000)} s`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed += 1;
  console.log(`✓ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}
console.log(`steps: ${passed} passed, 0 failed`);
