import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { assessment, enrolment, moderationBatchRecord, profile, submission, submissionItem } from '@/lib/db/schema';
import { explainBorderline } from '@/lib/moderation/borderline';
import type { AssessedDecision } from '@/lib/moderation/sample-types';

export type BatchScope = { assessorId: string | null; from: Date | null; to: Date | null; /** One intake only; absent or null for every learner. */ cohortId?: string | null };

/** Signed decisions not yet in any batch, within the scope, each with why it is borderline (if it is). */
export async function eligibleDecisions(db: DbOrTx, scope: BatchScope): Promise<AssessedDecision[]> {
  const conditions = [inArray(submission.status, ['competent', 'not_yet_competent']), eq(assessment.status, 'signed'), isNull(moderationBatchRecord.submissionId)];
  if (scope.assessorId) conditions.push(eq(assessment.assessorId, scope.assessorId));
  if (scope.from) conditions.push(gte(assessment.signedAt, scope.from));
  if (scope.to) conditions.push(lte(assessment.signedAt, scope.to));
  if (scope.cohortId) conditions.push(eq(enrolment.cohortId, scope.cohortId));
  const rows = await db
    .select({
      submissionId: submission.id,
      assessmentId: assessment.id,
      assessorId: assessment.assessorId,
      learnerName: profile.fullName,
      outcome: assessment.outcome,
      signedAt: assessment.signedAt,
      judgements: assessment.judgements,
    })
    .from(submission)
    .innerJoin(assessment, eq(assessment.submissionId, submission.id))
    .innerJoin(profile, eq(profile.userId, submission.learnerId))
    .innerJoin(enrolment, eq(enrolment.id, submission.enrolmentId))
    .leftJoin(moderationBatchRecord, eq(moderationBatchRecord.submissionId, submission.id))
    .where(and(...conditions))
    .orderBy(asc(assessment.signedAt));
  if (rows.length === 0) return [];
  const assessorIds = [...new Set(rows.map((row) => row.assessorId))];
  const names = new Map((await db.select({ id: profile.userId, name: profile.fullName }).from(profile).where(inArray(profile.userId, assessorIds))).map((p) => [p.id, p.name]));
  // The position of each decision among everything its assessor ever signed: "first decisions" span batches.
  const history = await db
    .select({ id: assessment.id, assessorId: assessment.assessorId })
    .from(assessment)
    .where(and(inArray(assessment.assessorId, assessorIds), eq(assessment.status, 'signed')))
    .orderBy(asc(assessment.signedAt), asc(assessment.id));
  const position = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const entry of history) {
    const next = (counts.get(entry.assessorId) ?? 0) + 1;
    counts.set(entry.assessorId, next);
    position.set(entry.id, next);
  }
  const scores = await db
    .select({ submissionId: submissionItem.submissionId, autoScore: submissionItem.autoScore, autoStatus: submissionItem.autoStatus })
    .from(submissionItem)
    .where(inArray(submissionItem.submissionId, rows.map((row) => row.submissionId)));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) latest.set(row.submissionId, row);
  return [...latest.values()].flatMap((row) => {
    if (!row.outcome || !row.signedAt) return [];
    const marked = scores.filter((score) => score.submissionId === row.submissionId && score.autoStatus === 'marked');
    const autoAverage = marked.length === 0 ? null : marked.reduce((sum, score) => sum + (score.autoScore ?? 0), 0) / marked.length;
    const notMet = Object.entries(row.judgements)
      .filter(([, judgement]) => judgement.met === false)
      .map(([code]) => code)
      .sort();
    return [
      {
        submissionId: row.submissionId,
        assessorId: row.assessorId,
        assessorName: names.get(row.assessorId) ?? '',
        learnerName: row.learnerName,
        outcome: row.outcome,
        signedAt: row.signedAt,
        borderline: explainBorderline({ outcome: row.outcome, autoAverage, notMet }),
        assessorDecisionNumber: position.get(row.assessmentId) ?? 1,
      },
    ];
  });
}
