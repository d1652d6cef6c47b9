import path from 'node:path';
import { expect, test } from 'vitest';
import { inlineScriptHashes } from '@/lib/http/inline-script-hashes';
import { prerenderedPageHashes } from '@/lib/http/prerendered-page-hashes';

const DIST = '/srv/course/.next';
const LESSON_HTML = '<html><body><script>self.__next_f.push([1,"lesson"])</script></body></html>';
const HOME_HTML = '<html><body><script>self.__next_f.push([1,"home"])</script></body></html>';

function buildOutput(): { files: Map<string, string>; reads: string[]; read: (file: string) => string } {
  const files = new Map([
    [path.join(DIST, 'prerender-manifest.json'), JSON.stringify({ version: 4, routes: { '/': { routeType: 'page' }, '/lessons/01-welcome': { routeType: 'page' }, '/icon.svg': { routeType: 'route' } } })],
    [path.join(DIST, 'server/app/index.html'), HOME_HTML],
    [path.join(DIST, 'server/app/lessons/01-welcome.html'), LESSON_HTML],
  ]);
  const reads: string[] = [];
  return {
    files,
    reads,
    read: (file) => {
      reads.push(file);
      const text = files.get(file);
      if (text === undefined) throw new Error(`ENOENT: ${file}`);
      return text;
    },
  };
}

test('a prerendered page gets the hashes of the HTML the build wrote for it, the home page from index.html', () => {
  const output = buildOutput();
  const hashesOf = prerenderedPageHashes(DIST, output.read);
  expect(hashesOf('/lessons/01-welcome')).toEqual(inlineScriptHashes(LESSON_HTML));
  expect(hashesOf('/')).toEqual(inlineScriptHashes(HOME_HTML));
  expect(hashesOf('/')).not.toEqual(hashesOf('/lessons/01-welcome'));
});

test('a page rendered on request, a route handler, or an address outside the build gets no hashes (it gets a nonce)', () => {
  const hashesOf = prerenderedPageHashes(DIST, buildOutput().read);
  expect(hashesOf('/assessment')).toBeNull();
  expect(hashesOf('/icon.svg')).toBeNull();
  expect(hashesOf('/lessons/../prerender-manifest')).toBeNull();
});

test('each page is read once, and the manifest once, however many requests follow', () => {
  const output = buildOutput();
  const hashesOf = prerenderedPageHashes(DIST, output.read);
  for (let index = 0; index < 5; index += 1) {
    hashesOf('/lessons/01-welcome');
    hashesOf('/assessment');
  }
  expect(output.reads).toEqual([path.join(DIST, 'prerender-manifest.json'), path.join(DIST, 'server/app/lessons/01-welcome.html')]);
});

test('without build output (the development server) no page counts as prerendered', () => {
  const hashesOf = prerenderedPageHashes(DIST, () => {
    throw new Error('ENOENT');
  });
  expect(hashesOf('/')).toBeNull();
  expect(hashesOf('/lessons/01-welcome')).toBeNull();
});
