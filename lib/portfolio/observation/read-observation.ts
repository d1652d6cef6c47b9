import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { enrolment, evidence, observation, profile } from '@/lib/db/schema';
import type { EvidenceState } from '@/lib/db/schema/portfolio';
import { viewerRights } from '@/lib/portfolio/assessor-evidence/viewer-rights';
import { withdrawalReason } from '@/lib/portfolio/assessor-evidence/withdrawal-reason';

export type ObservationView = typeof observation.$inferSelect & {
  learnerId: string;
  learnerName: string;
  evidenceId: string;
  state: EvidenceState;
  criteria: string[];
  title: string;
  withdrawal: { reason: string; at: Date } | null;
  /** The viewer is the learner's assigned assessor and the observation still counts. */
  canWithdraw: boolean;
};

/** A signed observation for someone entitled to read the learner's evidence; null for anyone else. */
export async function readObservation(db: Db, actor: Actor, observationId: string): Promise<ObservationView | null> {
  const [row] = await db
    .select({ observation, learnerId: enrolment.learnerId, learnerName: profile.fullName, evidence })
    .from(observation)
    .innerJoin(enrolment, eq(enrolment.id, observation.enrolmentId))
    .innerJoin(profile, eq(profile.userId, enrolment.learnerId))
    .innerJoin(evidence, and(eq(evidence.detailId, observation.id), eq(evidence.method, 'observation')))
    .where(eq(observation.id, observationId));
  if (!row) return null;
  const rights = await viewerRights(db, actor, row.learnerId);
  if (!rights.read) return null;
  const withdrawal =
    row.evidence.state === 'withdrawn' ? await withdrawalReason(db, { type: 'observation.withdrawn', enrolmentId: row.observation.enrolmentId, key: 'observationId', id: observationId }) : null;
  return {
    ...row.observation,
    learnerId: row.learnerId,
    learnerName: row.learnerName,
    evidenceId: row.evidence.id,
    state: row.evidence.state,
    criteria: row.evidence.criteria,
    title: row.evidence.title,
    withdrawal,
    canWithdraw: rights.sign && row.evidence.state === 'signed',
  };
}
