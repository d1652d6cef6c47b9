/** Narrows the queue to one cohort's learners; a plain GET form, so it works without scripts. */
export function CohortFilter({ cohorts, chosen }: { cohorts: { id: string; name: string }[]; chosen: string | null }) {
  if (cohorts.length === 0) return null;
  return (
    <form method="get" className="mt-3 flex flex-wrap items-end gap-3" aria-label="Show one cohort">
      <div className="space-y-1">
        <label htmlFor="queue-cohort" className="block font-semibold">
          Cohort
        </label>
        <select id="queue-cohort" name="cohort" defaultValue={chosen ?? ''} className="min-h-11 rounded-md border border-slate-400 bg-white px-2 py-1">
          <option value="">Every cohort</option>
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-800">
        Show
      </button>
    </form>
  );
}
