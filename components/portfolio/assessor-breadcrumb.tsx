import { AppLink as Link } from '@/components/ui/app-link';

/** My queue › the learner's portfolio › this page, for the assessor's portfolio pages. */
export function AssessorBreadcrumb({ learnerId, learnerName, current }: { learnerId: string; learnerName: string; current: string | null }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href="/assess" className="text-brand-700 underline underline-offset-2">
        My queue
      </Link>
      <span aria-hidden="true"> › </span>
      {current ? (
        <>
          <Link href={`/assess/learners/${learnerId}`} className="text-brand-700 underline underline-offset-2">
            {learnerName}
          </Link>
          <span aria-hidden="true"> › </span>
          <span aria-current="page">{current}</span>
        </>
      ) : (
        <span aria-current="page">{learnerName}</span>
      )}
    </nav>
  );
}
