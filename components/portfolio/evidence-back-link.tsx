import { AppLink as Link } from '@/components/ui/app-link';
import type { Role } from '@/lib/db/schema/people';

/** Back to where each reader keeps the learner's evidence: the learner's portfolio, the assessor's view of it, or the record. */
export function EvidenceBackLink({ role, learnerId, learnerName }: { role: Role; learnerId: string; learnerName: string }) {
  const [href, label] =
    role === 'learner' ? ['/portfolio', 'My portfolio'] : role === 'assessor' ? [`/assess/learners/${learnerId}`, `${learnerName}: portfolio`] : [`/record/${learnerId}`, `${learnerName}: record of learning`];
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href={href} className="text-brand-700 underline underline-offset-2">
        {label}
      </Link>
    </nav>
  );
}
