import 'server-only';
import { randomUUID } from 'node:crypto';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { evidence, observation } from '@/lib/db/schema';
import { assignedLearner } from '@/lib/portfolio/assessor-evidence/assigned-learner';
import { EvidenceRuleError } from '@/lib/portfolio/assessor-evidence/evidence-rule-error';
import { fieldRefusal } from '@/lib/portfolio/assessor-evidence/field-refusal';
import { requireSigner } from '@/lib/portfolio/assessor-evidence/require-signer';
import { parseSastMoment } from '@/lib/portfolio/assessor-evidence/sast-moment';
import { checkBehaviours, criteriaShown } from '@/lib/portfolio/observation/checklist';
import type { ObservationForm } from '@/lib/portfolio/observation/observation-schema';
import type { ObservationScenario } from '@/lib/portfolio/practical-schemas';

type Input = {
  actor: Actor;
  form: ObservationForm;
  password: string;
  scenarios: readonly ObservationScenario[];
  /** The present moment, against which "not in the future" is judged. */
  now?: Date;
};

/**
 * The assigned assessor's signed observation: the observation row, its evidence piece (claiming
 * the criteria whose every behaviour was observed) and the audit event, in one transaction. It is
 * never edited afterwards; a mistake is corrected by a new observation.
 */
export async function recordObservation(db: Db, { actor, form, password, scenarios, now = new Date() }: Input): Promise<{ observationId: string; evidenceId: string }> {
  const learner = await assignedLearner(db, actor, form.learnerId);
  if (!learner) throw new EvidenceRuleError('not-found', 'There is no such learner among those assigned to you.');
  const scenario = scenarios.find((candidate) => candidate.id === form.scenarioId);
  if (!scenario) throw fieldRefusal({ scenarioId: 'Choose one of the observation scenarios.' });
  const moment = parseSastMoment(form.date, form.time, now);
  const { behaviours, fieldErrors } = checkBehaviours(scenario, form.behaviours);
  if (!moment.ok || Object.keys(fieldErrors).length > 0) throw fieldRefusal({ ...(moment.ok ? {} : moment.fieldErrors), ...fieldErrors });
  const signer = await requireSigner(db, actor.id, password);
  const criteria = criteriaShown(scenario, behaviours);
  const observationId = randomUUID();
  const evidenceId = randomUUID();
  const signedAt = new Date();
  await db.transaction(async (tx) => {
    await tx.insert(observation).values({
      id: observationId,
      enrolmentId: learner.enrolmentId,
      assessorId: actor.id,
      scenarioId: scenario.id,
      live: form.setting === 'live',
      channel: form.channel,
      occurredAt: moment.at,
      place: form.place,
      durationMinutes: form.durationMinutes,
      context: form.context,
      behaviours,
      signatureName: signer.fullName,
      signatureRegistration: signer.registrationNumber,
      signedAt,
    });
    await tx.insert(evidence).values({
      id: evidenceId,
      enrolmentId: learner.enrolmentId,
      learnerId: learner.learnerId,
      method: 'observation',
      criteria,
      channel: form.channel,
      title: scenario.title,
      state: 'signed',
      submissionId: null,
      detailId: observationId,
      attesterRole: 'assessor',
      attesterId: actor.id,
      attesterName: signer.fullName,
      occurredAt: moment.at,
    });
    await writeAudit(tx, actor, { type: 'enrolment', id: learner.enrolmentId }, {
      type: 'observation.recorded',
      data: { observationId, evidenceId, scenarioId: scenario.id, criteriaShown: criteria, registrationNumber: signer.registrationNumber },
    });
  });
  return { observationId, evidenceId };
}
