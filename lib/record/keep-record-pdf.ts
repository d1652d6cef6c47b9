import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/open-database';
import { enrolment } from '@/lib/db/schema';
import type { RecordDeps } from '@/lib/record/build-record';
import { currentRecord } from '@/lib/record/current-record';
import type { RecordPdfRenderer } from '@/lib/record/pdf-renderer';
import { recordPdf } from '@/lib/record/record-pdf-cache';
import type { RenderedFileCache } from '@/lib/storage/rendered-file-cache';

export { RECORD_PDF_JOB } from '@/lib/record/snapshot-record';

export const RecordPdfJobSchema = z.strictObject({ enrolmentId: z.string().min(1) });

export type KeepOutcome = 'kept' | 'not-final' | 'not-kept-here';

/**
 * Draws and keeps the enrolment's current record's PDF when that record is final. A server drawing
 * from the development source keeps nothing, so there it does nothing. Throws on a payload that is
 * not the job's (the job fails visibly rather than quietly doing nothing).
 */
export async function keepRecordPdf(
  db: Db,
  payload: unknown,
  deps: { recordDeps: () => Promise<RecordDeps>; renderer: RecordPdfRenderer; cache: RenderedFileCache },
): Promise<KeepOutcome> {
  const { enrolmentId } = RecordPdfJobSchema.parse(payload);
  if (deps.renderer.codeId === null) return 'not-kept-here';
  const [enrolled] = await db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.id, enrolmentId));
  if (!enrolled) return 'not-final';
  const record = await currentRecord(db, await deps.recordDeps(), enrolmentId);
  if (record?.status !== 'final') return 'not-final';
  await recordPdf(record, { renderer: deps.renderer, cache: deps.cache });
  return 'kept';
}
