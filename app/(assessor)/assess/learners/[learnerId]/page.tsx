import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssessorBreadcrumb } from '@/components/portfolio/assessor-breadcrumb';
import { AssessorEvidencePanel } from '@/components/portfolio/assessor-evidence-panel';
import { requireRole } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { assignedLearner } from '@/lib/portfolio/assessor-evidence/assigned-learner';
import { listAssessorEvidence } from '@/lib/portfolio/assessor-evidence/list-assessor-evidence';

export const metadata: Metadata = { title: 'Learner\u2019s portfolio' };

const RECORDED: Record<string, string> = {
  observation: 'Observation signed. It is listed below and counts towards the criteria it shows.',
  interview: 'Verification interview signed. It is listed below.',
};

/** A learner's portfolio for their assigned assessor; 404 for anyone else. */
export default async function AssessorLearnerPage({ params, searchParams }: { params: Promise<{ learnerId: string }>; searchParams: Promise<{ recorded?: string }> }) {
  const { learnerId } = await params;
  const assessor = await requireRole(['assessor'], `/assess/learners/${learnerId}`);
  const db = await getDb();
  const learner = await assignedLearner(db, { id: assessor.id, role: assessor.role }, learnerId);
  if (!learner) notFound();
  const entries = await listAssessorEvidence(db, learner.enrolmentId);
  const recorded = RECORDED[(await searchParams).recorded ?? ''];
  return (
    <div className="space-y-8">
      <AssessorBreadcrumb learnerId={learnerId} learnerName={learner.learnerName} current={null} />
      <header>
        <h1 className="text-3xl font-bold">{learner.learnerName}: portfolio</h1>
        {recorded ? (
          <p role="status" className="mt-3 rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
            {recorded}
          </p>
        ) : null}
      </header>
      <AssessorEvidencePanel learnerId={learnerId} entries={entries} />
    </div>
  );
}
