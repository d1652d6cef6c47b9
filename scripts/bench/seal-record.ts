import { randomUUID } from 'node:crypto';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { RULES } from '@/lib/assessment/testing/fixtures';
import type { CourseContent } from '@/lib/content/load-content';
import type { Db } from '@/lib/db/open-database';
import { recordSnapshot } from '@/lib/db/schema';
import { buildSubmissionRecord } from '@/lib/record/build-record';
import { canonicalJson, sha256Hex } from '@/lib/record/canonical-json';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { newVerificationCode } from '@/lib/record/verification-code';

/**
 * Seals one crowd learner's record as final, so the bench can time the download of a final PDF
 * that was drawn once and kept. Synthetic: no judgement or moderation stands behind it.
 */
export async function sealRecordForBench(
  db: Db,
  input: { content: CourseContent; assessment: LoadedAssessment; enrolmentId: string; submissionId: string; createdBy: string; baseUrl: string },
): Promise<void> {
  const deps = { course: input.content.course, outcomes: input.content.outcomes, parts: input.assessment.definition.parts, sufficiency: RULES.sufficiency, baseUrl: input.baseUrl };
  const live = await buildSubmissionRecord(db, deps, input.enrolmentId, input.submissionId);
  if (!live) throw new Error('The bench record cannot be built');
  const frozen: RecordOfLearning = { ...live, status: 'final', verification: null, supersededBy: null };
  const text = canonicalJson(frozen);
  await db.insert(recordSnapshot).values({
    id: randomUUID(),
    enrolmentId: input.enrolmentId,
    submissionId: input.submissionId,
    version: 1,
    canonicalJson: text,
    sha256: sha256Hex(text),
    verificationCode: newVerificationCode(),
    createdBy: input.createdBy,
  });
}
