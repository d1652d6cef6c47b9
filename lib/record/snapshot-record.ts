import { randomUUID } from 'node:crypto';
import { buildSubmissionRecord, type RecordDeps } from '@/lib/record/build-record';
import { canonicalJson, sha256Hex } from '@/lib/record/canonical-json';
import type { Db } from '@/lib/db/open-database';
import { recordSnapshot } from '@/lib/db/schema';
import { enqueueJob } from '@/lib/jobs/enqueue-job';
import { type RecordOfLearning, RecordOfLearningSchema } from '@/lib/record/record-schema';
import { newVerificationCode } from '@/lib/record/verification-code';

export type Snapshot = typeof recordSnapshot.$inferSelect;

/** The job that draws a final record's PDF ahead of its first download (lib/record/keep-record-pdf.ts). */
export const RECORD_PDF_JOB = 'record-pdf';

export type SnapshotInput = {
  enrolmentId: string;
  submissionId: string;
  /** The signed judgement the snapshot seals. */
  assessmentId: string;
  version: number;
  createdBy: string;
  correctionReason?: string;
};

/**
 * Freezes one attempt's record as it stands into a new snapshot version: canonical JSON, its sha256
 * and a verification code. Called inside the transaction that makes the record final (or corrects
 * it), through `record-versions.ts`, which decides the version and what it supersedes.
 */
export async function createSnapshot(tx: Db, deps: RecordDeps, input: SnapshotInput): Promise<Snapshot> {
  const live = await buildSubmissionRecord(tx, deps, input.enrolmentId, input.submissionId);
  if (!live) throw new Error('The record cannot be built: the enrolment or the attempt is missing');
  const frozen: RecordOfLearning = { ...live, status: 'final', verification: null, supersededBy: null };
  const text = canonicalJson(frozen);
  const [row] = await tx
    .insert(recordSnapshot)
    .values({
      id: randomUUID(),
      enrolmentId: input.enrolmentId,
      submissionId: input.submissionId,
      assessmentId: input.assessmentId,
      version: input.version,
      canonicalJson: text,
      sha256: sha256Hex(text),
      verificationCode: newVerificationCode(),
      createdBy: input.createdBy,
      correctionReason: input.correctionReason ?? null,
    })
    .returning();
  if (!row) throw new Error('The snapshot was not stored');
  // Queued with the snapshot, so it exists exactly when the record became final (lib/record/keep-record-pdf.ts).
  await enqueueJob(tx, { kind: RECORD_PDF_JOB, payload: { enrolmentId: input.enrolmentId }, maxAttempts: 3 });
  return row;
}

/** Whether the stored text still hashes to the stored sha256: false means it was changed after signing. */
export function snapshotIntact(snapshot: Pick<Snapshot, 'canonicalJson' | 'sha256'>): boolean {
  return sha256Hex(snapshot.canonicalJson) === snapshot.sha256;
}

/** The record exactly as frozen, with its verification details and, once corrected, its superseded status. */
export function recordFromSnapshot(snapshot: Snapshot, baseUrl: string, supersededByCode: string | null): RecordOfLearning {
  const frozen = RecordOfLearningSchema.parse(JSON.parse(snapshot.canonicalJson));
  return {
    ...frozen,
    status: snapshot.supersededAt ? 'superseded' : 'final',
    supersededBy: supersededByCode,
    verification: { code: snapshot.verificationCode, url: `${baseUrl}/verify/${snapshot.verificationCode}`, sha256: snapshot.sha256 },
  };
}
