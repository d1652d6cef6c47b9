import { jsonError } from '@/lib/http/json-responses';
import { recordPdfFileName } from '@/lib/record/pdf-file-name';
import { type RecordPdfRenderer, recordPdfRenderer } from '@/lib/record/pdf-renderer';
import { recordPdf } from '@/lib/record/record-pdf-cache';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { type RenderedFileCache, renderedFileCache } from '@/lib/storage/rendered-file-cache';
import { WorkerPoolError } from '@/lib/workers/worker-pool';

/** Saved as a file ("Download PDF"), or shown in the browser's own viewer ("View PDF"). */
export type PdfDisposition = 'attachment' | 'inline';

/** `?view=1` asks to see the PDF in the browser; anything else downloads it. */
export function pdfDispositionFor(url: string): PdfDisposition {
  return new URL(url).searchParams.get('view') === '1' ? 'inline' : 'attachment';
}

const BUSY = 'The record PDF cannot be made just now because many are being made at once. Try again in a moment; nothing is lost.';

export async function pdfResponse(
  record: RecordOfLearning,
  disposition: PdfDisposition,
  deps: { renderer?: RecordPdfRenderer; cache?: RenderedFileCache } = {},
): Promise<Response> {
  let bytes: Uint8Array;
  try {
    ({ bytes } = await recordPdf(record, { renderer: deps.renderer ?? recordPdfRenderer(), cache: deps.cache ?? renderedFileCache() }));
  } catch (error) {
    // A full queue, a stuck or failed thread: the next try gets a fresh one, so say when to try.
    if (error instanceof WorkerPoolError) {
      const response = jsonError(503, BUSY);
      response.headers.set('Retry-After', '5');
      return response;
    }
    throw error;
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `${disposition}; filename="${recordPdfFileName(record.candidate.name)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
