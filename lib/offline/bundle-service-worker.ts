import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { PrecacheEntry } from 'serwist';

/** A file the worker keeps from its first day, by the address it is fetched from. */
export type PrecacheFile = { url: string; file: string; hashedName: boolean };

function revisionOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

/**
 * The precache list: a file whose name carries its content hash needs no revision; any other
 * (the offline page, the manifest, the icons) is known by a hash of its bytes, so a new build
 * replaces exactly what changed.
 */
export function precacheEntries(files: readonly PrecacheFile[]): PrecacheEntry[] {
  return files.map(({ url, file, hashedName }) => (hashedName ? { url, revision: null } : { url, revision: revisionOf(file) }));
}

/**
 * Writes the service worker (lib/offline/service-worker.ts, on Serwist) as one plain script with
 * its precache list inside: a worker's own file is fetched afresh by the browser on each visit, so
 * a new list means a new worker.
 */
export async function bundleServiceWorker(outfile: string, entries: readonly PrecacheEntry[]): Promise<void> {
  await build({
    entryPoints: [path.resolve('lib/offline/service-worker.ts')],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    define: { 'self.__SW_MANIFEST': JSON.stringify(entries), 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
}
