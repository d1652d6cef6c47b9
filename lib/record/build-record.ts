import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { AssessmentDefinition } from '@/lib/assessment/assessment-schema';
import type { Course, Outcomes } from '@/lib/content/schema';
import type { Db } from '@/lib/db/open-database';
import { assessment, enrolment, evidenceFile, moderationBatch, moderationBatchRecord, profile, submission, submissionItem } from '@/lib/db/schema';
import { countryName } from '@/lib/identity/countries';
import { readEvidenceForAttempt } from '@/lib/portfolio/read-evidence';
import { readSealedEvidence } from '@/lib/portfolio/sealed-evidence';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';
import { criterionEvidence } from '@/lib/record/record-evidence';
import { type RecordOfLearning, RecordOfLearningSchema } from '@/lib/record/record-schema';
import { readSettings } from '@/lib/settings/settings-store';

export type RecordDeps = { course: Course; outcomes: Outcomes; parts: AssessmentDefinition['parts']; sufficiency: SufficiencyFile; baseUrl: string };

const IN_PROGRESS = new Set(['draft', 'submitted', 'in_assessment']);

/** The submission a learner's record is about: the latest one that was submitted, if any. */
export async function recordSubmissionId(db: Pick<Db, 'select'>, enrolmentId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: submission.id })
    .from(submission)
    .where(and(eq(submission.enrolmentId, enrolmentId), ne(submission.status, 'draft')))
    .orderBy(desc(submission.attemptNumber))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The record of learning built from stored rows as they are now (status in progress or assessed),
 * about the enrolment's latest submitted attempt.
 * A final record is never rebuilt for display: it is read from its snapshot (`snapshot-record.ts`).
 */
export async function buildLiveRecord(db: Db, deps: RecordDeps, enrolmentId: string): Promise<RecordOfLearning | null> {
  return buildSubmissionRecord(db, deps, enrolmentId, await recordSubmissionId(db, enrolmentId));
}

/**
 * The record of learning about one attempt of the enrolment (or about none yet, when null): its
 * answers, evidence and latest signed judgement, never another attempt's. A snapshot seals exactly this.
 */
