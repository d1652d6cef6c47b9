import type { Metadata } from 'next';
import { MoveLearnersForm } from '@/app/(admin)/admin/learners/move-form';
import { AppLink as Link } from '@/components/ui/app-link';
import { PageLinks, pageFromQuery } from '@/components/ui/page-links';
import { requirePermission } from '@/lib/auth/require-permission';
import { listCohorts } from '@/lib/cohorts/cohorts';
import { LEARNER_PAGE_SIZE, listAssessors, listLearners } from '@/lib/cohorts/learner-list';
import { getDb } from '@/lib/db/client';
import { isRecordId } from '@/lib/forms/storable-text';

export const metadata: Metadata = { title: 'Learners' };

const selectClass = 'min-h-11 rounded-md border border-slate-400 bg-white px-2 py-1';

/** A filter value from the address: an id, 'none', or nothing (anything else is ignored). */
const filterValue = (value: unknown) => (value === 'none' || isRecordId(value) ? (value as string) : undefined);

export default async function LearnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('users:manage', null, '/admin/learners');
  const query = await searchParams;
  const search = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
  const filter = { cohortId: filterValue(query.cohort), assessorId: filterValue(query.assessor), search: search || undefined };
  const erased = typeof query.erased === 'string' ? query.erased.slice(0, 200) : null;
  const page = pageFromQuery(query.page);
  const db = await getDb();
  const [{ rows, total }, cohorts, assessors] = await Promise.all([listLearners(db, filter, page), listCohorts(db), listAssessors(db)]);
  const pages = Math.max(1, Math.ceil(total / LEARNER_PAGE_SIZE));
  const linkTo = (to: number) =>
    `/admin/learners?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(filter.cohortId ? { cohort: filter.cohortId } : {}), ...(filter.assessorId ? { assessor: filter.assessorId } : {}), page: String(to) })}`;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Learners</h1>
        <p className="mt-3 text-slate-700">
          Find learners by cohort or assessor, tick them, and move them to another cohort or assessor in one step. Open a learner to download their data, or to erase or anonymise them. Bring a new intake in with an{' '}
          <Link href="/admin/import" className="text-brand-700 underline">
            import
          </Link>
          .
        </p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter learners">
        <div className="space-y-1">
          <label htmlFor="filter-search" className="block font-semibold">
            Name or e-mail
          </label>
          <input id="filter-search" name="q" type="search" defaultValue={search} maxLength={100} className={`${selectClass} w-64`} />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-cohort" className="block font-semibold">
            Cohort
          </label>
          <select id="filter-cohort" name="cohort" defaultValue={filter.cohortId ?? ''} className={selectClass}>
            <option value="">Every cohort</option>
            <option value="none">In no cohort</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-assessor" className="block font-semibold">
            Assessor
          </label>
          <select id="filter-assessor" name="assessor" defaultValue={filter.assessorId ?? ''} className={selectClass}>
            <option value="">Any assessor</option>
            <option value="none">No assessor yet</option>
            {assessors.map((assessor) => (
              <option key={assessor.id} value={assessor.id}>
                {assessor.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-800">
          Show
        </button>
      </form>
      {erased ? <p className="rounded-md border border-green-700 bg-green-50 p-3 font-semibold text-green-900">{erased} is erased: nothing about them is left but the audit trail.</p> : null}
      <p role="status">
        {total} learner{total === 1 ? '' : 's'}
        {total > LEARNER_PAGE_SIZE ? `; page ${page + 1} of ${pages}` : ''}.
      </p>
      {rows.length > 0 ? <MoveLearnersForm key={`${search}-${filter.cohortId}-${filter.assessorId}-${page}`} rows={rows} cohorts={cohorts} assessors={assessors} /> : null}
      <PageLinks label="Pages of learners" page={page} pages={pages} hrefFor={linkTo} />
    </div>
  );
}
