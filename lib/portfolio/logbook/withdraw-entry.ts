import 'server-only';
import { eq } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { evidence } from '@/lib/db/schema';
import { changeableEntry } from '@/lib/portfolio/logbook/changeable-entry';
import { LogbookRuleError, NOT_FOUND_MESSAGE } from '@/lib/portfolio/logbook/logbook-errors';

/** Takes an entry back: its evidence becomes 'withdrawn' (kept for the audit trail), with the audit event, in one transaction. */
export async function withdrawLogbookEntry(db: Db, { actor, entryId, now = new Date() }: { actor: Actor; entryId: string; now?: Date }): Promise<void> {
  if (!can(actor, 'logbook:keep', { relationship: 'self' })) throw new LogbookRuleError('not-found', NOT_FOUND_MESSAGE);
  await db.transaction(async (tx) => {
    const current = await changeableEntry(tx, actor.id, entryId);
    await tx.update(evidence).set({ state: 'withdrawn', updatedAt: now }).where(eq(evidence.id, current.evidence.id));
    await writeAudit(tx, actor, { type: 'enrolment', id: current.entry.enrolmentId }, { type: 'logbook.entry_withdrawn', data: { entryId, evidenceId: current.evidence.id } });
  });
}
