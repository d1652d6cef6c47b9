import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, type PrecacheEntry, Serwist } from 'serwist';
import { BUILD_ASSET_CACHE, COURSE_PAGE_CACHE, isBuildAssetPath, isCoursePagePath, isLessonPath, LESSON_CACHE, OFFLINE_PATH } from '@/lib/offline/offline-paths';
import { refreshKept } from '@/lib/offline/refresh-kept';

// The build replaces this with the list of what every visitor's device keeps from the start: the
// offline page, the stylesheet and the islands' scripts (lib/offline/bundle-service-worker.ts). Not
// the icons: the browser fetches those itself when the course is installed, and they would be
// nearly a third of a lesson's first visit.
declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[]; addEventListener: (type: 'activate', listener: () => void) => void };

// A slow network still beats an old copy, but not for ever: after this long the kept lesson is shown.
const NETWORK_PATIENCE_SECONDS = 4;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new version takes over at once: the pages it serves are files that never depend on the old one.
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && isLessonPath(url.pathname),
      handler: new NetworkFirst({ cacheName: LESSON_CACHE, networkTimeoutSeconds: NETWORK_PATIENCE_SECONDS }),
    },
    {
      // Navigations only: the router's data requests to the same addresses must not replace the page.
      matcher: ({ url, request, sameOrigin }) => sameOrigin && request.mode === 'navigate' && isCoursePagePath(url.pathname),
      handler: new NetworkFirst({ cacheName: COURSE_PAGE_CACHE, networkTimeoutSeconds: NETWORK_PATIENCE_SECONDS }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && isBuildAssetPath(url.pathname),
      handler: new CacheFirst({ cacheName: BUILD_ASSET_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 150, purgeOnQuotaError: true })] }),
    },
    {
      // Every other page is the signed-in person's own and is never kept; offline, it gets the offline page.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: { entries: [{ url: OFFLINE_PATH, matcher: ({ request }) => request.destination === 'document' }] },
});

serwist.addEventListeners();

// A new build names its scripts anew and the old ones leave the precache, so the lessons kept
// before it are fetched again now, while the network is here, to point at scripts the device holds.
// Not awaited by the activation: pages must not wait for it, and a lesson opened online is fresh anyway.
self.addEventListener('activate', () => {
  void Promise.all([refreshKept(LESSON_CACHE), refreshKept(COURSE_PAGE_CACHE)]);
});
