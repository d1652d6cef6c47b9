import { and, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { evidence } from '@/lib/db/schema';

/**
 * The ids of the enrolment's logbook entries the learner has withdrawn (their evidence is
 * 'withdrawn'), as a subquery. A withdrawn entry no longer counts as evidence, so a witness is
 * neither shown it nor allowed to countersign it.
 */
export function withdrawnEntryIds(db: Pick<DbOrTx, 'select'>, enrolmentId: string) {
  return db
    .select({ id: evidence.detailId })
    .from(evidence)
    .where(and(eq(evidence.enrolmentId, enrolmentId), eq(evidence.method, 'logbook'), eq(evidence.state, 'withdrawn'), isNotNull(evidence.detailId)));
}
