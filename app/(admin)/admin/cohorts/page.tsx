import type { Metadata } from 'next';
import { CohortForm } from '@/app/(admin)/admin/cohorts/cohort-form';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { listCohorts } from '@/lib/cohorts/cohorts';
import { getDb } from '@/lib/db/client';
import { formatIsoDay } from '@/lib/format/iso-day';

export const metadata: Metadata = { title: 'Cohorts' };

export default async function CohortsPage() {
  await requirePermission('users:manage', null, '/admin/cohorts');
  const cohorts = await listCohorts(await getDb());
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold">Cohorts</h1>
        <p className="mt-3 text-slate-700">
          An intake of learners with its dates. Put learners in a cohort when you <Link href="/admin/import" className="text-brand-700 underline">import them</Link> or{' '}
          <Link href="/admin/learners" className="text-brand-700 underline">move them</Link>; assessors can then work through one cohort at a time.
        </p>
      </header>
      <section aria-labelledby="cohorts-heading">
        <h2 id="cohorts-heading" className="text-xl font-bold">
          Cohorts ({cohorts.length})
        </h2>
        {cohorts.length === 0 ? (
          <p className="mt-3 rounded-md bg-slate-50 px-4 py-3">No cohorts yet. Create the first one below.</p>
        ) : (
          <div className="mt-3 relative overflow-x-auto">
            <table className="w-full min-w-[36rem] border-collapse text-left">
              <caption className="sr-only">Every cohort with its dates and how many learners and assessors it has</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">Cohort</th>
                  <th scope="col" className="py-2 pr-4">Runs</th>
                  <th scope="col" className="py-2 pr-4">Learners</th>
                  <th scope="col" className="py-2">Assessors</th>
                </tr>
              </thead>
              <tbody>
                {cohorts.map((cohort) => (
                  <tr key={cohort.id} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link href={`/admin/learners?cohort=${cohort.id}`} className="font-semibold text-brand-800 underline">
                        {cohort.name}
                      </Link>
                    </th>
                    <td className="py-2 pr-4">
                      {formatIsoDay(cohort.startsOn)} to {formatIsoDay(cohort.endsOn)}
                    </td>
                    <td className="py-2 pr-4">{cohort.learners}</td>
                    <td className="py-2">{cohort.assessors}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="new-cohort-heading" className="max-w-lg">
        <h2 id="new-cohort-heading" className="text-xl font-bold">
          Create a cohort
        </h2>
        <div className="mt-3">
          <CohortForm />
        </div>
      </section>
    </div>
  );
}
