import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { recordSnapshot } from '@/lib/db/schema';
import { buildLiveRecord, type RecordDeps, recordSubmissionId } from '@/lib/record/build-record';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { recordFromSnapshot } from '@/lib/record/snapshot-record';

/**
 * The enrolment's record as everyone entitled sees it: the current final snapshot when it is about
 * the latest submitted attempt, otherwise the live record of that attempt (a newer attempt after a
 * final Not Yet Competent, or one still in assessment or moderation). A final record is never rebuilt.
 */
export async function currentRecord(db: Db, deps: RecordDeps, enrolmentId: string): Promise<RecordOfLearning | null> {
  const [snapshot] = await db
    .select()
    .from(recordSnapshot)
    .where(and(eq(recordSnapshot.enrolmentId, enrolmentId), isNull(recordSnapshot.supersededAt)));
  if (snapshot && snapshot.submissionId === (await recordSubmissionId(db, enrolmentId))) return recordFromSnapshot(snapshot, deps.baseUrl, null);
  return buildLiveRecord(db, deps, enrolmentId);
}
