import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { AssessingRuleError } from '@/lib/assessing/assessing-errors';
import { submissionFor } from '@/lib/assessing/access';
import { type JudgementForm, outcomeOf } from '@/lib/assessing/judgement-schema';
import { confirmSigner, type Signer } from '@/lib/assessing/confirm-signer';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { assessment, enrolment, moderationBatch, moderationBatchRecord, submission } from '@/lib/db/schema';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';
import { checkEvidence } from '@/lib/assessing/check-evidence';
import { enqueueNotice } from '@/lib/mail/notices';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';
import { readSettings } from '@/lib/settings/settings-store';
import { queueLearningEvent } from '@/lib/xapi/outbox';

const ASSESSABLE = new Set(['submitted', 'in_assessment', 'referred']);

/** What a judgement is checked against: the criteria (code and text) and the evidence each needs. */
export type JudgementRules = { criteria: readonly { code: string; text: string }[]; sufficiency: SufficiencyFile };

function codesOf(rules: JudgementRules): string[] {
  return rules.criteria.map((criterion) => criterion.code);
}

function toJudgements(form: JudgementForm, codes: readonly string[]): Record<string, CriterionJudgement> {
  return Object.fromEntries(
    codes.map((code) => {
      const entry = form.judgements[code];
      return [code, { met: entry?.met === 'met' ? true : entry?.met === 'not_yet' ? false : null, comment: entry?.comment.trim() ?? '' }];
    }),
  );
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function openForJudgement(tx: Tx, actor: Actor, form: JudgementForm) {
  const row = await submissionFor(tx, actor, form.submissionId, 'assessment:sign');
  if (!row) throw new AssessingRuleError('not-found', 'There is no such submission.');
  await tx.select({ id: submission.id }).from(submission).where(eq(submission.id, row.id)).for('update');
  const [locked] = await tx.select().from(submission).where(eq(submission.id, row.id));
  if (!locked || !ASSESSABLE.has(locked.status)) throw new AssessingRuleError('wrong-state', 'This submission is not waiting for assessment: it has been signed already.');
  if (locked.revision !== form.revision) {
    throw new AssessingRuleError('stale', 'This submission changed since you opened it (someone else saved or signed it). Nothing was saved: reload the page to see the latest, then try again.');
  }
  const [current] = await tx.select().from(assessment).where(eq(assessment.submissionId, row.id)).orderBy(desc(assessment.round)).limit(1);
  const draft = current?.status === 'draft' ? current : null;
  const round = draft?.round ?? (current ? current.round + 1 : 1);
  return { row: locked, draft, round };
}

/** Saves the assessor's work in progress; the submission moves to "being assessed". */
export async function saveJudgementDraft(db: Db, actor: Actor, form: JudgementForm, rules: JudgementRules): Promise<number> {
  return db.transaction(async (tx) => {
    const { row, draft, round } = await openForJudgement(tx, actor, form);
    const judgements = toJudgements(form, codesOf(rules));
    const now = new Date();
    if (draft) await tx.update(assessment).set({ judgements, feedback: form.feedback.trim(), updatedAt: now }).where(eq(assessment.id, draft.id));
    else await tx.insert(assessment).values({ id: randomUUID(), submissionId: row.id, assessorId: actor.id, round, judgements, feedback: form.feedback.trim() });
    const [updated] = await tx
      .update(submission)
      .set({ status: 'in_assessment', revision: sql`${submission.revision} + 1`, updatedAt: now })
      .where(eq(submission.id, row.id))
      .returning({ revision: submission.revision });
    await writeAudit(tx, actor, { type: 'submission', id: row.id }, { type: 'assessment.draft_saved', data: { round } });
    return updated?.revision ?? row.revision + 1;
  });
}

/**
 * Signs the judgement: every criterion decided, feedback for Not Yet Competent, the signer's
 * registration number on file and their password confirmed. One transaction with its audit event.
 */
export async function signJudgement(db: Db, actor: Actor, form: JudgementForm, rules: JudgementRules, password: string): Promise<'competent' | 'not_yet_competent'> {
  // Someone who may not sign this submission learns only that it does not exist: before any
  // password or completeness check could tell them more.
  if (!(await submissionFor(db, actor, form.submissionId, 'assessment:sign'))) throw new AssessingRuleError('not-found', 'There is no such submission.');
  const signer = await confirmSigner(db, actor.id, password);
  if (signer === 'registration-missing') {
    throw new AssessingRuleError('registration-missing', 'Add your SETA registration number on your account page before you sign: it goes on the record of learning.');
  }
  if (signer === 'password') throw new AssessingRuleError('password', 'Your password is not right. Enter it again to sign.');
  return applySignedJudgement(db, actor, signer, form, rules);
}

/** The signed judgement's change of state, for a signer whose identity `confirmSigner` has just confirmed. */
export async function applySignedJudgement(db: Db, actor: Actor, signer: Signer, form: JudgementForm, rules: JudgementRules): Promise<'competent' | 'not_yet_competent'> {
  const codes = codesOf(rules);
  const judgements = toJudgements(form, codes);
  const outcome = outcomeOf(judgements, codes);
  if (outcome === null) throw new AssessingRuleError('undecided', 'Decide every criterion (met or not yet met) before you sign.');
  if (outcome === 'not_yet_competent' && form.feedback.trim().length < 20) {
    throw new AssessingRuleError('feedback-needed', 'Write feedback the learner can act on (at least a sentence) before signing Not Yet Competent.');
  }
  return db.transaction(async (tx) => {
    const { row, draft, round } = await openForJudgement(tx, actor, form);
    const now = new Date();
    const evidenceIds = await checkEvidence(tx, { submission: row, judgements, outcome, rules, now });
    const signed = { judgements, evidenceIds, feedback: form.feedback.trim(), outcome, status: 'signed' as const, signatureName: signer.fullName, signatureRegistration: signer.registrationNumber, signedAt: now, updatedAt: now };
    if (draft) await tx.update(assessment).set(signed).where(and(eq(assessment.id, draft.id), eq(assessment.status, 'draft')));
    else await tx.insert(assessment).values({ id: randomUUID(), submissionId: row.id, assessorId: actor.id, round, ...signed });
    // A record referred back from a moderation batch returns to that batch once signed again.
    const [inBatch] = await tx
      .select({ sampled: moderationBatchRecord.sampled })
      .from(moderationBatchRecord)
      .innerJoin(moderationBatch, eq(moderationBatch.id, moderationBatchRecord.batchId))
      .where(and(eq(moderationBatchRecord.submissionId, row.id), eq(moderationBatch.status, 'open')));
    const nextStatus = inBatch?.sampled ? 'in_moderation' : outcome;
    await tx.update(submission).set({ status: nextStatus, revision: sql`${submission.revision} + 1`, updatedAt: now }).where(eq(submission.id, row.id));
    const settings = await readSettings(tx);
    const [used] = await tx.select({ value: count() }).from(submission).where(eq(submission.enrolmentId, row.enrolmentId));
    const closed = outcome === 'competent' ? 'competent' : (used?.value ?? 0) >= settings.maxAttempts ? 'not_yet_competent' : 'active';
    await tx.update(enrolment).set({ status: closed }).where(eq(enrolment.id, row.enrolmentId));
    const met = Object.values(judgements).filter((judgement) => judgement.met === true).length;
    await writeAudit(tx, actor, { type: 'submission', id: row.id }, {
      type: 'assessment.signed',
      data: { round, outcome, criteriaMet: met, criteriaTotal: codes.length, registrationNumber: signer.registrationNumber },
    });
    await queueLearningEvent(tx, {
      type: 'judgement.signed',
      learnerId: row.learnerId,
      assessorId: actor.id,
      submissionId: row.id,
      attemptNumber: row.attemptNumber,
      outcome,
      criteriaMet: met,
      criteriaTotal: codes.length,
      at: now.toISOString(),
    });
    // A record going (back) into moderation is not released to the learner until the batch is done with it.
    if (nextStatus !== 'in_moderation') await enqueueNotice(tx, { type: 'result-released', to: row.learnerId, submissionId: row.id });
    return outcome;
  });
}
