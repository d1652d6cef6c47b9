import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { budgets, verdict } from './lib/budgets.mjs';
import { recordBuild } from './lib/build-state.mjs';
import { run } from './lib/run.mjs';
import { measurePageWeights } from './lib/page-weight.mjs';
import { residentMemoryMb, startServer, stopServer } from './lib/server.mjs';

// Measures what ARCHITECTURE.md §7 budgets: a clean build, page weight as a real browser receives it,
// and the server's memory afterwards. Prints a table and writes bench/results.json.
ensureChromium();
const results = { measuredAt: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length } };

rmSync('.next', { recursive: true, force: true });
const buildStarted = Date.now();
if (!run('node_modules/.bin/tsx', ['scripts/content-check.ts'])) process.exit(1);
if (!run(process.execPath, ['node_modules/next/dist/bin/next', 'build'])) process.exit(1);
recordBuild();
results.cleanBuildSeconds = Math.round((Date.now() - buildStarted) / 100) / 10;

const port = 3200;
const server = await startServer(port);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  Object.assign(results, await measurePageWeights(browser, `http://localhost:${port}`));
  await browser.close();
  results.serverRssMb = await residentMemoryMb(server.pid);
} finally {
  await stopServer(server);
}

const rows = [
  ['clean next build (s)', results.cleanBuildSeconds, budgets.cleanBuildSeconds],
  ['largest lesson first visit, all bytes (kB gzip)', results.maxLessonFirstVisitKb, budgets.lessonFirstVisitKb],
  ['largest lesson first visit, HTML+CSS+JS (kB)', results.maxLessonCodeKb, budgets.lessonCodeKb],
  ['largest next-lesson client navigation (kB)', results.maxClientNavigationKb, budgets.clientNavigationKb],
  ['whole course, cached as a browser would (kB)', results.wholeCourseKb, budgets.wholeCourseKb],
  ['server resident memory after the bench (MB)', results.serverRssMb, budgets.serverRssMb],
];
console.log('\n| measure | result | budget | verdict |\n|---|---|---|---|');
for (const [name, value, budget] of rows) console.log(`| ${name} | ${value} | ≤ ${budget} | ${verdict(value, budget)} |`);
console.log('\nPer lesson (kB gzip): first visit total / HTML+CSS+JS / client navigation from the previous lesson');
for (const lesson of results.lessons) console.log(`  ${lesson.slug}: ${lesson.firstVisitKb} / ${lesson.codeKb} / ${lesson.clientNavigationKb ?? '–'}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
