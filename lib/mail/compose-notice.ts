import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { assessment, enrolment, mailPreference, moderation, moderationBatch, profile, submission, user, witnessInvitation } from '@/lib/db/schema';
import { composePasswordLink, composePasswordReset } from '@/lib/mail/compose-password-notice';
import type { MessageBody } from '@/lib/mail/render-message';
import { isOptional, type Notice } from '@/lib/mail/notices';
import { witnessLinkPath } from '@/lib/portfolio/witness/witness-token';

export type Addressed = { to: string; body: MessageBody };

/** Submissions an assessor's queue holds: waiting, being assessed, or referred back. */
export const WAITING_STATUSES = ['submitted', 'in_assessment', 'referred'] as const;

async function person(db: DbOrTx, userId: string) {
  const [row] = await db.select({ email: user.email, name: user.name, fullName: profile.fullName }).from(user).leftJoin(profile, eq(profile.userId, user.id)).where(eq(user.id, userId));
  return row ? { email: row.email, name: row.fullName ?? row.name } : null;
}

async function optedOut(db: DbOrTx, userId: string, type: Notice['type']): Promise<boolean> {
  if (!isOptional(type)) return false;
  const [row] = await db.select({ optedOut: mailPreference.optedOut }).from(mailPreference).where(eq(mailPreference.userId, userId));
  return row?.optedOut.includes(type) ?? false;
}

async function learnerOf(db: DbOrTx, submissionId: string) {
  const [row] = await db.select({ learnerId: submission.learnerId, attemptNumber: submission.attemptNumber, name: profile.fullName }).from(submission).innerJoin(profile, eq(profile.userId, submission.learnerId)).where(eq(submission.id, submissionId));
  return row ?? null;
}

async function batchName(db: DbOrTx, batchId: string): Promise<string | null> {
  const [row] = await db.select({ name: moderationBatch.name }).from(moderationBatch).where(eq(moderationBatch.id, batchId));
  return row?.name ?? null;
}

/**
 * The message a notice becomes, worked out when it is sent (so it says how things stand then), or
 * null when there is nothing to send: the person is gone, turned this notice off, or there is no
 * e-mail address to write to. A reset asked for by address makes its link here (see
 * composePasswordReset), which is why this takes the database rather than a transaction.
 */
