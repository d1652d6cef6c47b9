import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BUILT = 'public/lesson-pages';
export const PLAIN_DIR = path.join(BUILT, 'plain');

/**
 * For each built lesson, the same page with every script taken out: the same text and stylesheet
 * and nothing to run. It is what a lesson's Total Blocking Time is compared with. Written under the
 * built lessons (emptied by the next build) before the bench starts its server, which serves it at
 * /lesson-pages/plain/<slug>.html.
 */
export function writePlainLessonPages() {
  mkdirSync(PLAIN_DIR, { recursive: true });
  const slugs = [];
  for (const file of readdirSync(BUILT)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(path.join(BUILT, file), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    writeFileSync(path.join(PLAIN_DIR, file), html);
    slugs.push(file.slice(0, -'.html'.length));
  }
  return slugs;
}
