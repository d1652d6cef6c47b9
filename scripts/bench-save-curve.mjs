import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { buildIsCurrent } from './lib/build-state.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { resetPostgres } from './lib/reset-postgres.mjs';
import { run } from './lib/run.mjs';
import { describeSaveCurve, measureSaveCurve } from './lib/save-curve.mjs';
import { startServer, stopServer } from './lib/server.mjs';

// The save capacity curve alone (1, 20, 50, 100 and 200 learners saving), on the embedded database and,
// with BENCH_DATABASE_URL, on PostgreSQL: what `npm run bench` reports, in a few minutes instead
// of many. Measures the build in .next as it is. BENCH_PORT picks the port (3203).
ensureChromium();
if (!buildIsCurrent()) console.warn('Note: the sources changed since .next was built; this measures the older build.');
const port = Number(process.env.BENCH_PORT ?? 3203);
const baseUrl = `http://localhost:${port}`;
const postgresUrl = process.env.BENCH_DATABASE_URL ?? null;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const kind of postgresUrl ? ['pglite', 'postgres'] : ['pglite']) {
  const dataDir = `.data-bench-curve-${kind}`;
  rmSync(dataDir, { recursive: true, force: true });
  const env = { DATA_DIR: dataDir, SIGN_IN_LIMIT: '1000/60', BETTER_AUTH_URL: baseUrl, BENCH_CROWD: '0', BENCH_LEARNERS: '200', ...(kind === 'postgres' ? { DATABASE_URL: postgresUrl } : {}) };
  if (kind === 'postgres') await resetPostgres(postgresUrl);
  if (!run('node_modules/.bin/tsx', ['scripts/bench-seed.ts'], env)) process.exit(1);
  const seed = JSON.parse(readFileSync(path.join(dataDir, 'bench-seed.json'), 'utf8'));
  const server = await startServer(port, env);
  try {
    const curve = await measureSaveCurve(browser, baseUrl, seed);
    console.log(describeSaveCurve(kind, curve));
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
await browser.close();