export async function composeNotice(db: Db, notice: Notice, base: string): Promise<Addressed | null> {
  if (notice.type === 'witness-invitation') return composeWitness(db, notice, base);
  if (notice.type === 'password-link') return composePasswordLink(db, notice, base);
  if (notice.type === 'password-reset') return composePasswordReset(db, notice, base);
  const recipient = await person(db, notice.to);
  if (!recipient || (await optedOut(db, notice.to, notice.type))) return null;
  const greeting = `Hello ${recipient.name},`;
  switch (notice.type) {
    case 'submission-waiting': {
      const learner = await learnerOf(db, notice.submissionId);
      if (!learner) return null;
      return {
        to: recipient.email,
        body: { subject: `Submission waiting: ${learner.name}, attempt ${learner.attemptNumber}`, greeting, paragraphs: [`${learner.name} submitted attempt ${learner.attemptNumber} of the summative assessment. It is waiting for you to assess it.`], link: { label: 'Assess the submission', url: `${base}/assess/${notice.submissionId}` } },
      };
    }
    case 'result-released': {
      const [signed] = await db.select({ outcome: assessment.outcome, feedback: assessment.feedback }).from(assessment).where(and(eq(assessment.submissionId, notice.submissionId), eq(assessment.status, 'signed'))).orderBy(desc(assessment.round)).limit(1);
      if (!signed) return null;
      const result = signed.outcome === 'competent' ? 'Competent' : 'Not Yet Competent';
      const paragraphs = [`Your assessor has signed the result of your summative assessment: ${result}.`];
      if (signed.feedback.trim()) paragraphs.push(`Your assessor’s feedback:\n${signed.feedback.trim()}`);
      return { to: recipient.email, body: { subject: `Your assessment result: ${result}`, greeting, paragraphs, link: { label: 'See your result and feedback', url: `${base}/assessment/${notice.submissionId}` } } };
    }
    case 'referral': {
      const learner = await learnerOf(db, notice.submissionId);
      const [decided] = await db.select({ comment: moderation.comment }).from(moderation).where(and(eq(moderation.submissionId, notice.submissionId), eq(moderation.batchId, notice.batchId))).orderBy(desc(moderation.decidedAt)).limit(1);
      if (!learner) return null;
      const paragraphs = [`The moderator referred your judgement of ${learner.name}’s attempt ${learner.attemptNumber} back to you, with reasons. Look at it again and sign it again.`];
      if (decided?.comment.trim()) paragraphs.push(`The moderator’s comment:\n${decided.comment.trim()}`);
      return { to: recipient.email, body: { subject: `Referred back: ${learner.name}, attempt ${learner.attemptNumber}`, greeting, paragraphs, link: { label: 'Reassess the submission', url: `${base}/assess/${notice.submissionId}` } } };
    }
    case 'batch-ready': {
      const name = await batchName(db, notice.batchId);
      if (name === null) return null;
      return { to: recipient.email, body: { subject: `Moderation batch ready: ${name}`, greeting, paragraphs: [`The moderation batch “${name}” is ready for you, with its sample of records to moderate.`], link: { label: 'Open the batch', url: `${base}/moderate/${notice.batchId}` } } };
    }
    case 'batch-signed': {
      const name = await batchName(db, notice.batchId);
      if (name === null) return null;
      return { to: recipient.email, body: { subject: `Moderation batch signed: ${name}`, greeting, paragraphs: [`The moderator signed the batch “${name}”. Your judgements in it are now final on the learners’ records.`], link: { label: 'Open your assessment queue', url: `${base}/assess` } } };
    }
    case 'assessor-digest': {
      const waiting = await db
        .select({ id: submission.id, attemptNumber: submission.attemptNumber, name: profile.fullName, status: submission.status })
        .from(submission)
        .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
        .innerJoin(profile, eq(profile.userId, submission.learnerId))
        .where(and(eq(enrolment.assessorId, notice.to), inArray(submission.status, [...WAITING_STATUSES])))
        .orderBy(submission.submittedAt);
      if (waiting.length === 0) return null;
      const lines = waiting.map((row) => `• ${row.name}, attempt ${row.attemptNumber} (${row.status.replace('_', ' ')}): ${base}/assess/${row.id}`);
      return { to: recipient.email, body: { subject: `${waiting.length} submission${waiting.length === 1 ? '' : 's'} waiting for you`, greeting, paragraphs: [`Your assessment queue on ${notice.day}:`, lines.join('\n')], link: { label: 'Open your assessment queue', url: `${base}/assess` } } };
    }
  }
}

async function composeWitness(db: DbOrTx, notice: Extract<Notice, { type: 'witness-invitation' }>, base: string): Promise<Addressed | null> {
  const [invitation] = await db.select().from(witnessInvitation).where(eq(witnessInvitation.id, notice.invitationId));
  // A link revoked, used or expired before the message went is not worth sending.
  if (!invitation || !notice.token || !invitation.contact.includes('@') || invitation.revokedAt || invitation.usedAt || invitation.expiresAt < new Date()) return null;
  const learner = await person(db, invitation.learnerId);
  const learnerName = learner?.name ?? 'A learner';
  return {
    to: invitation.contact,
    body: {
      subject: `${learnerName} asks you to witness their work`,
      greeting: `Hello ${invitation.witnessName},`,
      paragraphs: [
        `${learnerName} is completing a customer care qualification and named you (${invitation.witnessRole}, ${invitation.organisation}) as a workplace witness.`,
        `The link below lets you write a short testimony about their work. It works once and expires on ${invitation.expiresAt.toISOString().slice(0, 10)}. You do not need an account.`,
      ],
      link: { label: 'Write the testimony', url: `${base}${witnessLinkPath(notice.token)}` },
    },
  };
}
