import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CourseContent } from '@/lib/content/load-content';
import { lessonsInOrder } from '@/lib/content/navigation';
import { builtStylesheets } from '@/lib/lesson-html/built-stylesheets';
import { bundleIslands } from '@/lib/lesson-html/bundle-islands';
import { LessonDocument } from '@/lib/lesson-html/lesson-document';
import {
  COURSE_PACK_FILE,
  ISLANDS_DIR,
  ISLANDS_URL_PREFIX,
  LESSON_PAGES_DIR,
  OFFLINE_PAGE_FILE,
  SERVICE_WORKER_FILE,
} from '@/lib/lesson-html/lesson-pages-location';
import { OfflineDocument } from '@/lib/lesson-html/offline-document';
import type { LessonAssets } from '@/lib/lesson-html/static-page';
import { bundleServiceWorker, precacheEntries } from '@/lib/offline/bundle-service-worker';
import { coursePack } from '@/lib/offline/course-pack';
import { OFFLINE_PATH } from '@/lib/offline/offline-paths';

const document = (markup: string) => `<!DOCTYPE html>${markup}`;
const gzipBytes = (text: string | Buffer) => gzipSync(text).length;

/** The gzip size of a public page `next build` prerendered, or null when the build wrote none. */
function prerenderedSize(distDir: string, pathname: string): number | null {
  const file = path.join(distDir, 'server', 'app', `${pathname === '/' ? 'index' : pathname.slice(1)}.html`);
  return existsSync(file) ? gzipBytes(readFileSync(file)) : null;
}

/**
 * Writes every lesson as an HTML file, the islands' scripts, the offline page, the list of what
 * "keep the whole course" fetches and the service worker that keeps them.
 */
export async function buildLessonPages(content: CourseContent, distDir = '.next'): Promise<{ pages: number; islandFiles: string[]; courseBytes: number }> {
  for (const dir of [LESSON_PAGES_DIR, ISLANDS_DIR]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const islands = await bundleIslands(ISLANDS_DIR);
  const stylesheets = builtStylesheets(distDir);
  const assets: LessonAssets = { stylesheets, script: `${ISLANDS_URL_PREFIX}${islands.script}` };
  const render = (courseBytes: number) =>
    new Map(
      content.lessons.map((lesson) => [
        `/lessons/${lesson.slug}`,
        document(renderToStaticMarkup(<LessonDocument content={content} lesson={lesson} assets={assets} courseBytes={courseBytes} />)),
      ]),
    );
  // Each lesson says how much the whole course weighs, which it can only know once the lessons
  // are drawn: a first drawing measures them, the second (a few bytes different) is written.
  const measured = render(0);
  const ordered = lessonsInOrder(content.course, new Map(content.lessons.map((lesson) => [lesson.slug, lesson.frontmatter.title])));
  const pack = coursePack(ordered, content.course.modules, (pathname) => {
    const lesson = measured.get(pathname);
    return lesson === undefined ? prerenderedSize(distDir, pathname) : gzipBytes(lesson);
  });
  for (const [pathname, html] of render(pack.bytes)) writeFileSync(path.join(LESSON_PAGES_DIR, `${pathname.slice('/lessons/'.length)}.html`), html);
  writeFileSync(path.join(LESSON_PAGES_DIR, COURSE_PACK_FILE), JSON.stringify(pack));
  const offlineFile = path.join(LESSON_PAGES_DIR, OFFLINE_PAGE_FILE);
  writeFileSync(offlineFile, document(renderToStaticMarkup(<OfflineDocument content={content} pack={pack} assets={assets} />)));

  const entries = precacheEntries([
    { url: OFFLINE_PATH, file: offlineFile, hashedName: false },
    ...stylesheets.map((href) => ({ url: href, file: '', hashedName: true })),
    ...islands.files.map((file) => ({ url: `${ISLANDS_URL_PREFIX}${file}`, file: '', hashedName: true })),
  ]);
  await bundleServiceWorker(SERVICE_WORKER_FILE, entries);
  return { pages: content.lessons.length, islandFiles: islands.files, courseBytes: pack.bytes };
}
