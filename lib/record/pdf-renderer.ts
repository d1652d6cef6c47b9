import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { WorkerPool } from '@/lib/workers/worker-pool';

/** What draws record PDFs, and which code draws them: cached PDFs are only reused by the same code. */
export type RecordPdfRenderer = {
  /** The sha256 of the code that draws, or null when it is the development source, which may change at any moment. */
  readonly codeId: string | null;
  render(record: RecordOfLearning): Promise<Uint8Array>;
};

/** Written by `npm run build` (scripts/lib/bundle-pdf-worker.mjs). */
export const PDF_WORKER_FILE = path.join(process.cwd(), '.next', 'pdf-worker.mjs');

// Enough for a cohort's downloads at once; beyond it a request is told to try again, not kept waiting.
const MAX_WAITING = 20;
const TIMEOUT_MS = 30_000;
// A drawing thread holds its own heap and the renderer (tens of MB): it stops after a minute with
// nothing to draw, and the next PDF pays a fraction of a second to start a new one.
const IDLE_MS = 60_000;

const shared = globalThis as typeof globalThis & { recordPdfRenderer?: { key: string; renderer: RecordPdfRenderer } };

/**
 * In production, PDF_WORKERS threads drawing from the bundled worker, so a PDF never holds up other
 * requests; a server without the bundle refuses rather than quietly stalling its requests. With
 * PDF_WORKERS=0, and always in development and tests, drawn on the request's own thread from the
 * source, so a change to the PDF shows at once instead of a stale bundle's drawing.
 */
export function recordPdfRenderer(): RecordPdfRenderer {
  const workers = process.env.NODE_ENV === 'production' ? env().pdfWorkers : 0;
  if (workers > 0 && !existsSync(PDF_WORKER_FILE)) {
    throw new Error(`The PDF worker ${PDF_WORKER_FILE} is missing: run npm run build, or set PDF_WORKERS=0 to draw PDFs on the request thread.`);
  }
  const key = workers > 0 ? `${workers}:${PDF_WORKER_FILE}` : 'inline';
  if (shared.recordPdfRenderer?.key !== key) shared.recordPdfRenderer = { key, renderer: workers > 0 ? pooledRenderer(workers) : inlineRenderer() };
  return shared.recordPdfRenderer.renderer;
}

export function pooledRenderer(workers: number, file = PDF_WORKER_FILE): RecordPdfRenderer {
  const pool = new WorkerPool<RecordOfLearning, Uint8Array>({ file, size: workers, maxQueue: MAX_WAITING, timeoutMs: TIMEOUT_MS, idleMs: IDLE_MS });
  return {
    codeId: createHash('sha256').update(readFileSync(file)).digest('hex'),
    render: (record) => pool.run(record),
  };
}

function inlineRenderer(): RecordPdfRenderer {
  return {
    codeId: null,
    async render(record) {
      // Loaded when first needed: a server whose PDFs are drawn by threads never loads the renderer itself.
      const { renderRecordPdf } = await import('@/lib/record/record-pdf');
      return new Uint8Array(await renderRecordPdf(record));
    },
  };
}
