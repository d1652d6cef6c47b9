/**
 * What the service worker keeps, by name and address. Shared by the worker, the build that writes it
 * and the pages that talk to it, so all three agree on one cache and one address for each thing.
 */
export const SERVICE_WORKER_PATH = '/sw.js';

/** The page a reader gets for an address the device has not kept while the network is away. */
export const OFFLINE_PATH = '/offline';

/** The list of what "keep the whole course" fetches, with the size of each piece, written by the build. */
export const COURSE_PACK_PATH = '/lesson-pages/course-pack.json';

/** Lessons a reader has opened (or asked to keep): plain HTML, the same for every reader. */
export const LESSON_CACHE = 'course-lessons';
/** The course's public pages (home, outline, glossary, modules): prerendered, the same for every reader. */
export const COURSE_PAGE_CACHE = 'course-pages';
/** The build's content-hashed scripts and styles: a name never changes what it holds. */
export const BUILD_ASSET_CACHE = 'course-build-assets';

const LESSON = /^\/lessons\/[a-z0-9-]+$/;
const COURSE_PAGE = /^\/(?:outline|glossary|modules\/[a-z0-9-]+)?$/;

/** A lesson's own address (not a query for data under it). */
export function isLessonPath(pathname: string): boolean {
  return LESSON.test(pathname);
}

/**
 * A public course page prerendered at build time. Only these are kept: every other page is drawn
 * for the person signed in, and a phone may be shared, so no one's page is left on it.
 */
export function isCoursePagePath(pathname: string): boolean {
  return COURSE_PAGE.test(pathname);
}

/** A file from the build whose name carries a hash of its contents. */
export function isBuildAssetPath(pathname: string): boolean {
  return pathname.startsWith('/_next/static/');
}
