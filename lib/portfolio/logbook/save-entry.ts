import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { enrolment, evidence, logbookEntry, profile } from '@/lib/db/schema';
import { LogbookRuleError } from '@/lib/portfolio/logbook/logbook-errors';
import { entryColumns, evidenceTitle, prepareEntry } from '@/lib/portfolio/logbook/prepare-entry';
import type { EntrySla } from '@/lib/portfolio/logbook/sla-check';
import { logbookSlaTerms, type SlaTerms } from '@/lib/portfolio/logbook/sla-terms';
import { readSettings } from '@/lib/settings/settings-store';
import type { LogbookClaims } from '@/lib/portfolio/practical-schemas';

export type SaveEntryOptions = {
  actor: Actor;
  input: unknown;
  claims: LogbookClaims;
  now?: Date;
  terms?: SlaTerms;
};

export type SavedEntry = { entryId: string; sla: EntrySla };

/**
 * Adds a ticket to the learner's own logbook: the entry with its due times and flags, its piece of
 * evidence (submitted, attested by the learner) and the audit event, in one transaction.
 */
export async function saveLogbookEntry(db: Db, { actor, input, claims, now = new Date(), terms: given }: SaveEntryOptions): Promise<SavedEntry> {
  // The provider's own closed dates join the calendar every due time is measured on.
  const terms = given ?? logbookSlaTerms((await readSettings(db)).closedDates.map((closed) => closed.date));
  if (!can(actor, 'logbook:keep', { relationship: 'self' })) throw new LogbookRuleError('not-enrolled', 'Only a learner keeps a logbook.');
  const prepared = prepareEntry(input, { now, claims, terms });
  return db.transaction(async (tx) => {
    const [enrolled] = await tx
      .select({ id: enrolment.id, fullName: profile.fullName })
      .from(enrolment)
      .innerJoin(profile, eq(profile.userId, enrolment.learnerId))
      .where(eq(enrolment.learnerId, actor.id))
      .limit(1);
    if (!enrolled) throw new LogbookRuleError('not-enrolled', 'You are not enrolled on the course, so there is no logbook to add to.');
    const entryId = randomUUID();
    const evidenceId = randomUUID();
    await tx.insert(logbookEntry).values({ id: entryId, enrolmentId: enrolled.id, learnerId: actor.id, ...entryColumns(prepared), createdAt: now, updatedAt: now });
    await tx.insert(evidence).values({
      id: evidenceId,
      enrolmentId: enrolled.id,
      learnerId: actor.id,
      method: 'logbook',
      criteria: prepared.criteria,
      channel: prepared.entry.channel,
      title: evidenceTitle(prepared.entry.reference),
      state: 'submitted',
      detailId: entryId,
      attesterRole: 'learner',
      attesterId: actor.id,
      attesterName: enrolled.fullName,
      occurredAt: prepared.entry.loggedAt,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, actor, { type: 'enrolment', id: enrolled.id }, { type: 'logbook.entry_saved', data: { entryId, evidenceId, criteria: prepared.criteria, flags: prepared.sla.flags.length } });
    return { entryId, sla: prepared.sla };
  });
}
