import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssessorBreadcrumb } from '@/components/portfolio/assessor-breadcrumb';
import { AssessorEvidencePanel } from '@/components/portfolio/assessor-evidence-panel';
import { EvidenceMatrix } from '@/components/portfolio/evidence-matrix';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { assignedLearner } from '@/lib/portfolio/assessor-evidence/assigned-learner';
import { listAssessorEvidence } from '@/lib/portfolio/assessor-evidence/list-assessor-evidence';
import { buildEvidenceMatrix } from '@/lib/portfolio/evidence-matrix';
import { getJudgementRules } from '@/lib/portfolio/practical-content';
import { readPortfolio } from '@/lib/portfolio/read-portfolio';

export const metadata: Metadata = { title: 'Learner\u2019s portfolio' };

const RECORDED: Record<string, string> = {
  observation: 'Observation signed. It is listed below and counts towards the criteria it shows.',
  interview: 'Verification interview signed. It is listed below.',
};

/** A learner's portfolio for their assigned assessor; 404 for anyone else. */
export default async function AssessorLearnerPage({ params, searchParams }: { params: Promise<{ learnerId: string }>; searchParams: Promise<{ recorded?: string }> }) {
  const { learnerId } = await params;
  const assessor = await requirePermission('assessment:sign', { learnerId }, `/assess/learners/${learnerId}`);
  const actor = { id: assessor.id, role: assessor.role };
  const [db, rules] = await Promise.all([getDb(), getJudgementRules()]);
  const learner = await assignedLearner(db, actor, learnerId);
  const portfolio = learner ? await readPortfolio(db, actor, learnerId) : null;
  if (!learner || !portfolio) notFound();
  const entries = await listAssessorEvidence(db, learner.enrolmentId);
  const matrix = buildEvidenceMatrix(portfolio.pieces, rules.criteria, rules.sufficiency, new Date());
  const recorded = RECORDED[(await searchParams).recorded ?? ''];
  return (
    <div className="space-y-8">
      <AssessorBreadcrumb learnerId={learnerId} learnerName={learner.learnerName} current={null} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{learner.learnerName}: portfolio</h1>
        {recorded ? (
          <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
            {recorded}
          </p>
        ) : null}
        <p className="text-slate-700">
          {portfolio.attempt ? (
            <>
              The evidence matrix below includes the answers of{' '}
              <Link href={`/assess/${portfolio.attempt.id}`} className="text-brand-700 underline underline-offset-2">
                attempt {portfolio.attempt.number}
              </Link>
              .
            </>
          ) : (
            'No attempt submitted yet: the evidence matrix below holds workplace and practical evidence only.'
          )}
        </p>
      </header>
      <AssessorEvidencePanel learnerId={learnerId} entries={entries} />
      <section aria-labelledby="matrix-heading" className="space-y-3">
        <h2 id="matrix-heading" className="text-2xl font-bold">
          Evidence matrix
        </h2>
        <EvidenceMatrix matrix={matrix} caption={`Evidence of ${learner.learnerName}, by criterion and method`} submissionHref={(id) => `/assess/${id}`} />
      </section>
    </div>
  );
}
