import { eq, inArray } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import { CohortRuleError } from '@/lib/cohorts/cohorts';
import type { Db } from '@/lib/db/open-database';
import { cohort, enrolment, profile } from '@/lib/db/schema';

/** What to change for every learner chosen; a field left out is left as it is, null clears it. */
export type LearnerMove = { cohortId?: string | null; assessorId?: string | null };

/** A page of learners at most: one step an administrator can check before taking it. */
export const MOST_LEARNERS_PER_MOVE = 1000;

/**
 * Moves a set of learners to another cohort and/or assessor in one transaction: every learner
 * moves or none does, and each learner whose enrolment changed gets its own audit event, so their
 * history reads the same as a move made one at a time.
 */
export async function moveLearners(db: Db, actor: Actor, learnerIds: readonly string[], move: LearnerMove): Promise<{ changed: number }> {
  const ids = [...new Set(learnerIds)];
  if (ids.length === 0) throw new CohortRuleError('Choose at least one learner.');
  if (ids.length > MOST_LEARNERS_PER_MOVE) throw new CohortRuleError(`Move at most ${MOST_LEARNERS_PER_MOVE} learners in one step.`);
  if (move.cohortId === undefined && move.assessorId === undefined) throw new CohortRuleError('Choose a cohort or an assessor to move the learners to.');
  return db.transaction(async (tx) => {
    if (move.cohortId) {
      const [found] = await tx.select({ id: cohort.id }).from(cohort).where(eq(cohort.id, move.cohortId));
      if (!found) throw new CohortRuleError('That cohort does not exist.');
    }
    if (move.assessorId) {
      const [assessor] = await tx.select({ role: profile.role }).from(profile).where(eq(profile.userId, move.assessorId));
      if (assessor?.role !== 'assessor') throw new CohortRuleError('Choose a user whose role is assessor.');
      if (ids.includes(move.assessorId)) throw new CohortRuleError('Nobody may assess their own work.');
    }
    const rows = await tx
      .select({ id: enrolment.id, learnerId: enrolment.learnerId, cohortId: enrolment.cohortId, assessorId: enrolment.assessorId })
      .from(enrolment)
      .where(inArray(enrolment.learnerId, ids))
      .for('update');
    if (rows.length !== ids.length) throw new CohortRuleError(`${ids.length - rows.length} of the chosen people are not enrolled learners; nothing was moved.`);
    let changed = 0;
    for (const row of rows) {
      const cohortChanges = move.cohortId !== undefined && move.cohortId !== row.cohortId;
      const assessorChanges = move.assessorId !== undefined && move.assessorId !== row.assessorId;
      if (!cohortChanges && !assessorChanges) continue;
      changed += 1;
      if (cohortChanges) {
        await writeAudit(tx, actor, { type: 'enrolment', id: row.id }, { type: 'enrolment.cohort_changed', data: { cohortId: move.cohortId ?? null, previousCohortId: row.cohortId } });
      }
      if (assessorChanges) {
        await writeAudit(tx, actor, { type: 'enrolment', id: row.id }, { type: 'enrolment.assessor_assigned', data: { assessorId: move.assessorId ?? null, previousAssessorId: row.assessorId } });
      }
    }
    const set = { ...(move.cohortId !== undefined ? { cohortId: move.cohortId } : {}), ...(move.assessorId !== undefined ? { assessorId: move.assessorId } : {}) };
    await tx.update(enrolment).set(set).where(inArray(enrolment.learnerId, ids));
    return { changed };
  });
}
