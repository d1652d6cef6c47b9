/**
 * Where the built lesson pages go: under public/, so the server sends them as files (compressed,
 * with validators), reached at /lessons/<slug> by a rewrite in next.config.ts. `npm run build`
 * writes them; they are not kept in the repository.
 */
export const LESSON_PAGES_DIR = 'public/lesson-pages';

/** The offline page (reached at /offline) and the list "keep the whole course" fetches, beside the lessons. */
export const OFFLINE_PAGE_FILE = 'offline.html';
export const COURSE_PACK_FILE = 'course-pack.json';

/** The service worker, served from the site's root so it may answer for every page. */
export const SERVICE_WORKER_FILE = 'public/sw.js';

/** The islands' scripts go with the build's own static files: content-hashed names, cached for good. */
export const ISLANDS_DIR = '.next/static/islands';
export const ISLANDS_URL_PREFIX = '/_next/static/islands/';

