/**
 * What `next/headers`, `next/cache` and the session see while the fuzz suite calls actions and routes
 * directly: one request's headers at a time, set by the suite before each call.
 */
export const fakeRequest = { headers: new Headers() };

function cookieList() {
  const header = fakeRequest.headers.get('cookie') ?? '';
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.includes('='))
    .map((part) => {
      const at = part.indexOf('=');
      return { name: part.slice(0, at), value: decodeURIComponent(part.slice(at + 1)) };
    });
}

export const fakeHeadersModule = {
  headers: async () => new Headers(fakeRequest.headers),
  cookies: async () => ({
    get: (name: string) => cookieList().find((cookie) => cookie.name === name),
    getAll: () => cookieList(),
    has: (name: string) => cookieList().some((cookie) => cookie.name === name),
    // A response cookie has nowhere to go outside Next; the next call sends the role's cookie again.
    set: () => undefined,
    delete: () => undefined,
  }),
  draftMode: async () => ({ isEnabled: false, enable: () => undefined, disable: () => undefined }),
};

export const fakeCacheModule = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
  unstable_noStore: () => undefined,
};
