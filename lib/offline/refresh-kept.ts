/**
 * Fetches every page a cache holds again and keeps the fresh copy. A page the network cannot give
 * now (offline, or gone) keeps its old copy: refreshing must never lose what a reader kept.
 */
export async function refreshKept(cacheName: string, fetcher: typeof fetch = fetch, storage: CacheStorage = caches): Promise<{ refreshed: number; kept: number }> {
  const cache = await storage.open(cacheName);
  const requests = await cache.keys();
  let refreshed = 0;
  for (const request of requests) {
    try {
      const response = await fetcher(request.url, { cache: 'no-cache' });
      if (response.ok) {
        await cache.put(request, response);
        refreshed += 1;
      }
    } catch {
      // No network: the old copy stays.
    }
  }
  return { refreshed, kept: requests.length - refreshed };
}