export async function buildSubmissionRecord(db: Db, deps: RecordDeps, enrolmentId: string, submissionId: string | null): Promise<RecordOfLearning | null> {
  const [enrolled] = await db.select().from(enrolment).where(eq(enrolment.id, enrolmentId));
  if (!enrolled) return null;
  const [learner] = await db.select().from(profile).where(eq(profile.userId, enrolled.learnerId));
  const settings = await readSettings(db);
  const [row] = submissionId ? await db.select().from(submission).where(and(eq(submission.id, submissionId), eq(submission.enrolmentId, enrolmentId))) : [];
  if (submissionId && !row) return null;
  const items = row ? await db.select({ bankId: submissionItem.bankId, acs: submissionItem.acs }).from(submissionItem).where(eq(submissionItem.submissionId, row.id)) : [];
  const files = row ? await db.select().from(evidenceFile).where(eq(evidenceFile.submissionId, row.id)).orderBy(asc(evidenceFile.createdAt)) : [];
  const signed = row ? await latestSignedJudgement(db, row.id) : undefined;
  const [batch] = row
    ? await db
        .select({ batch: moderationBatch })
        .from(moderationBatchRecord)
        .innerJoin(moderationBatch, eq(moderationBatch.id, moderationBatchRecord.batchId))
        .where(eq(moderationBatchRecord.submissionId, row.id))
    : [];
  const [assessorProfile] = enrolled.assessorId ? await db.select().from(profile).where(eq(profile.userId, enrolled.assessorId)) : [];
  const [moderatorProfile] = batch ? await db.select().from(profile).where(eq(profile.userId, batch.batch.moderatorId)) : [];
  const judgements = signed?.judgements ?? {};
  // A signed judgement speaks for the evidence it sealed, as it stood then; before signing, the attempt's evidence now.
  const pieces = signed ? await readSealedEvidence(db, signed.evidenceIds) : await readEvidenceForAttempt(db, enrolmentId, row?.id ?? null);
  const evidenceAt = signed?.signedAt ?? new Date();
  const resultFor = (codes: readonly string[]) => {
    if (!signed || codes.length === 0) return null;
    return codes.every((code) => judgements[code]?.met === true) ? ('competent' as const) : ('not_yet_competent' as const);
  };

  const activities = deps.parts.map((part) => {
    const partItems = items.filter((item) => item.bankId === part.bank);
    const acs = [...new Set(partItems.flatMap((item) => item.acs))].sort();
    return {
      title: part.title,
      acs,
      result: resultFor(acs),
      summary: partItems.length === 0 ? 'Not attempted yet' : `${partItems.length} question${partItems.length === 1 ? '' : 's'} answered`,
    };
  });
  const outcomes = deps.outcomes.outcomes.map((outcome) => ({
    code: outcome.code,
    title: outcome.title,
    result: resultFor(outcome.criteria.map((criterion) => criterion.code)),
    criteria: outcome.criteria.map((criterion) => ({
      code: criterion.code,
      text: criterion.text,
      met: signed ? (judgements[criterion.code]?.met ?? null) : null,
      comment: judgements[criterion.code]?.comment || null,
      evidence: criterionEvidence(criterion.code, pieces, deps.sufficiency, evidenceAt),
    })),
  }));
  const signatures: RecordOfLearning['signatures'] = [];
  if (row?.declarationName && row.declaredAt) signatures.push({ name: row.declarationName, role: 'learner', registrationNumber: null, signedAt: row.declaredAt.toISOString() });
  if (signed?.signatureName && signed.signedAt) signatures.push({ name: signed.signatureName, role: 'assessor', registrationNumber: signed.signatureRegistration, signedAt: signed.signedAt.toISOString() });
  if (batch?.batch.signatureName && batch.batch.signedAt) {
    signatures.push({ name: batch.batch.signatureName, role: 'moderator', registrationNumber: batch.batch.signatureRegistration, signedAt: batch.batch.signedAt.toISOString() });
  }
  const identity = learner?.identityKind === 'sa-id' ? { label: 'ID number' as const, number: learner.idNumber } : learner?.identityKind === 'passport' ? { label: 'Passport number' as const, number: learner.passportNumber } : null;
  const record: RecordOfLearning = {
    status: !row || IN_PROGRESS.has(row.status) ? 'in_progress' : 'assessed',
    verification: null,
    supersededBy: null,
    generatedAt: new Date().toISOString(),
    provider: { name: settings.providerName, accreditationNumber: settings.accreditationNumber },
    unitStandard: {
      id: deps.course.unitStandard.id,
      title: deps.course.unitStandard.title,
      nqfLevel: deps.course.unitStandard.nqfLevel,
      credits: deps.course.unitStandard.credits,
      ...(deps.course.unitStandard.registration ? { registration: deps.course.unitStandard.registration } : {}),
    },
    courseVersion: row?.courseVersion ?? enrolled.courseVersion,
    candidate: {
      name: learner?.fullName ?? '',
      identityLabel: identity?.label ?? null,
      identityNumber: identity?.number ?? null,
      passportCountry: learner?.passportCountry ? (countryName(learner.passportCountry) ?? learner.passportCountry) : null,
    },
    assessor: { name: signed?.signatureName ?? assessorProfile?.fullName ?? null, registrationNumber: signed?.signatureRegistration ?? assessorProfile?.registrationNumber ?? null },
    moderator: { name: batch?.batch.signatureName ?? moderatorProfile?.fullName ?? null, registrationNumber: batch?.batch.signatureRegistration ?? moderatorProfile?.registrationNumber ?? null },
    attempt: row ? { number: row.attemptNumber, of: settings.maxAttempts } : null,
    activities,
    evidence: files.map((file) => ({ name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256 })),
    outcomes,
    overall: signed?.outcome ?? null,
    assessorFeedback: signed?.feedback || null,
    dates: {
      enrolled: enrolled.createdAt.toISOString(),
      submitted: row?.submittedAt?.toISOString() ?? null,
      assessed: signed?.signedAt?.toISOString() ?? null,
      moderated: batch?.batch.signedAt?.toISOString() ?? null,
    },
    signatures,
  };
  return RecordOfLearningSchema.parse(record);
}

/** The latest signed round of the assessor's judgement of a submission: the decision a final record seals. */
export async function latestSignedJudgement(db: Pick<Db, 'select'>, submissionId: string) {
  const [signed] = await db
    .select()
    .from(assessment)
    .where(and(eq(assessment.submissionId, submissionId), eq(assessment.status, 'signed')))
    .orderBy(desc(assessment.round))
    .limit(1);
  return signed;
}
