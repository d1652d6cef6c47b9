import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { evidence, logbookEntry, profile } from '@/lib/db/schema';
import { type LogbookEntryView, toEntryView } from '@/lib/portfolio/logbook/entry-view';

/**
 * One entry for someone entitled to read the learner's evidence (the learner, the assigned
 * assessor, the moderator of a batch holding their record, an admin), with the learner's name;
 * null for anyone else, so the page answers 404 whether or not the entry exists.
 */
export async function readEntryFor(db: DbOrTx, actor: Actor, entryId: string): Promise<(LogbookEntryView & { learnerName: string }) | null> {
  const [row] = await db
    .select({ entry: logbookEntry, evidence, learnerName: profile.fullName })
    .from(logbookEntry)
    .innerJoin(evidence, and(eq(evidence.detailId, logbookEntry.id), eq(evidence.method, 'logbook')))
    .innerJoin(profile, eq(profile.userId, logbookEntry.learnerId))
    .where(eq(logbookEntry.id, entryId))
    .limit(1);
  if (!row) return null;
  // Reading a learner's evidence follows the rule for reading their submissions.
  const relationship = await relationshipTo(db, actor, row.entry.learnerId);
  if (!can(actor, 'submission:read', { relationship })) return null;
  return { ...toEntryView(row.entry, row.evidence), learnerName: row.learnerName };
}
