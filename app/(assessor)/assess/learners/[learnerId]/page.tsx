import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EvidenceMatrix } from '@/components/portfolio/evidence-matrix';
import { AppLink as Link } from '@/components/ui/app-link';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { buildEvidenceMatrix } from '@/lib/portfolio/evidence-matrix';
import { getJudgementRules } from '@/lib/portfolio/practical-content';
import { readPortfolio } from '@/lib/portfolio/read-portfolio';

export const metadata: Metadata = { title: 'Learner portfolio' };

/** A learner's portfolio for their assigned assessor; anyone else's learner is not found. */
export default async function LearnerPortfolioPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  const assessor = await requireRole(['assessor'], `/assess/learners/${learnerId}`);
  const [db, rules] = await Promise.all([getDb(), getJudgementRules()]);
  const portfolio = await readPortfolio(db, { id: assessor.id, role: assessor.role }, learnerId);
  if (!portfolio) notFound();
  const matrix = buildEvidenceMatrix(portfolio.pieces, rules.criteria, rules.sufficiency, new Date());
  const base = `/assess/learners/${encodeURIComponent(learnerId)}`;
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/assess" className="text-brand-700 underline underline-offset-2">
          My queue
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{portfolio.learnerName}</span>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{portfolio.learnerName}: portfolio</h1>
        <p className="text-slate-700">
          {portfolio.attempt ? (
            <>
              The evidence below includes the answers of{' '}
              <Link href={`/assess/${portfolio.attempt.id}`} className="text-brand-700 underline underline-offset-2">
                attempt {portfolio.attempt.number}
              </Link>
              .
            </>
          ) : (
            'No attempt submitted yet: the evidence below is workplace and practical evidence only.'
          )}
        </p>
      </header>
      <section aria-labelledby="record-heading" className="no-print space-y-2">
        <h2 id="record-heading" className="text-2xl font-bold">
          Record evidence
        </h2>
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href={`${base}/observations/new`} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
              Record an observation
            </Link>
          </li>
          <li>
            <Link href={`${base}/interviews/new`} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
              Record a verification interview
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="matrix-heading" className="space-y-3">
        <h2 id="matrix-heading" className="text-2xl font-bold">
          Evidence matrix
        </h2>
        <EvidenceMatrix matrix={matrix} caption={`Evidence of ${portfolio.learnerName}, by criterion and method`} submissionHref={(id) => `/assess/${id}`} />
      </section>
    </div>
  );
}
