import type { Metadata } from 'next';
import { recentAuditEvents } from '@/lib/audit/read-audit';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';

export const metadata: Metadata = { title: 'Audit trail' };


type Props = { searchParams: Promise<{ verify?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('audit:read', null, '/admin/audit');
  const db = await getDb();
  const events = await recentAuditEvents(db);
  // Walking the whole chain reads every event, so it runs when asked, not on every visit.
  const report = (await searchParams).verify === '1' ? await verifyAuditChain(db) : null;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">Audit trail</h1>
        <p className="mt-3 text-slate-700">The latest {events.length} recorded events, newest first. Events are never changed or deleted.</p>
      </header>
      <section aria-labelledby="integrity-heading" className="max-w-3xl space-y-2">
        <h2 id="integrity-heading" className="text-xl font-bold">
          Integrity
        </h2>
        <p className="text-slate-700">
          Every event carries a hash of its content and of the event before it, so a changed or removed event breaks the chain from that point.
        </p>
        {report === null ? (
          <Link href="/admin/audit?verify=1" className="font-semibold text-brand-700 underline">
            Check the whole chain now
          </Link>
        ) : report.firstBreak ? (
          <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
            The trail is broken{report.firstBreak.seq === null ? '' : ` at event ${report.firstBreak.seq}`}: {report.firstBreak.reason}. {report.events} events before it verify.
          </p>
        ) : (
          <p role="status" className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
            Intact: {report.events} events verified. End of the chain: <span className="font-mono break-all">{report.headHash}</span> (note it down to compare later).
          </p>
        )}
      </section>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <caption className="sr-only">Audit events, newest first</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">When (SAST)</th>
              <th scope="col" className="py-2 pr-4">Who</th>
              <th scope="col" className="py-2 pr-4">Event</th>
              <th scope="col" className="py-2">Details</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{formatSastTime(event.at, 'precise')}</td>
                <td className="py-2 pr-4">
                  {event.actorName ?? 'System'}
                  {event.actorRole ? <span className="block text-slate-700">{event.actorRole}</span> : null}
                </td>
                <td className="py-2 pr-4 font-mono">{event.type}</td>
                <td className="py-2 font-mono break-all">{JSON.stringify(event.data)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
