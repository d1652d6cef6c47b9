import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { enrolment, evidence, profile, submission, verificationInterview } from '@/lib/db/schema';
import { viewerRights } from '@/lib/portfolio/assessor-evidence/viewer-rights';

export type InterviewView = typeof verificationInterview.$inferSelect & {
  learnerId: string;
  learnerName: string;
  attemptNumber: number | null;
  evidenceId: string;
  title: string;
};

/** A signed verification interview for someone entitled to read the learner's evidence; null for anyone else. */
export async function readInterview(db: Db, actor: Actor, interviewId: string): Promise<InterviewView | null> {
  const [row] = await db
    .select({ interview: verificationInterview, learnerId: enrolment.learnerId, learnerName: profile.fullName, attemptNumber: submission.attemptNumber, evidenceId: evidence.id, title: evidence.title })
    .from(verificationInterview)
    .innerJoin(enrolment, eq(enrolment.id, verificationInterview.enrolmentId))
    .innerJoin(profile, eq(profile.userId, enrolment.learnerId))
    .innerJoin(evidence, and(eq(evidence.detailId, verificationInterview.id), eq(evidence.method, 'interview')))
    .leftJoin(submission, eq(submission.id, verificationInterview.submissionId))
    .where(eq(verificationInterview.id, interviewId));
  if (!row) return null;
  if (!(await viewerRights(db, actor, row.learnerId)).read) return null;
  return { ...row.interview, learnerId: row.learnerId, learnerName: row.learnerName, attemptNumber: row.attemptNumber, evidenceId: row.evidenceId, title: row.title };
}
