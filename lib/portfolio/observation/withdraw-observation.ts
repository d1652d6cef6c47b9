import 'server-only';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { enrolment, evidence, observation } from '@/lib/db/schema';
import { assignedLearner } from '@/lib/portfolio/assessor-evidence/assigned-learner';
import { EvidenceRuleError } from '@/lib/portfolio/assessor-evidence/evidence-rule-error';
import { fieldRefusal } from '@/lib/portfolio/assessor-evidence/field-refusal';
import { isRecordId, isStorableText, UNSTORABLE_TEXT_MESSAGE } from '@/lib/forms/storable-text';

/**
 * Takes a signed observation back (it was wrong, or of someone else): its evidence piece becomes
 * 'withdrawn' and no longer counts; the observation itself stays as signed, and the reason goes on
 * the audit trail. Only the learner's assigned assessor may withdraw it.
 */
export async function withdrawObservation(db: Db, { actor, observationId, reason }: { actor: Actor; observationId: string; reason: string }): Promise<void> {
  if (!isRecordId(observationId)) throw new EvidenceRuleError('not-found', 'There is no such observation among your learners\u2019 evidence.');
  const [row] = await db
    .select({ enrolmentId: observation.enrolmentId, learnerId: enrolment.learnerId })
    .from(observation)
    .innerJoin(enrolment, eq(enrolment.id, observation.enrolmentId))
    .where(eq(observation.id, observationId));
  const learner = row ? await assignedLearner(db, actor, row.learnerId) : null;
  if (!row || learner?.enrolmentId !== row.enrolmentId) throw new EvidenceRuleError('not-found', 'There is no such observation among your learners\u2019 evidence.');
  const why = reason.trim();
  if (why.length < 10) throw fieldRefusal({ reason: 'Say in a sentence why the observation is withdrawn: it goes on the audit trail.' });
  if (why.length > 1000) throw fieldRefusal({ reason: 'The reason has at most 1,000 characters.' });
  if (!isStorableText(why)) throw fieldRefusal({ reason: UNSTORABLE_TEXT_MESSAGE });
  await db.transaction(async (tx) => {
    const [piece] = await tx
      .select({ id: evidence.id, state: evidence.state })
      .from(evidence)
      .where(and(eq(evidence.detailId, observationId), eq(evidence.method, 'observation')))
      .for('update');
    if (!piece) throw new EvidenceRuleError('not-found', 'There is no such observation among your learners\u2019 evidence.');
    if (piece.state === 'withdrawn') throw new EvidenceRuleError('withdrawn', 'This observation was withdrawn already.');
    await tx.update(evidence).set({ state: 'withdrawn', updatedAt: new Date() }).where(eq(evidence.id, piece.id));
    await writeAudit(tx, actor, { type: 'enrolment', id: row.enrolmentId }, { type: 'observation.withdrawn', data: { observationId, evidenceId: piece.id, reason: why } });
  });
}
