import type { Metadata } from 'next';
import { EntryDetails } from '@/components/portfolio/logbook/entry-details';
import { LogbookForm } from '@/components/portfolio/logbook/logbook-form';
import { WithdrawEntryForm } from '@/components/portfolio/logbook/withdraw-entry-form';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type OwnEntry, listOwnEntries } from '@/lib/portfolio/logbook/read-entries';
import { readSettings } from '@/lib/settings/settings-store';

export const metadata: Metadata = { title: 'Ticket logbook' };

const BLOCKED: Record<NonNullable<OwnEntry['editBlocked']>, string> = {
  'relied-on': 'A signed judgement relies on this entry, so it can no longer be changed or withdrawn.',
  countersigned: 'A witness countersigned this entry, so it can no longer be edited; you may still withdraw it.',
  withdrawn: 'Withdrawn: it no longer counts as evidence.',
};

function EntryCard({ entry }: { entry: OwnEntry }) {
  return (
    <article id={`entry-${entry.id}`} aria-labelledby={`entry-${entry.id}-heading`} className="space-y-3 rounded-lg border border-slate-300 p-4">
      <h3 id={`entry-${entry.id}-heading`} className="text-lg font-bold">
        Ticket {entry.reference}
      </h3>
      <EntryDetails entry={entry} headingLevel={3} />
      {entry.editBlocked ? <p className="text-slate-800">{BLOCKED[entry.editBlocked]}</p> : null}
      <div className="flex flex-wrap items-start gap-3">
        <Link href={`/evidence/logbook/${entry.id}`} className="inline-flex min-h-11 items-center text-brand-800 underline">
          View ticket {entry.reference} as your assessor sees it
        </Link>
        {entry.editBlocked ? null : (
          <Link href={`/portfolio/logbook/${entry.id}/edit`} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
            Edit ticket {entry.reference}
          </Link>
        )}
        {entry.withdrawBlocked ? null : <WithdrawEntryForm entryId={entry.id} reference={entry.reference} />}
      </div>
    </article>
  );
}

export default async function LogbookPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const learner = await requirePermission('logbook:keep', { self: true }, '/portfolio/logbook');
  const db = await getDb();
  const [entries, settings, query] = await Promise.all([listOwnEntries(db, learner.id), readSettings(db), searchParams]);
  const current = entries.filter((entry) => entry.state !== 'withdrawn');
  const withdrawn = entries.filter((entry) => entry.state === 'withdrawn');
  const required = settings.logbookRequiredEntries;
  const notice = query.updated ? 'Entry updated: its due times, flags and criteria were worked out again.' : query.withdrawn ? 'Entry withdrawn. It no longer counts as evidence; the audit trail keeps it.' : null;
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Ticket logbook</h1>
        <p className="text-lg text-slate-700">
          Record tickets you handled, real or simulated. The SLA check works out when each response and resolution was due and flags where an entry
          disagrees with the SLA; your assessor sees the same flags.
        </p>
        <p className="text-slate-700">Write the customer as a role or initials: no names, ID numbers or contact details.</p>
      </header>
      <section aria-labelledby="progress-heading" className="rounded-lg bg-slate-50 p-4">
        <h2 id="progress-heading" className="text-xl font-bold">
          Progress
        </h2>
        <p className="mt-1 text-lg">
          <span className="font-semibold">
            {current.length} of {required} {required === 1 ? 'entry' : 'entries'}
          </span>
          {current.length >= required ? ': enough for your portfolio.' : ` logged; your provider asks for ${required}.`}
        </p>
        <progress value={Math.min(current.length, required)} max={Math.max(required, 1)} aria-label="Logbook entries logged" className="mt-2 h-3 w-full max-w-md" />
      </section>
      <div role="status" aria-live="polite">
        {notice ? <p className="rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">{notice}</p> : null}
      </div>
      <section aria-labelledby="entries-heading" className="space-y-4">
        <h2 id="entries-heading" className="text-xl font-bold">
          Your entries
        </h2>
        {current.length === 0 ? <p>No entries yet: log your first ticket below.</p> : current.map((entry) => <EntryCard key={entry.id} entry={entry} />)}
      </section>
      <section aria-labelledby="new-heading" className="space-y-4">
        <h2 id="new-heading" className="text-xl font-bold">
          Log a ticket
        </h2>
        <LogbookForm />
      </section>
      {withdrawn.length > 0 ? (
        <section aria-labelledby="withdrawn-heading" className="space-y-4">
          <h2 id="withdrawn-heading" className="text-xl font-bold">
            Withdrawn entries
          </h2>
          {withdrawn.map((entry) => (
            <EntryCard key={entry.id} entry={entry} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
