import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AssessingRuleError } from '@/lib/assessing/assessing-errors';
import { signJudgement } from '@/lib/assessing/record-judgement';
import { judgementForm, submissionState } from '@/lib/assessing/testing/judgement-forms';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { finishLessons, loadRealAssessment, PASSWORD, person, RULES, submittedAttempt } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { assessment, enrolment, evidence, verificationInterview } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { updateSettings } from '@/lib/settings/settings-store';
import { assignAssessor } from '@/lib/users/manage-users';

let content: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  content = await loadRealAssessment();
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

/** A learner whose only evidence is one submitted summative attempt (no observation, witness or logbook), and their assessor. */
async function knowledgeOnly(handle: DatabaseHandle) {
  const admin = { id: await person(handle, 'Admin Person', 'admin'), role: 'admin' as const };
  const assessorId = await person(handle, 'Refilwe Maseko', 'assessor', 'MICT/ASS/0999');
  const learnerId = await person(handle, 'Tumelo Phiri', 'learner');
  await assignAssessor(handle.db, admin, learnerId, assessorId);
  await finishLessons(handle, learnerId);
  const submissionId = await submittedAttempt(handle, content, learnerId, 'Tumelo Phiri', { practicalEvidence: false });
  const [enrolled] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
  return { admin, assessor: { id: assessorId, role: 'assessor' as const }, learnerId, submissionId, enrolmentId: enrolled?.id ?? '' };
}

async function observe(handle: DatabaseHandle, learner: { learnerId: string; enrolmentId: string }, channel: 'phone' | 'in-person' | 'email', criteria: string[]) {
  await handle.db.insert(evidence).values({
    id: randomUUID(),
    enrolmentId: learner.enrolmentId,
    learnerId: learner.learnerId,
    method: 'observation',
    criteria,
    channel,
    title: `Observed ${channel} interaction`,
    state: 'signed',
    attesterRole: 'assessor',
    attesterName: 'Refilwe Maseko',
    occurredAt: new Date(),
  });
}

for (const kind of TEST_DATABASE_KINDS) {
  const db = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: Competent on the summative alone is refused for every criterion the simulated ticket does not claim, naming each rule and what is missing`, async () => {
    const learner = await knowledgeOnly(db());
    const { revision } = await submissionState(db(), learner.submissionId);
    const refusal = signJudgement(db().db, learner.assessor, judgementForm(learner.submissionId, revision), RULES, PASSWORD);
    await expect(refusal).rejects.toMatchObject({ code: 'insufficient' });
    const error = await refusal.then(
      () => null,
      (caught: unknown) => (caught instanceof AssessingRuleError ? caught : null),
    );
    if (!error) throw new Error('not refused with a rule error');
    // The simulated ticket is practical evidence of its own: with the knowledge test it meets the rules of the criteria it claims.
    const ticketCriteria = new Set(content.banks.get('tickets')?.items.flatMap((item) => item.acs));
    expect([...ticketCriteria].sort()).toEqual(['AC2.1', 'AC2.2', 'AC2.3', 'AC2.4']);
    expect(Object.keys(error.criteria).sort()).toEqual(RULES.criteria.map((criterion) => criterion.code).filter((code) => !ticketCriteria.has(code)).sort());
    expect(error.criteria['AC1.3']).toMatch(/^AC1\.3 \(Conduct is professional by phone, e-mail and in person\.\) needs 3 pieces of evidence, from 2 methods, 2 of them practical, practical evidence on 2 channels\. It has 2 pieces: 2 × Knowledge test\. Missing: 1 more piece of evidence; evidence from 1 more method; 2 more practical pieces/);
    expect((await submissionState(db(), learner.submissionId)).status).toBe('submitted');
  });

  test(`${kind}: Not Yet Competent on the criteria without sufficient evidence can be signed, and Competent once the practical evidence is there`, async () => {
    const learner = await knowledgeOnly(db());
    await observe(db(), learner, 'phone', ['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC2.1', 'AC2.2', 'AC2.3', 'AC2.4', 'AC3.1', 'AC3.2', 'AC3.3', 'AC3.4']);
    const { revision } = await submissionState(db(), learner.submissionId);
    // One phone observation meets every default rule but not AC1.2 (two practical) or AC1.3 (two channels).
    await expect(signJudgement(db().db, learner.assessor, judgementForm(learner.submissionId, revision), RULES, PASSWORD)).rejects.toMatchObject({
      code: 'insufficient',
      criteria: { 'AC1.2': expect.any(String), 'AC1.3': expect.stringContaining('practical evidence on 1 more channel') },
    });
    expect(await signJudgement(db().db, learner.assessor, judgementForm(learner.submissionId, revision, ['AC1.2', 'AC1.3']), RULES, PASSWORD)).toBe('not_yet_competent');

    const second = await submittedAttempt(db(), content, learner.learnerId, 'Tumelo Phiri', { practicalEvidence: false });
    await observe(db(), learner, 'in-person', ['AC1.2', 'AC1.3']);
    const opened = (await submissionState(db(), second)).revision;
    expect(await signJudgement(db().db, learner.assessor, judgementForm(second, opened), RULES, PASSWORD)).toBe('competent');
    const [signed] = await db().db.select({ evidenceIds: assessment.evidenceIds }).from(assessment).where(eq(assessment.submissionId, second));
    const relied = await db().db.select({ id: evidence.id, submissionId: evidence.submissionId }).from(evidence).where(eq(evidence.enrolmentId, learner.enrolmentId));
    // The judgement seals this attempt's answers and both observations, never the earlier attempt's answers.
    expect(signed?.evidenceIds.sort()).toEqual(relied.filter((piece) => piece.submissionId === null || piece.submissionId === second).map((piece) => piece.id).sort());
  });

  test(`${kind}: an interview that doubts authenticity blocks Competent, and a required interview must find the work authentic`, async () => {
    const learner = await knowledgeOnly(db());
    await observe(db(), learner, 'phone', RULES.criteria.map((criterion) => criterion.code));
    await observe(db(), learner, 'in-person', ['AC1.2', 'AC1.3']);
    const interview = (verdict: 'authentic' | 'doubts', at: Date) => ({
      id: randomUUID(),
      enrolmentId: learner.enrolmentId,
      submissionId: learner.submissionId,
      assessorId: learner.assessor.id,
      questions: [{ question: 'Talk me through how you worked out the due time in item 3.', answer: 'I counted business hours from 16:30 and skipped the holiday.' }],
      verdict,
      notes: '',
      occurredAt: at,
      signatureName: 'Refilwe Maseko',
      signatureRegistration: 'MICT/ASS/0999',
      signedAt: at,
    });
    await updateSettings(db().db, null, { verificationInterviewRequired: true });
    try {
      const { revision } = await submissionState(db(), learner.submissionId);
      await expect(signJudgement(db().db, learner.assessor, judgementForm(learner.submissionId, revision), RULES, PASSWORD)).rejects.toMatchObject({ code: 'authenticity', message: /requires a verification interview/ });
      await db().db.insert(verificationInterview).values(interview('doubts', new Date(Date.now() - 60_000)));
      await expect(signJudgement(db().db, learner.assessor, judgementForm(learner.submissionId, revision), RULES, PASSWORD)).rejects.toMatchObject({ code: 'authenticity', message: /recorded doubts/ });
      await db().db.insert(verificationInterview).values(interview('authentic', new Date()));
      expect(await signJudgement(db().db, learner.assessor, judgementForm(learner.submissionId, revision), RULES, PASSWORD)).toBe('competent');
    } finally {
      await updateSettings(db().db, null, { verificationInterviewRequired: false });
    }
  });
}
