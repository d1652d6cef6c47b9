import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { budgets, verdict } from './lib/budgets.mjs';
import { recordBuild } from './lib/build-state.mjs';
import { bundlePdfWorker } from './lib/bundle-pdf-worker.mjs';
import { run } from './lib/run.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';
import { measureLessonLighthouse, printLessonLighthouse } from './lib/lesson-lighthouse.mjs';
import { writePlainLessonPages } from './lib/plain-lesson-pages.mjs';
import { measureDatabaseLoad, signIn } from './lib/load-bench.mjs';
import { measurePdfLoad } from './lib/pdf-bench.mjs';
import { measurePageWeights } from './lib/page-weight.mjs';
import { describeSaveCurve, measureSaveCurve } from './lib/save-curve.mjs';
import { resetPostgres } from './lib/reset-postgres.mjs';
import { residentMemoryMb, startServer, stopServer } from './lib/server.mjs';

// Measures what ARCHITECTURE.md §7 budgets: a clean build, page weight as a real browser receives it,
// and the server's memory afterwards. Prints a table and writes bench/results.json.
ensureChromium();
// The server's memory is budgeted at rest: PDF threads stop after a minute idle, so wait a little longer.
const REST_MS = 65_000;
const results = { measuredAt: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length } };

rmSync('.next', { recursive: true, force: true });
const buildStarted = Date.now();
if (!run('node_modules/.bin/tsx', ['scripts/content-check.ts'])) process.exit(1);
if (!run(process.execPath, ['node_modules/next/dist/bin/next', 'build'])) process.exit(1);
await bundlePdfWorker();
// The lessons are prerendered from the build's stylesheet, so they follow it.
if (!run('node_modules/.bin/tsx', ['scripts/build-lessons.ts'])) process.exit(1);
recordBuild();
results.cleanBuildSeconds = Math.round((Date.now() - buildStarted) / 100) / 10;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const pagesPort = 3200;
rmSync('.data-bench-pages', { recursive: true, force: true });
const lessonSlugs = writePlainLessonPages();
const pagesServer = await startServer(pagesPort, { DATA_DIR: '.data-bench-pages' });
try {
  Object.assign(results, await measurePageWeights(browser, `http://localhost:${pagesPort}`));
  const home = `http://localhost:${pagesPort}/`;
  results.lighthouse = { home: (await lighthouseScores([home]))[home] };
  results.lessonLighthouse = await measureLessonLighthouse(`http://localhost:${pagesPort}`, lessonSlugs, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
} finally {
  await stopServer(pagesServer);
}

// The database-backed budgets, on the embedded database and, when a URL is given, on PostgreSQL.
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
results.database = {};
for (const kind of postgresUrl ? ['pglite', 'postgres'] : ['pglite']) {
  const dataDir = `.data-bench-${kind}`;
  rmSync(dataDir, { recursive: true, force: true });
  // The queue's budget is set at 50,000 waiting learners on PostgreSQL and 10,000 on the embedded database.
  const crowd = kind === 'postgres' ? '50000' : '10000';
  const env = { DATA_DIR: dataDir, SIGN_IN_LIMIT: '1000/60', BETTER_AUTH_URL: 'http://localhost:3201', BENCH_CROWD: process.env.BENCH_CROWD ?? crowd, BENCH_LEARNERS: '200', ...(kind === 'postgres' ? { DATABASE_URL: postgresUrl } : {}) };
  if (kind === 'postgres') await resetPostgres(postgresUrl);
  console.log(`\nSeeding the ${kind} database…`);
  if (!run('node_modules/.bin/tsx', ['scripts/bench-seed.ts'], env)) process.exit(1);
  const seed = JSON.parse(readFileSync(path.join(dataDir, 'bench-seed.json'), 'utf8'));
  const server = await startServer(3201, env);
  try {
    // The curve first: the 20-learner measures end by submitting their learners' attempts.
    const curve = await measureSaveCurve(browser, 'http://localhost:3201', seed);
    results.database[kind] = { ...(await measureDatabaseLoad(browser, 'http://localhost:3201', dataDir)), saveCurve: curve };
    if (kind === 'pglite') {
      const drawnCookie = await signIn(browser, 'http://localhost:3201', seed.learners[0].email, seed.password);
      const finalCookie = seed.finalRecordEmail ? await signIn(browser, 'http://localhost:3201', seed.finalRecordEmail, seed.password) : null;
      results.pdfCookies = { drawnCookie, finalCookie };
      results.pdfLoad = await measurePdfLoad('http://localhost:3201', results.pdfCookies);
      results.serverRssAtLastRequestMb = await residentMemoryMb(server.pid);
      // At rest: a minute after the last request, once idle PDF threads have stopped (lib/workers/worker-pool.ts).
      await new Promise((resolve) => setTimeout(resolve, REST_MS));
      results.serverRssMb = await residentMemoryMb(server.pid);
    }
  } finally {
    await stopServer(server);
  }
  if (kind === 'pglite') {
    // The same, with every PDF drawn on the request thread and none kept: the figures before the PDF threads.
    const inline = await startServer(3201, { ...env, PDF_WORKERS: '0' });
    try {
      results.pdfLoadOnRequestThread = await measurePdfLoad('http://localhost:3201', results.pdfCookies);
    } finally {
      await stopServer(inline);
    }
  }
}
await browser.close();

const pglite = results.database.pglite;
const postgres = results.database.postgres;
const rows = [
  ['clean next build (s)', results.cleanBuildSeconds, budgets.cleanBuildSeconds],
  ['largest lesson first visit, all bytes (kB gzip)', results.maxLessonFirstVisitKb, budgets.lessonFirstVisitKb],
  ['largest lesson first visit, HTML+CSS+JS (kB)', results.maxLessonCodeKb, budgets.lessonCodeKb],
  ['largest next-lesson client navigation (kB)', results.maxClientNavigationKb, budgets.clientNavigationKb],
  ['whole course, cached as a browser would (kB)', results.wholeCourseKb, budgets.wholeCourseKb],
  ['Lighthouse mobile performance, home (score, at least)', results.lighthouse.home, budgets.lighthouse],
  ['Lighthouse mobile performance, lowest lesson median (score, at least)', results.lessonLighthouse.minScore, budgets.lighthouse],
  [`Lighthouse TBT, worst lesson over its plain page, medians of ${results.lessonLighthouse.runs} (ratio; worst lesson TBT ${results.lessonLighthouse.maxTbtMs} ms)`, results.lessonLighthouse.maxTbtRatio, budgets.lessonTbtRatio],
  [`server resident memory after the bench, at rest, embedded DB (MB; at the last request ${results.serverRssAtLastRequestMb})`, results.serverRssMb, budgets.serverRssMb],
  ['save a formative attempt, p95 at 20 learners, embedded DB (ms)', pglite.formativeSaveMs.p95, budgets.formativeSaveMs],
  ['save a summative answer, p95 at 20 learners, embedded DB (ms)', pglite.saveAnswerMs.p95, budgets.submitMs],
  ['submit a summative attempt, p95 at 20 learners, embedded DB (ms)', pglite.submitMs.p95, budgets.submitMs],
  [`assessor queue with ${pglite.crowd} learners, p95, embedded DB (ms)`, pglite.assessorQueueMs.p95, budgets.queueMs],
  ['record PDF generation, p95 (ms)', pglite.recordPdfMs.p95, budgets.pdfMs],
  [
    `lesson GET p95 while 10 PDFs are drawn (ms; idle ${results.pdfLoad.lessonIdleMs.p95}; on the request thread ${results.pdfLoadOnRequestThread.lessonWhilePdfsMs.p95})`,
    results.pdfLoad.lessonWhilePdfsMs.p95,
    Math.round(results.pdfLoad.lessonIdleMs.p95 * budgets.lessonWhilePdfsFactor * 10) / 10,
  ],
  [
    `a kept final record PDF, p95 (ms; drawn each time ${results.pdfLoadOnRequestThread.cachedFinalPdfMs?.p95 ?? '–'})`,
    results.pdfLoad.cachedFinalPdfMs?.p95 ?? null,
    budgets.cachedPdfMs,
  ],
  ...(postgres
    ? [
        ['save a formative attempt, p95, PostgreSQL (ms)', postgres.formativeSaveMs.p95, budgets.formativeSaveMs],
        ['save a summative answer, p95, PostgreSQL (ms)', postgres.saveAnswerMs.p95, budgets.submitMs],
        ['submit a summative attempt, p95, PostgreSQL (ms)', postgres.submitMs.p95, budgets.submitMs],
        [`assessor queue with ${postgres.crowd} learners, p95, PostgreSQL (ms)`, postgres.assessorQueueMs.p95, budgets.queueMs],
      ]
    : []),
];
printLessonLighthouse(results.lessonLighthouse);
console.log('\n| measure | result | budget | verdict |\n|---|---|---|---|');
for (const [name, value, budget] of rows) {
  const atLeast = name.includes('at least');
  console.log(`| ${name} | ${value} | ${atLeast ? '≥' : '≤'} ${budget} | ${verdict(value, budget, atLeast)} |`);
}
for (const [kind, figures] of Object.entries(results.database)) {
  console.log(`\n${describeSaveCurve(kind, figures.saveCurve)}`);
  console.log(`\n${kind}: p50/p95 ms — formative save ${figures.formativeSaveMs.p50}/${figures.formativeSaveMs.p95}, answer save ${figures.saveAnswerMs.p50}/${figures.saveAnswerMs.p95}, submit ${figures.submitMs.p50}/${figures.submitMs.p95}, queue ${figures.assessorQueueMs.p50}/${figures.assessorQueueMs.p95}, PDF ${figures.recordPdfMs.p50}/${figures.recordPdfMs.p95}`);
}
console.log('\nPer lesson (kB gzip): first visit total / HTML+CSS+JS / client navigation from the previous lesson');
for (const lesson of results.lessons) console.log(`  ${lesson.slug}: ${lesson.firstVisitKb} / ${lesson.codeKb} / ${lesson.clientNavigationKb ?? '–'}`);
mkdirSync('bench', { recursive: true });
delete results.pdfCookies;
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
