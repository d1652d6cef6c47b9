import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { inlineScriptHashes } from '@/lib/http/inline-script-hashes';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

test('every inline script is hashed over its exact text, once, and script files are left out', () => {
  const first = '(self.__next_f=self.__next_f||[]).push([0])';
  const second = 'self.__next_f.push([1,"a \\u003c/script\\u003e in a string é"])';
  const html = [
    '<!DOCTYPE html><html><head>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script data-src="x">', first, '</script>',
    '</head><body>',
    `<SCRIPT id="_R_">${second}</SCRIPT >`,
    `<script>${first}</script>`,
    '<script noModule src="/_next/static/chunks/polyfill.js"></script>',
    '<script></script>',
    '</body></html>',
  ].join('');
  expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256(second), sha256('')]);
});

test('a page without inline scripts needs no hashes', () => {
  expect(inlineScriptHashes('<html><body><p>No scripts</p><script src="/a.js"></script></body></html>')).toEqual([]);
});
