import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { inlineScriptHashes } from '@/lib/http/inline-script-hashes';

const PrerenderManifest = z.object({ routes: z.record(z.string(), z.object({ routeType: z.string().optional() }).loose()) });

type Reader = (file: string) => string;

/**
 * The inline-script hashes of each page `next build` prerendered, read from the build's own output
 * (`prerender-manifest.json` and the page's `.html`), the very bytes the server sends. Read once per
 * page and kept: a prerendered page never changes until the next build, which restarts the server.
 */
export function prerenderedPageHashes(distDir: string, read: Reader = (file) => readFileSync(file, 'utf8')): (pathname: string) => string[] | null {
  let routes: Set<string> | null = null;
  const cache = new Map<string, string[] | null>();
  function staticRoutes(): Set<string> {
    if (routes === null) {
      try {
        const manifest = PrerenderManifest.parse(JSON.parse(read(path.join(distDir, 'prerender-manifest.json'))));
        routes = new Set(Object.entries(manifest.routes).flatMap(([route, entry]) => (entry.routeType === undefined || entry.routeType === 'page' ? [route] : [])));
      } catch {
        // No build output (the development server): no page is prerendered.
        routes = new Set();
      }
    }
    return routes;
  }
  return (pathname) => {
    if (!staticRoutes().has(pathname)) return null;
    const known = cache.get(pathname);
    if (known !== undefined) return known;
    let hashes: string[] | null;
    try {
      hashes = inlineScriptHashes(read(path.join(distDir, 'server', 'app', `${pathname === '/' ? '/index' : pathname}.html`)));
    } catch {
      hashes = null;
    }
    cache.set(pathname, hashes);
    return hashes;
  };
}
