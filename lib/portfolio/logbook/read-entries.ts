import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { evidence, logbookEntry } from '@/lib/db/schema';
import { type LogbookEntryView, toEntryView } from '@/lib/portfolio/logbook/entry-view';
import { evidenceReliedOn } from '@/lib/portfolio/logbook/relied-on';

export type OwnEntry = LogbookEntryView & {
  /** Why the learner may no longer edit it, or null. */
  editBlocked: 'withdrawn' | 'relied-on' | 'countersigned' | null;
  /** Why the learner may no longer withdraw it, or null. */
  withdrawBlocked: 'withdrawn' | 'relied-on' | null;
};

function blocks(view: LogbookEntryView, relied: boolean): Pick<OwnEntry, 'editBlocked' | 'withdrawBlocked'> {
  const withdrawBlocked = view.state === 'withdrawn' ? 'withdrawn' : relied ? 'relied-on' : null;
  return { withdrawBlocked, editBlocked: withdrawBlocked ?? (view.countersignedAt ? 'countersigned' : null) };
}

/** The learner's own logbook, oldest ticket first, with what they may still change. */
export async function listOwnEntries(db: Pick<DbOrTx, 'select'>, learnerId: string): Promise<OwnEntry[]> {
  const rows = await db
    .select({ entry: logbookEntry, evidence })
    .from(logbookEntry)
    .innerJoin(evidence, and(eq(evidence.detailId, logbookEntry.id), eq(evidence.method, 'logbook')))
    .where(eq(logbookEntry.learnerId, learnerId))
    .orderBy(asc(logbookEntry.loggedAt), asc(logbookEntry.createdAt));
  const relied = await evidenceReliedOn(db, learnerId, rows.map((row) => row.evidence.id));
  return rows.map((row) => {
    const view = toEntryView(row.entry, row.evidence);
    return { ...view, ...blocks(view, relied.has(view.evidenceId)) };
  });
}

/** One of the learner's own entries, or null when it is not theirs. */
export async function readOwnEntry(db: Pick<DbOrTx, 'select'>, learnerId: string, entryId: string): Promise<OwnEntry | null> {
  const entries = await listOwnEntries(db, learnerId);
  return entries.find((entry) => entry.id === entryId) ?? null;
}
