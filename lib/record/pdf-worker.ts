import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { renderRecordPdf } from '@/lib/record/record-pdf';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/**
 * A thread of the PDF pool (lib/record/pdf-renderer.ts): draws each record it is sent and answers
 * with the bytes. Bundled on its own by `npm run build` (scripts/lib/bundle-pdf-worker.mjs), because
 * a thread loads a file from disk, outside the framework's bundles. The record comes from the server
 * that built it, already checked against its schema there.
 */
lowerThisThreadsPriority();

parentPort?.on('message', async ({ id, input }: { id: number; input: RecordOfLearning }) => {
  try {
    const bytes = await renderRecordPdf(input);
    parentPort?.postMessage({ id, output: new Uint8Array(bytes) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

/**
 * On Linux a niceness applies to one thread, named by its own id: drawing PDFs below the request
 * thread lets a lesson go ahead of a PDF on a busy processor. Elsewhere the thread keeps the normal
 * priority, which only costs other requests some waiting.
 */
function lowerThisThreadsPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // Not Linux, or not allowed: the normal priority.
  }
}
