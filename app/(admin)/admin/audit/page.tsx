import type { Metadata } from 'next';
import { recentAuditEvents } from '@/lib/audit/read-audit';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';

export const metadata: Metadata = { title: 'Audit trail' };


export default async function AuditPage() {
  await requireRole(['admin'], '/admin/audit');
  const events = await recentAuditEvents(await getDb());
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">Audit trail</h1>
        <p className="mt-3 text-slate-700">The latest {events.length} recorded events, newest first. Events are never changed or deleted.</p>
      </header>
      <div className="overflow-x-auto">
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
