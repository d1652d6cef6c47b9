import { readdirSync } from 'node:fs';
import { OFFLINE_PAGE_FILE } from '@/lib/lesson-html/lesson-pages-location';
import { OFFLINE_PATH } from '@/lib/offline/offline-paths';

type Lister = (dir: string) => string[];

/**
 * Whether an address is one of the lessons (or the offline page) `npm run build` wrote as plain HTML (lib/lesson-html).
 * Those pages carry no inline script at all, so their policy needs neither a nonce nor a hash. The
 * folder is read once: its files change only with the next build, which restarts the server.
 */
export function builtLessonPages(dir: string, list: Lister = (folder) => readdirSync(folder)): (pathname: string) => boolean {
  let paths: Set<string> | null = null;
  return (pathname) => {
    if (paths === null) {
      try {
        paths = new Set(list(dir).flatMap((file) => (file === OFFLINE_PAGE_FILE ? [OFFLINE_PATH] : file.endsWith('.html') ? [`/lessons/${file.slice(0, -'.html'.length)}`] : [])));
      } catch {
        // Not built yet (the development server before a build): no lesson is a file.
        paths = new Set();
      }
    }
    return paths.has(pathname);
  };
}
