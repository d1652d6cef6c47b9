import { describe, expect, it } from 'vitest';
import { refreshKept } from '@/lib/offline/refresh-kept';

/** A cache and cache storage with just what refreshKept uses, holding text bodies by address. */
function storageWith(pages: Record<string, string>) {
  const held = new Map(Object.entries(pages));
  const cache = {
    keys: async () => [...held.keys()].map((url) => new Request(url)),
    put: async (request: Request, response: Response) => {
      held.set(request.url, await response.text());
    },
  };
  return { held, storage: { open: async () => cache } as unknown as CacheStorage };
}

describe('refreshKept', () => {
  it('replaces each kept page with the copy the network gives now', async () => {
    const { held, storage } = storageWith({ 'https://course.test/lessons/a': 'old a', 'https://course.test/lessons/b': 'old b' });
    const fetcher = (async (url: string) => new Response(`new ${url.slice(-1)}`)) as typeof fetch;
    expect(await refreshKept('lessons', fetcher, storage)).toEqual({ refreshed: 2, kept: 0 });
    expect([...held.values()]).toEqual(['new a', 'new b']);
  });

  it('keeps the old copy of a page the network cannot give, or answers with an error', async () => {
    const { held, storage } = storageWith({ 'https://course.test/lessons/a': 'old a', 'https://course.test/lessons/b': 'old b' });
    const fetcher = (async (url: string) => {
      if (url.endsWith('a')) throw new TypeError('Failed to fetch');
      return new Response('Not found', { status: 404 });
    }) as typeof fetch;
    expect(await refreshKept('lessons', fetcher, storage)).toEqual({ refreshed: 0, kept: 2 });
    expect([...held.values()]).toEqual(['old a', 'old b']);
  });
});
