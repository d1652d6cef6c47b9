import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CourseContent } from '@/lib/content/load-content';
import { builtStylesheets } from '@/lib/lesson-html/built-stylesheets';
import { bundleIslands } from '@/lib/lesson-html/bundle-islands';
import { LessonDocument } from '@/lib/lesson-html/lesson-document';
import { ISLANDS_DIR, ISLANDS_URL_PREFIX, LESSON_PAGES_DIR } from '@/lib/lesson-html/lesson-pages-location';
import type { LessonAssets } from '@/lib/lesson-html/static-page';

const document = (markup: string) => `<!DOCTYPE html>${markup}`;

/** Writes every lesson as an HTML file, and the scripts of the islands they carry. */
export async function buildLessonPages(content: CourseContent, distDir = '.next'): Promise<{ pages: number; islandFiles: string[] }> {
  for (const dir of [LESSON_PAGES_DIR, ISLANDS_DIR]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const islands = await bundleIslands(ISLANDS_DIR);
  const assets: LessonAssets = { stylesheets: builtStylesheets(distDir), script: `${ISLANDS_URL_PREFIX}${islands.script}` };
  for (const lesson of content.lessons) {
    const html = document(renderToStaticMarkup(<LessonDocument content={content} lesson={lesson} assets={assets} />));
    writeFileSync(path.join(LESSON_PAGES_DIR, `${lesson.slug}.html`), html);
  }
  return { pages: content.lessons.length, islandFiles: islands.files };
}
