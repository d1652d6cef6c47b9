import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { evidenceFile, session, submission, user } from '@/lib/db/schema';
import { createBatch } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { signBatch } from '@/lib/moderation/sign-batch';
import type { RecordDeps } from '@/lib/record/build-record';
import type { ObjectStore } from '@/lib/storage/object-store';
import { assignAssessor } from '@/lib/users/manage-users';

export type WorldLearner = { id: string; fullName: string; email: string; submissionId: string; evidenceBytes: Uint8Array; storageKey: string; sessionToken: string };

async function withEvidenceAndSession(handle: DatabaseHandle, store: ObjectStore, learnerId: string, fullName: string, submissionId: string): Promise<WorldLearner> {
  const evidenceBytes = new TextEncoder().encode(`%PDF-1.4 ticket notes written by ${fullName} ${randomUUID()}`);
  const stored = await store.put(evidenceBytes);
  await handle.db.insert(evidenceFile).values({ id: randomUUID(), submissionId, name: `${fullName} ticket notes.pdf`, mediaType: 'application/pdf', size: stored.size, sha256: stored.sha256, storageKey: stored.storageKey });
  const sessionToken = `session-secret-${randomUUID()}`;
  await handle.db.insert(session).values({ id: randomUUID(), token: sessionToken, userId: learnerId, expiresAt: new Date(Date.now() + 86_400_000), ipAddress: '196.25.1.1', userAgent: 'Test browser' });
  const [row] = await handle.db.select({ email: user.email }).from(user).where(eq(user.id, learnerId));
  return { id: learnerId, fullName, email: row?.email ?? '', submissionId, evidenceBytes, storageKey: stored.storageKey, sessionToken };
}

/**
 * Two learners with one assessor: the first assessed Competent, agreed and sealed in a signed batch
 * (a final record); the second submitted but not yet assessed. Each has an uploaded file and a session.
 */
export async function dataRightsWorld(handle: DatabaseHandle, store: ObjectStore, content: LoadedAssessment, deps: RecordDeps, names: { final: string; open: string }) {
  const admin = { id: await person(handle, 'Nomvula Khumalo', 'admin'), role: 'admin' as const };
  const assessor = { id: await person(handle, 'Thandi Nkosi', 'assessor', 'MICT/ASS/0117'), role: 'assessor' as const };
  const moderator = { id: await person(handle, 'Pieter van der Merwe', 'moderator', 'MICT/MOD/0042'), role: 'moderator' as const };
  const finalId = await person(handle, names.final, 'learner');
  await assignAssessor(handle.db, admin, finalId, assessor.id);
  await finishLessons(handle, finalId);
  const finalSubmission = await submittedAttempt(handle, content, finalId, names.final);
  const withFinal = await withEvidenceAndSession(handle, store, finalId, names.final, finalSubmission);
  const { revision } = await submissionState(handle, finalSubmission);
  await signJudgement(handle.db, assessor, judgementForm(finalSubmission, revision, []), RULES, PASSWORD);
  const batchId = await createBatch(handle.db, admin, { name: `Intake of ${names.final}`, moderatorId: moderator.id, scope: { assessorId: assessor.id, from: null, to: null } });
  await decideRecord(handle.db, moderator, { batchId, submissionId: finalSubmission, decision: 'agree', reasons: {}, comment: 'Evidence is sufficient.' });
  await signBatch(handle.db, moderator, deps, batchId, PASSWORD);

  const openId = await person(handle, names.open, 'learner');
  await assignAssessor(handle.db, admin, openId, assessor.id);
  await finishLessons(handle, openId);
  const openSubmission = await submittedAttempt(handle, content, openId, names.open);
  const withOpen = await withEvidenceAndSession(handle, store, openId, names.open, openSubmission);
  const [state] = await handle.db.select({ status: submission.status }).from(submission).where(eq(submission.id, openSubmission));
  if (state?.status !== 'submitted') throw new Error(`expected the open attempt to wait for its assessor, found ${state?.status}`);
  return { admin, assessor, moderator, final: withFinal, open: withOpen };
}
