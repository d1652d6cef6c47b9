import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pooledRenderer, type RecordPdfRenderer } from '@/lib/record/pdf-renderer';
import { pdfResponse } from '@/lib/record/pdf-response';
import { finalRecord, inProgressRecord } from '@/lib/record/sample-records';
import { localFileCache } from '@/lib/storage/rendered-file-cache';
import { WorkerPoolError } from '@/lib/workers/worker-pool';
// @ts-expect-error: a build script in plain JavaScript, without types
import { bundlePdfWorker } from '@/scripts/lib/bundle-pdf-worker.mjs';

// The worker as `npm run build` bundles it, inside the project so its packages resolve as the server's do.
const file = path.join(process.cwd(), 'node_modules', '.cache', `pdf-worker-${randomUUID()}.mjs`);
let renderer: RecordPdfRenderer;
beforeAll(async () => {
  await bundlePdfWorker(file);
  renderer = pooledRenderer(2, file);
}, 60_000);
afterAll(() => rmSync(file, { force: true }));

const pdfText = (bytes: Uint8Array) => spawnSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' }).stdout;

test('the bundled worker threads draw the records sent to them, several at once', async () => {
  const [final, inProgress, again] = await Promise.all([renderer.render(finalRecord), renderer.render(inProgressRecord), renderer.render(finalRecord)]);
  expect(pdfText(final)).toContain('Verification code K7P2-9XQM-4TD8');
  expect(pdfText(inProgress)).toContain('NOT FINAL');
  expect(pdfText(again)).toBe(pdfText(final));
}, 60_000);

test("the drawing code's identity is the hash of the bundle, so a new build never reuses an old build's PDFs", () => {
  expect(renderer.codeId).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
});

test('when the threads are too busy the download is answered 503 with a time to try again', async () => {
  const busy: RecordPdfRenderer = {
    codeId: 'busy',
    render: async () => {
      throw new WorkerPoolError('queue-full', 'Too many jobs are waiting; try again shortly.');
    },
  };
  const response = await pdfResponse(finalRecord, 'attachment', { renderer: busy, cache: localFileCache(path.dirname(file)) });
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
  expect(await response.json()).toEqual({ error: expect.stringContaining('Try again in a moment') });
});
