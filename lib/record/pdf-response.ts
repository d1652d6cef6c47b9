import type { RecordOfLearning } from '@/lib/record/record-schema';
import { renderRecordPdf } from '@/lib/record/record-pdf';

export async function pdfResponse(record: RecordOfLearning): Promise<Response> {
  const bytes = await renderRecordPdf(record);
  const name = `record-of-learning-${record.candidate.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`;
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${name}"`, 'Cache-Control': 'private, no-store' },
  });
}
