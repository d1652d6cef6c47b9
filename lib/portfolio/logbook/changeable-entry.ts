import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { evidence, logbookEntry } from '@/lib/db/schema';
import { LogbookRuleError, NOT_FOUND_MESSAGE } from '@/lib/portfolio/logbook/logbook-errors';
import { signedJudgementReliesOn } from '@/lib/portfolio/logbook/relied-on';
import { isRecordId } from '@/lib/forms/storable-text';

export const RELIED_ON_MESSAGE = 'A signed judgement relies on this entry, so it can no longer be changed or withdrawn. If it is wrong, tell your assessor.';
export const WITHDRAWN_MESSAGE = 'This entry was withdrawn, so it can no longer be changed. Log the ticket again as a new entry.';
export const COUNTERSIGNED_MESSAGE = 'A witness countersigned this entry as it stands, so it can no longer be edited. If it is wrong, withdraw it and log a new entry.';

/**
 * The learner's own entry and its piece of evidence, locked for the change, or a refusal: another
 * learner's entry is simply not found, and evidence a signed judgement relied on stays as judged.
 */
export async function changeableEntry(tx: DbOrTx, learnerId: string, entryId: string) {
  if (!isRecordId(entryId)) throw new LogbookRuleError('not-found', NOT_FOUND_MESSAGE);
  const [row] = await tx
    .select({ entry: logbookEntry, evidence })
    .from(logbookEntry)
    .innerJoin(evidence, and(eq(evidence.detailId, logbookEntry.id), eq(evidence.method, 'logbook')))
    .where(and(eq(logbookEntry.id, entryId), eq(logbookEntry.learnerId, learnerId)))
    .for('update')
    .limit(1);
  if (!row) throw new LogbookRuleError('not-found', NOT_FOUND_MESSAGE);
  if (row.evidence.state === 'withdrawn') throw new LogbookRuleError('withdrawn', WITHDRAWN_MESSAGE);
  if (await signedJudgementReliesOn(tx, row.evidence.id)) throw new LogbookRuleError('relied-on', RELIED_ON_MESSAGE);
  return row;
}
