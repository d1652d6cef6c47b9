import { and, asc, desc, eq } from 'drizzle-orm';
import { findItem } from '@/lib/assessment/find-item';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import type { Db } from '@/lib/db/open-database';
import { assessment as judgementTable, evidenceFile, submission, submissionItem } from '@/lib/db/schema';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';
import type { SubmissionStatus } from '@/lib/db/schema/assessment';
import { type PublicQuestion, toPublicQuestion } from '@/lib/quiz/public-question';
import { type QuizResponse, ResponseSchema } from '@/lib/quiz/response';

export type AttemptItemView = { itemKey: string; number: number; question: PublicQuestion; response: QuizResponse | null; acs: string[] };

export type AttemptView = {
  id: string;
  enrolmentId: string;
  attemptNumber: number;
  status: SubmissionStatus;
  submittedAt: Date | null;
  declarationName: string | null;
  revision: number;
  parts: { bank: string; title: string; instructions: string; items: AttemptItemView[] }[];
  evidence: { id: string; name: string; mediaType: string; size: number; sha256: string }[];
  /** The assessor's signed decision, once there is one. */
  decision: { outcome: 'competent' | 'not_yet_competent'; judgements: Record<string, CriterionJudgement>; feedback: string; assessorName: string; signedAt: Date; evidenceIds: string[] } | null;
};

export type AttemptSummary = { id: string; attemptNumber: number; status: SubmissionStatus; submittedAt: Date | null; createdAt: Date };

export async function listAttempts(db: Db, learnerId: string): Promise<AttemptSummary[]> {
  return db
    .select({ id: submission.id, attemptNumber: submission.attemptNumber, status: submission.status, submittedAt: submission.submittedAt, createdAt: submission.createdAt })
    .from(submission)
    .where(eq(submission.learnerId, learnerId))
    .orderBy(desc(submission.attemptNumber));
}

/**
 * The learner's own attempt as the browser may see it: public questions only (no keys), their
 * saved answers and evidence. Scoped in the query, so another learner's id finds nothing.
 */
export async function readAttemptForLearner(db: Db, learnerId: string, assessment: LoadedAssessment, submissionId: string): Promise<AttemptView | null> {
  const [row] = await db.select().from(submission).where(and(eq(submission.id, submissionId), eq(submission.learnerId, learnerId)));
  if (!row) return null;
  const items = await db.select().from(submissionItem).where(eq(submissionItem.submissionId, row.id)).orderBy(asc(submissionItem.position));
  const files = await db.select().from(evidenceFile).where(eq(evidenceFile.submissionId, row.id)).orderBy(asc(evidenceFile.createdAt));
  const parts = assessment.definition.parts.map((part) => ({ bank: part.bank, title: part.title, instructions: part.instructions, items: [] as AttemptItemView[] }));
  for (const [index, item] of items.entries()) {
    const question = findItem(assessment, item.itemKey);
    const part = parts.find((candidate) => candidate.bank === item.bankId);
    if (!question || !part) continue;
    const parsed = item.response === null ? null : ResponseSchema.safeParse(item.response);
    part.items.push({
      itemKey: item.itemKey,
      number: index + 1,
      question: toPublicQuestion(question, `${row.itemSeed}/${item.itemKey}`),
      response: parsed?.success ? parsed.data : null,
      acs: item.acs,
    });
  }
  const [signed] = await db
    .select()
    .from(judgementTable)
    .where(and(eq(judgementTable.submissionId, row.id), eq(judgementTable.status, 'signed')))
    .orderBy(desc(judgementTable.round))
    .limit(1);
  return {
    decision:
      signed?.outcome && signed.signedAt
        ? { outcome: signed.outcome, judgements: signed.judgements, feedback: signed.feedback, assessorName: signed.signatureName ?? '', signedAt: signed.signedAt, evidenceIds: signed.evidenceIds }
        : null,
    id: row.id,
    enrolmentId: row.enrolmentId,
    attemptNumber: row.attemptNumber,
    status: row.status,
    submittedAt: row.submittedAt,
    declarationName: row.declarationName,
    revision: row.revision,
    parts: parts.filter((part) => part.items.length > 0),
    evidence: files.map((file) => ({ id: file.id, name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256 })),
  };
}
