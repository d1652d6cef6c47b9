import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/require-permission';
import { listCohorts } from '@/lib/cohorts/cohorts';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Exports' };

const selectClass = 'min-h-11 rounded-md border border-slate-400 bg-white px-2 py-1';

const EXPORTS = [
  {
    kind: 'results',
    title: 'Results per learner and criterion',
    about: 'One row for each learner and assessment criterion: the attempt, the outcome, whether the criterion was met, the dates, and the assessor and moderator with their registration numbers.',
  },
  {
    kind: 'moderation',
    title: 'Moderation findings per batch',
    about: 'One row for each moderation decision: the batch, the moderator, the learner and attempt, the assessor, agree or refer, the reasons by criterion and the comment.',
  },
] as const;

export default async function ExportsPage() {
  await requirePermission('users:manage', null, '/admin/exports');
  const cohorts = await listCohorts(await getDb());
  return (
    <div className="max-w-3xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Exports</h1>
        <p className="mt-3 text-slate-700">
          Download results for reporting. CSV opens in any spreadsheet: dates are written as 2027-03-01, ID numbers are grouped as on the ID document so
          they keep their leading zeros, and no cell can run as a formula. JSON holds the same rows for other systems. Every export is recorded in the
          audit trail.
        </p>
      </header>
      {EXPORTS.map((entry) => (
        <section key={entry.kind} aria-labelledby={`${entry.kind}-heading`} className="space-y-3 rounded-md border border-slate-300 p-4">
          <h2 id={`${entry.kind}-heading`} className="text-xl font-bold">
            {entry.title}
          </h2>
          <p>{entry.about}</p>
          <form method="get" action={`/api/admin/exports/${entry.kind}`} className="flex flex-wrap items-end gap-4">
            <div className="space-y-1">
              <label htmlFor={`${entry.kind}-cohort`} className="block font-semibold">
                Cohort
              </label>
              <select id={`${entry.kind}-cohort`} name="cohort" defaultValue="" className={selectClass}>
                <option value="">Every learner</option>
                {cohorts.map((cohort) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </option>
                ))}
              </select>
            </div>
            <fieldset>
              <legend className="font-semibold">Format</legend>
              <div className="flex gap-4">
                {(['csv', 'json'] as const).map((format) => (
                  <label key={format} className="inline-flex min-h-11 items-center gap-2">
                    <input type="radio" name="format" value={format} defaultChecked={format === 'csv'} className="size-5" />
                    {format.toUpperCase()}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
              Download
            </button>
          </form>
        </section>
      ))}
    </div>
  );
}
