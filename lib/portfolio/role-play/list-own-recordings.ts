import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { evidence, recording } from '@/lib/db/schema';
import type { EvidenceState } from '@/lib/db/schema/portfolio';
import { evidenceReliedOn } from '@/lib/portfolio/role-play/signed-evidence';

export type OwnRecording = {
  id: string;
  briefId: string;
  name: string;
  mediaType: string;
  size: number;
  durationSeconds: number | null;
  keptAt: Date;
  state: EvidenceState;
  /** A signed judgement relies on it, so it cannot be withdrawn. */
  reliedOn: boolean;
};

/** The learner's own kept recordings, newest first, each with its evidence state. */
export async function listOwnRecordings(db: Pick<DbOrTx, 'select'>, learnerId: string): Promise<OwnRecording[]> {
  const [rows, relied] = await Promise.all([
    db
      .select({ recording, evidenceId: evidence.id, state: evidence.state })
      .from(recording)
      .innerJoin(evidence, and(eq(evidence.detailId, recording.id), eq(evidence.method, 'role-play')))
      .where(eq(recording.learnerId, learnerId))
      .orderBy(desc(recording.createdAt)),
    evidenceReliedOn(db, learnerId),
  ]);
  return rows.map((row) => ({
    id: row.recording.id,
    briefId: row.recording.briefId,
    name: row.recording.name,
    mediaType: row.recording.mediaType,
    size: row.recording.size,
    durationSeconds: row.recording.durationSeconds,
    keptAt: row.recording.createdAt,
    state: row.state,
    reliedOn: relied.has(row.evidenceId),
  }));
}
