import { COURSE_PAGE_CACHE, isLessonPath, LESSON_CACHE, SERVICE_WORKER_PATH } from '@/lib/offline/offline-paths';
import { whenPageSettled } from '@/lib/browser/when-page-settled';

/** Whether this browser can keep pages for offline reading at all. */
export function canKeepOffline(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';
}

/** Starts the service worker; a browser without one, or a refusal, leaves the site working as before. */
export async function registerServiceWorker(): Promise<boolean> {
  if (!canKeepOffline()) return false;
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_PATH, { scope: '/' });
    return true;
  } catch {
    return false;
  }
}

// A worker installing fetches its whole kit; started while the page still loads, that traffic
// competes with the page's own and kept the main thread busy longer (Lighthouse's blocking time on
// a lesson rose from about 30–60 ms to 140–420 ms, and was still 70–120 ms three seconds after load).
// A reader stays on a page for minutes, so it waits.
/** Starts the service worker once the page has loaded, a few seconds have passed and the browser is idle. */
export function registerServiceWorkerWhenSettled(): Promise<boolean> {
  return new Promise((resolve) => whenPageSettled(() => void registerServiceWorker().then(resolve)));
}

function cacheFor(path: string): string {
  return isLessonPath(path) ? LESSON_CACHE : COURSE_PAGE_CACHE;
}

/**
 * Keeps one page on the device unless it is there already. The worker keeps every page it serves,
 * but the first page a visitor opens arrived before the worker did, so that page asks for itself.
 */
export async function keepPage(path: string, force = false): Promise<boolean> {
  if (!canKeepOffline()) return false;
  const cache = await caches.open(cacheFor(path));
  if (!force && (await cache.match(path))) return true;
  const response = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) return false;
  await cache.put(path, response);
  return true;
}

/** The lessons this device holds, by address. */
export async function keptLessonPaths(): Promise<Set<string>> {
  if (!canKeepOffline()) return new Set();
  const requests = await (await caches.open(LESSON_CACHE)).keys();
  return new Set(requests.map((request) => new URL(request.url).pathname));
}
