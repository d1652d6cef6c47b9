import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryDetails } from '@/components/portfolio/logbook/entry-details';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { readEntryFor } from '@/lib/portfolio/logbook/read-entry';

export const metadata: Metadata = { title: 'Logbook entry' };

const STATE_LABELS = { draft: 'Draft', submitted: 'Put forward as evidence', signed: 'Signed', withdrawn: 'Withdrawn by the learner: it does not count as evidence' } as const;

/** One logbook entry, read-only, for the learner, their assessor, the moderator of their batch or an admin; 404 for anyone else. */
export default async function LogbookEvidencePage({ params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
  const viewer = await requirePermission('evidence:read', { evidence: 'logbook', id: entryId }, `/evidence/logbook/${entryId}`);
  const entry = await readEntryFor(await getDb(), { id: viewer.id, role: viewer.role }, entryId);
  if (!entry) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">Logbook entry</p>
        <h1 className="text-3xl font-bold">Ticket {entry.reference}</h1>
        <p className="text-slate-800">
          Logged by {entry.learnerName}. {STATE_LABELS[entry.state]}.
        </p>
      </header>
      <EntryDetails entry={entry} headingLevel={2} />
    </div>
  );
}
