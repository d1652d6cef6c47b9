import 'server-only';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import type { Db } from '@/lib/db/open-database';
import { enrolment, profile, submission } from '@/lib/db/schema';
import type { MatrixPiece } from '@/lib/portfolio/evidence-matrix';
import { readEvidenceForAttempt } from '@/lib/portfolio/read-evidence';

export type Portfolio = {
  learnerId: string;
  learnerName: string;
  enrolmentId: string;
  /** The latest submitted attempt, whose answers count beside the workplace evidence; null before the first submission. */
  attempt: { id: string; number: number } | null;
  pieces: MatrixPiece[];
};

/**
 * A learner's evidence as it stands now, for someone entitled to read their submissions (the learner,
 * the assigned assessor, the moderator of a batch holding their record, an administrator); null for
 * anyone else, so the page answers 404 without saying the learner exists.
 */
export async function readPortfolio(db: Db, actor: Actor, learnerId: string): Promise<Portfolio | null> {
  const relationship = await relationshipTo(db, actor, learnerId);
  if (!can(actor, 'submission:read', { relationship })) return null;
  const [enrolled] = await db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
  if (!enrolled) return null;
  const [learner] = await db.select({ fullName: profile.fullName }).from(profile).where(eq(profile.userId, learnerId));
  const [latest] = await db
    .select({ id: submission.id, number: submission.attemptNumber })
    .from(submission)
    .where(and(eq(submission.enrolmentId, enrolled.id), ne(submission.status, 'draft')))
    .orderBy(desc(submission.attemptNumber))
    .limit(1);
  const pieces = await readEvidenceForAttempt(db, enrolled.id, latest?.id ?? null);
  return { learnerId, learnerName: learner?.fullName ?? '', enrolmentId: enrolled.id, attempt: latest ?? null, pieces };
}
