import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { baseUrl } from '@/lib/auth/create-auth';
import type { Actor } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { getCourseContent } from '@/lib/content/course-content';
import type { Db } from '@/lib/db/open-database';
import { enrolment, recordSnapshot } from '@/lib/db/schema';
import { buildLiveRecord, type RecordDeps, recordSubmissionId } from '@/lib/record/build-record';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { recordFromSnapshot } from '@/lib/record/snapshot-record';

export async function recordDeps(): Promise<RecordDeps> {
  const [{ course, outcomes }, assessment] = await Promise.all([getCourseContent(), getAssessmentContent()]);
  return { course, outcomes, parts: assessment.definition.parts, baseUrl: baseUrl() };
}

/**
 * A learner's record for someone entitled to read it (the learner, their assessor, the moderator
 * of its batch, an administrator); null for anyone else, so the page answers 404.
 * A final record is read from its snapshot, never rebuilt.
 */
export async function recordForViewer(db: Db, actor: Actor, learnerId: string): Promise<RecordOfLearning | null> {
  const relationship = await relationshipTo(db, actor, learnerId);
  if (!can(actor, 'record:read', { relationship })) return null;
  const [enrolled] = await db.select().from(enrolment).where(eq(enrolment.learnerId, learnerId));
  if (!enrolled) return null;
  const deps = await recordDeps();
  const [snapshot] = await db
    .select()
    .from(recordSnapshot)
    .where(and(eq(recordSnapshot.enrolmentId, enrolled.id), isNull(recordSnapshot.supersededAt)))
    .orderBy(desc(recordSnapshot.version))
    .limit(1);
  // A later attempt (after a final Not Yet Competent) makes the live record the current one again.
  if (snapshot && snapshot.submissionId === (await recordSubmissionId(db, enrolled.id))) return recordFromSnapshot(snapshot, deps.baseUrl, null);
  return buildLiveRecord(db, deps, enrolled.id);
}
