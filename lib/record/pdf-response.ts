import type { RecordOfLearning } from '@/lib/record/record-schema';
import { recordPdfFileName } from '@/lib/record/pdf-file-name';
import { renderRecordPdf } from '@/lib/record/record-pdf';

/** Saved as a file ("Download PDF"), or shown in the browser's own viewer ("View PDF"). */
export type PdfDisposition = 'attachment' | 'inline';

/** `?view=1` asks to see the PDF in the browser; anything else downloads it. */
export function pdfDispositionFor(url: string): PdfDisposition {
  return new URL(url).searchParams.get('view') === '1' ? 'inline' : 'attachment';
}

export async function pdfResponse(record: RecordOfLearning, disposition: PdfDisposition): Promise<Response> {
  const bytes = await renderRecordPdf(record);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `${disposition}; filename="${recordPdfFileName(record.candidate.name)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
