import { and, eq } from 'drizzle-orm';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, givePracticalEvidence, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, evidence, recording } from '@/lib/db/schema';
import { createBatch } from '@/lib/moderation/create-batch';
import { assignAssessor } from '@/lib/users/manage-users';

/** A learner with an assigned assessor, a stranger learner and an unassigned assessor. */
export async function rolePlayWorld(handle: DatabaseHandle) {
  const admin = { id: await person(handle, 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
  const assessor = { id: await person(handle, 'Refilwe Maseko', 'assessor', 'MICT/ASS/0999'), role: 'assessor' as const };
  const otherAssessor = { id: await person(handle, 'Johan Botha', 'assessor', 'MICT/ASS/0100'), role: 'assessor' as const };
  const learner = { id: await person(handle, 'Tumelo Phiri', 'learner'), role: 'learner' as const };
  const otherLearner = { id: await person(handle, 'Ayesha Patel', 'learner'), role: 'learner' as const };
  await assignAssessor(handle.db, admin, learner.id, assessor.id);
  return { admin, assessor, otherAssessor, learner, otherLearner };
}

/** The learner submits an attempt and the assessor signs Competent; returns the submission. */
export async function signedCompetent(handle: DatabaseHandle, content: LoadedAssessment, world: Awaited<ReturnType<typeof rolePlayWorld>>): Promise<string> {
  await finishLessons(handle, world.learner.id);
  // Kept recordings alone do not meet every criterion's rule: add the fixture's observation and testimony.
  await givePracticalEvidence(handle, world.learner.id);
  const submissionId = await submittedAttempt(handle, content, world.learner.id, 'Tumelo Phiri', { practicalEvidence: false });
  const { revision } = await submissionState(handle, submissionId);
  await signJudgement(handle.db, world.assessor, judgementForm(submissionId, revision), RULES, PASSWORD);
  return submissionId;
}

/** A moderator whose batch holds the learner's signed record. */
export async function batchModerator(handle: DatabaseHandle, world: Awaited<ReturnType<typeof rolePlayWorld>>) {
  const moderator = { id: await person(handle, 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0042'), role: 'moderator' as const };
  await createBatch(handle.db, world.admin, { name: 'Role-play batch', moderatorId: moderator.id, scope: { assessorId: world.assessor.id, from: null, to: null } });
  return moderator;
}

/** Counts of what a keep writes, for "nothing was written" checks. */
export async function writtenFor(handle: DatabaseHandle, learnerId: string) {
  const recordings = await handle.db.select({ id: recording.id }).from(recording).where(eq(recording.learnerId, learnerId));
  const pieces = await handle.db.select({ id: evidence.id }).from(evidence).where(and(eq(evidence.learnerId, learnerId), eq(evidence.method, 'role-play')));
  const events = await handle.db.select({ type: auditEvent.type }).from(auditEvent).where(eq(auditEvent.actorId, learnerId));
  return { recordings: recordings.length, evidence: pieces.length, roleplayEvents: events.filter((event) => event.type.startsWith('role_play.')).length };
}
