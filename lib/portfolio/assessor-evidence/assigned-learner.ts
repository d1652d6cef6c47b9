import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { enrolment, profile } from '@/lib/db/schema';

export type AssignedLearner = { enrolmentId: string; learnerId: string; learnerName: string };

/**
 * The learner's enrolment when `actor` is their assigned assessor, who alone may sign an observation
 * or a verification interview about them (the same rule as signing a judgement); null otherwise.
 */
export async function assignedLearner(db: DbOrTx, actor: Actor, learnerId: string): Promise<AssignedLearner | null> {
  const relationship = await relationshipTo(db, actor, learnerId);
  if (!can(actor, 'assessment:sign', { relationship })) return null;
  const [row] = await db
    .select({ enrolmentId: enrolment.id, learnerId: enrolment.learnerId, learnerName: profile.fullName })
    .from(enrolment)
    .innerJoin(profile, eq(profile.userId, enrolment.learnerId))
    .where(and(eq(enrolment.learnerId, learnerId), eq(enrolment.assessorId, actor.id)))
    .limit(1);
  return row ?? null;
}
