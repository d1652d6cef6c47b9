import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The stylesheets `next build` linked from the home page: the app's one Tailwind stylesheet, so a
 * prerendered lesson looks exactly like the pages around it and shares their cached copy.
 */
export function builtStylesheets(distDir: string): string[] {
  const html = readFileSync(path.join(distDir, 'server', 'app', 'index.html'), 'utf8');
  const hrefs = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].flatMap((match) => {
    const href = /href="([^"]+)"/.exec(match[0])?.[1];
    return href ? [href] : [];
  });
  if (hrefs.length === 0) throw new Error(`No stylesheet is linked from ${path.join(distDir, 'server', 'app', 'index.html')}: run next build first`);
  return hrefs;
}
