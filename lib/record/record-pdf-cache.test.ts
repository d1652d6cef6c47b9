import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { RecordPdfRenderer } from '@/lib/record/pdf-renderer';
import { cachedPdfName, recordPdf } from '@/lib/record/record-pdf-cache';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { finalRecord, inProgressRecord } from '@/lib/record/sample-records';
import { localFileCache, type RenderedFileCache } from '@/lib/storage/rendered-file-cache';

const folder = mkdtempSync(path.join(tmpdir(), 'record-pdf-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Draws a stand-in PDF naming the record and the drawing, and counts its drawings. */
function countingRenderer(codeId: string | null): RecordPdfRenderer & { drawn: number } {
  const renderer = {
    codeId,
    drawn: 0,
    async render(record: RecordOfLearning) {
      renderer.drawn += 1;
      return new TextEncoder().encode(`%PDF ${record.candidate.name} #${renderer.drawn}`);
    },
  };
  return renderer;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('a final record is drawn once; later downloads get the same bytes from the cache', async () => {
  const renderer = countingRenderer('code-1');
  const cache = localFileCache(folder);
  const first = await recordPdf(finalRecord, { renderer, cache });
  const second = await recordPdf(finalRecord, { renderer, cache });
  expect(first.cached).toBe(false);
  expect(second).toEqual({ bytes: first.bytes, cached: true });
  expect(text(second.bytes)).toBe('%PDF Lerato Mokoena #1');
  expect(renderer.drawn).toBe(1);
});

test('a record still in progress is drawn every time and never kept', async () => {
  const renderer = countingRenderer('code-1');
  const cache = localFileCache(folder);
  await recordPdf(inProgressRecord, { renderer, cache });
  const again = await recordPdf(inProgressRecord, { renderer, cache });
  expect(again.cached).toBe(false);
  expect(renderer.drawn).toBe(2);
  expect(cachedPdfName(inProgressRecord, 'code-1')).toBeNull();
});

test('new drawing code draws the record again, and the development source is never cached', async () => {
  const cache = localFileCache(folder);
  await recordPdf(finalRecord, { renderer: countingRenderer('code-A'), cache });
  const newer = countingRenderer('code-B');
  expect((await recordPdf(finalRecord, { renderer: newer, cache })).cached).toBe(false);
  const development = countingRenderer(null);
  await recordPdf(finalRecord, { renderer: development, cache });
  await recordPdf(finalRecord, { renderer: development, cache });
  expect(development.drawn).toBe(2);
});

test('anything the record shows differently gets a PDF of its own', () => {
  const superseded: RecordOfLearning = { ...finalRecord, status: 'superseded', supersededBy: 'ABCD-EFGH-JKLM' };
  const names = [finalRecord, superseded, { ...finalRecord, candidate: { ...finalRecord.candidate, name: 'Lerato M. Mokoena' } }].map((record) =>
    cachedPdfName(record, 'code-1'),
  );
  expect(new Set(names).size).toBe(3);
  for (const name of names) expect(name).toMatch(/^record-pdf\/[0-9a-f]{64}\.pdf$/);
});

test('a cache that cannot be read or written still gives the PDF, and says so', async () => {
  const broken: RenderedFileCache = {
    read: async () => {
      throw new Error('bucket unreachable');
    },
    write: async () => {
      throw new Error('disk full');
    },
  };
  const heard: string[] = [];
  const renderer = countingRenderer('code-1');
  const pdf = await recordPdf(finalRecord, { renderer, cache: broken, onCacheError: (error) => heard.push(String(error)) });
  expect(text(pdf.bytes)).toBe('%PDF Lerato Mokoena #1');
  expect(heard).toEqual(['Error: bucket unreachable', 'Error: disk full']);
});
