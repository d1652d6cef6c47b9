import 'server-only';
import { eq } from 'drizzle-orm';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { baseUrl } from '@/lib/auth/create-auth';
import type { Actor } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { getCourseContent } from '@/lib/content/course-content';
import type { Db } from '@/lib/db/open-database';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { enrolment } from '@/lib/db/schema';
import type { RecordDeps } from '@/lib/record/build-record';
import { currentRecord } from '@/lib/record/current-record';
import type { RecordOfLearning } from '@/lib/record/record-schema';

export async function recordDeps(): Promise<RecordDeps> {
  const [{ course, outcomes }, assessment, practical] = await Promise.all([getCourseContent(), getAssessmentContent(), getPracticalContent()]);
  return { course, outcomes, parts: assessment.definition.parts, sufficiency: practical.sufficiency, baseUrl: baseUrl() };
}

/**
 * A learner's record for someone entitled to read it (the learner, their assessor, the moderator
 * of its batch, an administrator); null for anyone else, so the page answers 404.
 */
export async function recordForViewer(db: Db, actor: Actor, learnerId: string): Promise<RecordOfLearning | null> {
  const relationship = await relationshipTo(db, actor, learnerId);
  if (!can(actor, 'record:read', { relationship })) return null;
  const [enrolled] = await db.select().from(enrolment).where(eq(enrolment.learnerId, learnerId));
  if (!enrolled) return null;
  return currentRecord(db, await recordDeps(), enrolled.id);
}
