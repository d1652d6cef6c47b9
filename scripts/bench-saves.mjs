import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { budgets } from './lib/budgets.mjs';
import { buildIsCurrent } from './lib/build-state.mjs';
import { concurrently, LEARNER_PAUSE_MS, percentiles, saveRequests, signIn } from './lib/load-bench.mjs';
import { run } from './lib/run.mjs';
import { startServer, stopServer } from './lib/server.mjs';

// The two autosave budgets alone (formative save, summative answer save: p95 at 20 learners on the
// embedded database), measured exactly as `npm run bench` does but without the clean build, the
// page weights, the 10,000-learner crowd or the PDFs: about a minute instead of many. For checking
// a change on the save path (such as how sessions are read). BENCH_PORT picks the port (3202).
ensureChromium();
// It measures the build in .next as it is, so an older build can be compared with a newer one.
if (!buildIsCurrent()) console.warn('Note: the sources changed since .next was built; this measures the older build.');
const port = Number(process.env.BENCH_PORT ?? 3202);
const baseUrl = `http://localhost:${port}`;
const dataDir = `.data-bench-saves-${port}`;
rmSync(dataDir, { recursive: true, force: true });
const env = { DATA_DIR: dataDir, SIGN_IN_LIMIT: '1000/60', BETTER_AUTH_URL: baseUrl, BENCH_CROWD: '0' };
if (!run('node_modules/.bin/tsx', ['scripts/bench-seed.ts'], env)) process.exit(1);
const seed = JSON.parse(readFileSync(path.join(dataDir, 'bench-seed.json'), 'utf8'));

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const server = await startServer(port, env);
try {
  const learners = [];
  for (const learner of seed.learners) learners.push({ ...learner, cookie: await signIn(browser, baseUrl, learner.email, seed.password) });
  const { formativeRequest, answerRequest } = saveRequests(baseUrl);
  await concurrently(learners.slice(0, 1), 3, formativeRequest);
  await concurrently(learners.slice(0, 1), 3, answerRequest);
  const formative = percentiles(await concurrently(learners, 25, formativeRequest, LEARNER_PAUSE_MS));
  const saveAnswer = percentiles(await concurrently(learners, 25, answerRequest, LEARNER_PAUSE_MS));
  const saturatedFormative = percentiles(await concurrently(learners, 10, formativeRequest));
  const saturatedAnswer = percentiles(await concurrently(learners, 10, answerRequest));
  console.log(`formative save, ${learners.length} learners: p50 ${formative.p50} ms, p95 ${formative.p95} ms (budget ${budgets.formativeSaveMs}), n=${formative.n}`);
  console.log(`summative answer save: p50 ${saveAnswer.p50} ms, p95 ${saveAnswer.p95} ms (budget ${budgets.submitMs}), n=${saveAnswer.n}`);
  console.log(`saturated (no pause): formative p95 ${saturatedFormative.p95} ms, answer p95 ${saturatedAnswer.p95} ms`);
} finally {
  await stopServer(server);
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
}
