import { and, asc, desc, eq, lt } from 'drizzle-orm';
import { submissionFor } from '@/lib/assessing/access';
import { findItem } from '@/lib/assessment/find-item';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { assessment, evidenceFile, moderation, profile, submission, submissionItem } from '@/lib/db/schema';
import type { SubmissionStatus } from '@/lib/db/schema/assessment';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';
import { type QuizResponse, ResponseSchema } from '@/lib/quiz/response';
import { onProviderCalendar } from '@/lib/quiz/clock-answer';
import type { Question } from '@/lib/quiz/schema';
import { providerCalendar } from '@/lib/settings/provider-calendar';
import { readSettings } from '@/lib/settings/settings-store';

export type JudgementView = {
  round: number;
  status: 'draft' | 'signed';
  judgements: Record<string, CriterionJudgement>;
  outcome: 'competent' | 'not_yet_competent' | null;
  feedback: string;
  signatureName: string | null;
  signatureRegistration: string | null;
  signedAt: Date | null;
  /** The evidence a signed round relied on, sealed when it was signed. */
  evidenceIds: string[];
};

export type AssessorItem = { itemKey: string; number: number; partTitle: string; question: Question; response: QuizResponse | null; autoScore: number | null; autoStatus: string | null; acs: string[] };

export type AssessorView = {
  id: string;
  enrolmentId: string;
  learnerId: string;
  learnerName: string;
  attemptNumber: number;
  status: SubmissionStatus;
  revision: number;
  submittedAt: Date | null;
  declarationName: string | null;
  items: AssessorItem[];
  /** `removedAt`: the provider's retention period removed the bytes; the name and sha256 remain. */
  evidence: { id: string; name: string; mediaType: string; size: number; sha256: string; removedAt: Date | null }[];
  current: JudgementView | null;
  rounds: JudgementView[];
  earlier: { attemptNumber: number; submissionId: string; status: SubmissionStatus; judgement: JudgementView | null }[];
  /** Moderator decisions on this record, oldest first. */
  moderation: { decision: 'agree' | 'refer'; reasons: Record<string, string>; comment: string; decidedAt: Date; round: number; moderatorName: string }[];
};

function toView(row: typeof assessment.$inferSelect): JudgementView {
  return {
    round: row.round,
    status: row.status,
    judgements: row.judgements,
    outcome: row.outcome,
    feedback: row.feedback,
    signatureName: row.signatureName,
    signatureRegistration: row.signatureRegistration,
    signedAt: row.signedAt,
    evidenceIds: row.evidenceIds,
  };
}

/** Everything an assessor (or moderator, or admin) sees of a submission, keys included; null when not theirs to see. */
export async function readSubmissionForAssessor(db: Db, actor: Actor, content: LoadedAssessment, submissionId: string): Promise<AssessorView | null> {
  const row = await submissionFor(db, actor, submissionId, 'submission:read');
  if (!row) return null;
  const [learner] = await db.select({ fullName: profile.fullName }).from(profile).where(eq(profile.userId, row.learnerId));
  const itemRows = await db.select().from(submissionItem).where(eq(submissionItem.submissionId, row.id)).orderBy(asc(submissionItem.position));
  const titles = new Map(content.definition.parts.map((part) => [part.bank, part.title]));
  // The key shown is the one the attempt is marked against: on the provider's calendar.
  const calendar = providerCalendar(await readSettings(db));
  const items: AssessorItem[] = [];
  for (const [index, item] of itemRows.entries()) {
    const question = findItem(content, item.itemKey);
    if (!question) continue;
    const parsed = item.response === null ? null : ResponseSchema.safeParse(item.response);
    items.push({
      itemKey: item.itemKey,
      number: index + 1,
      partTitle: titles.get(item.bankId) ?? item.bankId,
      question: onProviderCalendar(question, calendar),
      response: parsed?.success ? parsed.data : null,
      autoScore: item.autoScore,
      autoStatus: item.autoStatus,
      acs: item.acs,
    });
  }
  const files = await db.select().from(evidenceFile).where(eq(evidenceFile.submissionId, row.id)).orderBy(asc(evidenceFile.createdAt));
  const rounds = (await db.select().from(assessment).where(eq(assessment.submissionId, row.id)).orderBy(desc(assessment.round))).map(toView);
  const earlierRows = await db
    .select()
    .from(submission)
    .where(and(eq(submission.enrolmentId, row.enrolmentId), lt(submission.attemptNumber, row.attemptNumber)))
    .orderBy(desc(submission.attemptNumber));
  const earlier = [];
  for (const previous of earlierRows) {
    const [signed] = await db
      .select()
      .from(assessment)
      .where(and(eq(assessment.submissionId, previous.id), eq(assessment.status, 'signed')))
      .orderBy(desc(assessment.round))
      .limit(1);
    earlier.push({ attemptNumber: previous.attemptNumber, submissionId: previous.id, status: previous.status, judgement: signed ? toView(signed) : null });
  }
  const moderationRows = await db
    .select({ row: moderation, moderatorName: profile.fullName })
    .from(moderation)
    .innerJoin(profile, eq(profile.userId, moderation.moderatorId))
    .where(eq(moderation.submissionId, row.id))
    .orderBy(asc(moderation.decidedAt));
  return {
    moderation: moderationRows.map(({ row: entry, moderatorName }) => ({
      decision: entry.decision,
      reasons: entry.reasons,
      comment: entry.comment,
      decidedAt: entry.decidedAt,
      round: entry.assessmentRound,
      moderatorName,
    })),
    id: row.id,
    enrolmentId: row.enrolmentId,
    learnerId: row.learnerId,
    learnerName: learner?.fullName ?? '',
    attemptNumber: row.attemptNumber,
    status: row.status,
    revision: row.revision,
    submittedAt: row.submittedAt,
    declarationName: row.declarationName,
    items,
    evidence: files.map((file) => ({ id: file.id, name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256, removedAt: file.removedAt })),
    current: rounds[0] ?? null,
    rounds,
    earlier,
  };
}
