import type { Metadata } from 'next';
import { RetryButton } from '@/app/(admin)/admin/jobs/retry-button';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { JOB_STATES, type JobState } from '@/lib/db/schema';
import { formatSastTime } from '@/lib/format/sast';
import { listJobs } from '@/lib/jobs/list-jobs';

export const metadata: Metadata = { title: 'Background jobs' };

type Props = { searchParams: Promise<{ state?: string }> };

const STATE_LABELS: Record<JobState, string> = { queued: 'Waiting', running: 'Running', done: 'Done', failed: 'Failed' };

export default async function JobsPage({ searchParams }: Props) {
  await requirePermission('jobs:manage', null, '/admin/jobs');
  const asked = (await searchParams).state;
  const state = JOB_STATES.find((name) => name === asked) ?? null;
  const { jobs, counts } = await listJobs(await getDb(), state);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Background jobs</h1>
        <p className="max-w-3xl text-slate-700">
          E-mails and other background work wait here until a worker runs them. A job that fails is tried again later, each time after a longer wait; once its tries are spent it stays failed until you retry it.
        </p>
        <p>
          <Link href="/admin/outbox" className="font-semibold text-brand-700 underline">
            Mail outbox
          </Link>{' '}
          (messages kept here when no mail server is set)
        </p>
        <nav aria-label="Job states" className="flex flex-wrap gap-3 text-sm">
          <Link href="/admin/jobs" aria-current={state === null ? 'page' : undefined} className="underline">
            All
          </Link>
          {JOB_STATES.map((name) => (
            <Link key={name} href={`/admin/jobs?state=${name}`} aria-current={state === name ? 'page' : undefined} className="underline">
              {STATE_LABELS[name]} ({counts[name]})
            </Link>
          ))}
        </nav>
      </header>
      {jobs.length === 0 ? (
        <p className="text-slate-700">No jobs{state ? ` in the state “${STATE_LABELS[state]}”` : ''}.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
            <caption className="sr-only">Background jobs, failed first, then newest first</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">Created (SAST)</th>
                <th scope="col" className="py-2 pr-4">Kind</th>
                <th scope="col" className="py-2 pr-4">State</th>
                <th scope="col" className="py-2 pr-4">Tries</th>
                <th scope="col" className="py-2 pr-4">Last error</th>
                <th scope="col" className="py-2">Action</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatSastTime(row.createdAt)}</td>
                  <td className="py-2 pr-4">{row.kind}</td>
                  <td className="py-2 pr-4">
                    {STATE_LABELS[row.state]}
                    {row.state === 'queued' && row.attempts > 0 ? <span className="block text-slate-600">next try {formatSastTime(row.runAfter)}</span> : null}
                  </td>
                  <td className="py-2 pr-4">
                    {row.attempts} of {row.maxAttempts}
                  </td>
                  <td className="py-2 pr-4 break-words">{row.lastError ?? ''}</td>
                  <td className="py-2">
                    {row.state === 'failed' ? (
                      <RetryButton jobId={row.id} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
