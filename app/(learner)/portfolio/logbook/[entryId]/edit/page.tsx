import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LogbookForm } from '@/components/portfolio/logbook/logbook-form';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { COUNTERSIGNED_MESSAGE, RELIED_ON_MESSAGE, WITHDRAWN_MESSAGE } from '@/lib/portfolio/logbook/changeable-entry';
import { entryFormValues } from '@/lib/portfolio/logbook/form-values';
import { readOwnEntry } from '@/lib/portfolio/logbook/read-entries';
import { isRecordId } from '@/lib/forms/storable-text';

export const metadata: Metadata = { title: 'Edit a logbook entry' };

const LOCKED = { 'relied-on': RELIED_ON_MESSAGE, countersigned: COUNTERSIGNED_MESSAGE, withdrawn: WITHDRAWN_MESSAGE } as const;

export default async function EditEntryPage({ params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
  // An id that cannot exist is not found, before it reaches a query.
  if (!isRecordId(entryId)) notFound();
  const learner = await requirePermission('logbook:keep', { self: true }, `/portfolio/logbook/${entryId}/edit`);
  const entry = await readOwnEntry(await getDb(), learner.id, entryId);
  if (!entry) notFound();
  const { values, escalations } = entryFormValues(entry);
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/portfolio/logbook" className="text-brand-700 underline underline-offset-2">
          Ticket logbook
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Edit ticket {entry.reference}</span>
      </nav>
      <h1 className="text-3xl font-bold">Edit ticket {entry.reference}</h1>
      {entry.editBlocked ? (
        <p className="rounded-md bg-amber-50 px-4 py-3 font-semibold text-amber-950">{LOCKED[entry.editBlocked]}</p>
      ) : (
        <>
          <p className="text-slate-700">Saving works out the due times, flags and the criteria this entry claims again.</p>
          <LogbookForm entryId={entry.id} initial={values} initialEscalations={escalations} />
        </>
      )}
    </div>
  );
}
