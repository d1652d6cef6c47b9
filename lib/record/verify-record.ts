import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { recordSnapshot } from '@/lib/db/schema';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { recordFromSnapshot, snapshotIntact } from '@/lib/record/snapshot-record';
import { normaliseVerificationCode } from '@/lib/record/verification-code';

export type Verification =
  | { found: false }
  | {
      found: true;
      intact: boolean;
      code: string;
      sha256: string;
      record: RecordOfLearning | null;
      version: number;
      supersededByCode: string | null;
      /** Why a newer version replaced this one: a correction of the same attempt, or a later attempt made final. */
      supersededBecause: 'correction' | 'later-attempt' | null;
      createdAt: Date;
    };

/** Looks a printed code up and checks the stored snapshot against its hash. */
export async function verifyRecord(db: Db, input: string, baseUrl: string): Promise<Verification> {
  const code = normaliseVerificationCode(input);
  if (!code) return { found: false };
  const [snapshot] = await db.select().from(recordSnapshot).where(eq(recordSnapshot.verificationCode, code));
  if (!snapshot) return { found: false };
  const [newer] = snapshot.supersededBy
    ? await db.select({ code: recordSnapshot.verificationCode, submissionId: recordSnapshot.submissionId }).from(recordSnapshot).where(eq(recordSnapshot.id, snapshot.supersededBy))
    : [];
  const supersededBecause = newer ? (newer.submissionId === snapshot.submissionId ? 'correction' : 'later-attempt') : null;
  let record: RecordOfLearning | null = null;
  try {
    record = recordFromSnapshot(snapshot, baseUrl, newer?.code ?? null);
  } catch {
    record = null;
  }
  return { found: true, intact: snapshotIntact(snapshot), code, sha256: snapshot.sha256, record, version: snapshot.version, supersededByCode: newer?.code ?? null, supersededBecause, createdAt: snapshot.createdAt };
}
