import path from 'node:path';
import { checkContent, formatProblems } from '@/lib/content/check-content';
import { buildLessonPages } from '@/lib/lesson-html/build-lesson-pages';

// Runs after `next build` (which empties .next and writes the stylesheet the lessons link to).
const started = performance.now();
const { content, problems } = await checkContent(path.resolve('content'));
if (!content || problems.length > 0) {
  console.error(`The lessons cannot be built: the content has problems:\n${formatProblems(problems)}`);
  process.exit(1);
}
const built = await buildLessonPages(content);
console.log(
  `Built ${built.pages} lesson pages, ${built.islandFiles.length} island scripts, the offline page and the service worker; the whole course weighs ${Math.round(built.courseBytes / 1000)} kB gzip (${Math.round(performance.now() - started)} ms).`,
);
