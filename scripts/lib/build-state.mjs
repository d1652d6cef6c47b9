import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// proxy.ts sets every page's security policy, so a change to it must rebuild as much as a page's.
const SOURCES = ['app', 'components', 'content', 'lib', 'public', 'next.config.ts', 'proxy.ts', 'instrumentation.ts', 'instrumentation-client.ts', 'package-lock.json', 'postcss.config.mjs'];
const STAMP = '.next/source-hash';

// What the build itself writes into public/ must not count as a change to its sources.
const BUILT = new Set([path.join('public', 'lesson-pages'), path.join('public', 'sw.js')]);

function* walk(entry) {
  if (!existsSync(entry) || BUILT.has(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* walk(path.join(entry, name));
  } else if (!entry.endsWith('.test.ts') && !entry.endsWith('.test.tsx')) {
    yield entry;
  }
}

/** A hash of everything the production build depends on, so `npm start` rebuilds only when it changed. */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of walk(source)) {
      hash.update(file);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent() {
  return existsSync('.next/BUILD_ID') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash();
}

export function recordBuild() {
  writeFileSync(STAMP, sourceHash());
}
