import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { buildIsCurrent } from './lib/build-state.mjs';
import { measureLessonLighthouse, printLessonLighthouse } from './lib/lesson-lighthouse.mjs';
import { measurePageWeights } from './lib/page-weight.mjs';
import { writePlainLessonPages } from './lib/plain-lesson-pages.mjs';
import { startServer, stopServer } from './lib/server.mjs';

// The lesson part of `npm run bench` on its own, against the current build: every lesson's weight
// as Chromium receives it, and Lighthouse medians beside the plain copy of each page.
ensureChromium();
if (!buildIsCurrent()) {
  console.error('The build is not current: run `npm run build` first.');
  process.exit(1);
}
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const slugs = writePlainLessonPages();
const port = 3202;
rmSync('.data-bench-lessons', { recursive: true, force: true });
const server = await startServer(port, { DATA_DIR: '.data-bench-lessons' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const weights = await measurePageWeights(browser, `http://localhost:${port}`);
  console.log('\n| lesson | first visit (kB gzip) | next-lesson visit (kB) |\n|---|---|---|');
  for (const l of weights.lessons) console.log(`| ${l.slug} | ${l.firstVisitKb} | ${l.clientNavigationKb ?? '–'} |`);
  console.log(`whole course as one learner walks it: ${weights.wholeCourseKb} kB`);
  const lighthouse = await measureLessonLighthouse(`http://localhost:${port}`, slugs, runs);
  printLessonLighthouse(lighthouse);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/lessons.json', JSON.stringify({ measuredAt: new Date().toISOString(), weights, lighthouse }, null, 2));
} finally {
  await browser.close();
  await stopServer(server);
}
