import 'server-only';
import { eq } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { evidence, logbookEntry } from '@/lib/db/schema';
import { COUNTERSIGNED_MESSAGE, changeableEntry } from '@/lib/portfolio/logbook/changeable-entry';
import { LogbookRuleError, NOT_FOUND_MESSAGE } from '@/lib/portfolio/logbook/logbook-errors';
import { entryColumns, evidenceTitle, prepareEntry } from '@/lib/portfolio/logbook/prepare-entry';
import { logbookSlaTerms, type SlaTerms } from '@/lib/portfolio/logbook/sla-terms';
import { readSettings } from '@/lib/settings/settings-store';
import type { LogbookClaims } from '@/lib/portfolio/practical-schemas';

export type EditEntryOptions = {
  actor: Actor;
  entryId: string;
  input: unknown;
  claims: LogbookClaims;
  now?: Date;
  terms?: SlaTerms;
};

/**
 * Corrects one of the learner's own entries: due times, flags and the evidence's claimed criteria
 * are worked out again, and the entry, its evidence and the audit event change in one transaction.
 */
export async function editLogbookEntry(db: Db, { actor, entryId, input, claims, now = new Date(), terms: given }: EditEntryOptions): Promise<void> {
  // The provider's own closed dates join the calendar every due time is measured on.
  const terms = given ?? logbookSlaTerms((await readSettings(db)).closedDates.map((closed) => closed.date));
  if (!can(actor, 'logbook:keep', { relationship: 'self' })) throw new LogbookRuleError('not-found', NOT_FOUND_MESSAGE);
  const prepared = prepareEntry(input, { now, claims, terms });
  await db.transaction(async (tx) => {
    const current = await changeableEntry(tx, actor.id, entryId);
    // The witness vouched for the entry as it was; an edit would put their name to words they never saw.
    if (current.entry.countersignedAt) throw new LogbookRuleError('countersigned', COUNTERSIGNED_MESSAGE);
    await tx.update(logbookEntry).set({ ...entryColumns(prepared), updatedAt: now }).where(eq(logbookEntry.id, entryId));
    await tx
      .update(evidence)
      .set({ criteria: prepared.criteria, channel: prepared.entry.channel, title: evidenceTitle(prepared.entry.reference), occurredAt: prepared.entry.loggedAt, updatedAt: now })
      .where(eq(evidence.id, current.evidence.id));
    await writeAudit(tx, actor, { type: 'enrolment', id: current.entry.enrolmentId }, {
      type: 'logbook.entry_edited',
      data: { entryId, evidenceId: current.evidence.id, criteria: prepared.criteria, flags: prepared.sla.flags.length },
    });
  });
}
