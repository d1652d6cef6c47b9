import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { evidence } from '@/lib/db/schema';
import type { Channel, EvidenceState } from '@/lib/db/schema/portfolio';

export type AssessorEvidenceEntry = {
  evidenceId: string;
  method: 'observation' | 'interview';
  detailId: string;
  title: string;
  criteria: string[];
  channel: Channel | null;
  state: EvidenceState;
  occurredAt: Date;
  attesterName: string;
};

/** The enrolment's observations and verification interviews, newest first, withdrawn ones included (and marked). */
export async function listAssessorEvidence(db: Pick<DbOrTx, 'select'>, enrolmentId: string): Promise<AssessorEvidenceEntry[]> {
  const rows = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.enrolmentId, enrolmentId), inArray(evidence.method, ['observation', 'interview'])))
    .orderBy(desc(evidence.occurredAt), desc(evidence.createdAt));
  return rows.flatMap((row) =>
    (row.method === 'observation' || row.method === 'interview') && row.detailId
      ? [{ evidenceId: row.id, method: row.method, detailId: row.detailId, title: row.title, criteria: row.criteria, channel: row.channel, state: row.state, occurredAt: row.occurredAt, attesterName: row.attesterName }]
      : [],
  );
}
