import { AppLink as Link } from '@/components/ui/app-link';
import { type Actor, can } from '@/lib/auth/permissions';

/**
 * Back to where each reader keeps the learner's evidence: the learner's portfolio, the assessor's view of it, or the record.
 * The viewer was allowed to read this evidence, so a learner reading it is its owner and an assessor is the assigned one.
 */
export function EvidenceBackLink({ viewer, learnerId, learnerName }: { viewer: Actor; learnerId: string; learnerName: string }) {
  const [href, label] = can(viewer, 'portfolio:keep', { relationship: viewer.id === learnerId ? 'self' : 'none' })
    ? ['/portfolio', 'My portfolio']
    : can(viewer, 'assessment:sign', { relationship: 'assigned-assessor' })
      ? [`/assess/learners/${learnerId}`, `${learnerName}: portfolio`]
      : [`/record/${learnerId}`, `${learnerName}: record of learning`];
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href={href} className="text-brand-700 underline underline-offset-2">
        {label}
      </Link>
    </nav>
  );
}
