import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssessorBreadcrumb } from '@/components/portfolio/assessor-breadcrumb';
import { ObservationForm } from '@/components/portfolio/observation-form';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { assignedLearner } from '@/lib/portfolio/assessor-evidence/assigned-learner';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { formatLocalDateTime } from '@/lib/sla/time';

export const metadata: Metadata = { title: 'Record an observation' };

export default async function NewObservationPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  const assessor = await requirePermission('observation:record', { learnerId }, `/assess/learners/${learnerId}/observations/new`);
  const learner = await assignedLearner(await getDb(), { id: assessor.id, role: assessor.role }, learnerId);
  if (!learner) notFound();
  const [{ observations }, { outcomes }] = await Promise.all([getPracticalContent(), getCourseContent()]);
  const criteria = Object.fromEntries(outcomes.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => [criterion.code, criterion.text])));
  return (
    <div className="space-y-6">
      <AssessorBreadcrumb learnerId={learnerId} learnerName={learner.learnerName} current="Record an observation" />
      <header>
        <h1 className="text-3xl font-bold">Record an observation of {learner.learnerName}</h1>
        <p className="mt-2 max-w-prose text-slate-800">
          Record what you saw the learner do with a customer, live at work or in a simulation you set up. A criterion counts as shown only when you observed every behaviour listed for it.
        </p>
      </header>
      <ObservationForm learnerId={learnerId} scenarios={observations} criteria={criteria} registrationNumber={assessor.registrationNumber} today={formatLocalDateTime(new Date()).slice(0, 10)} />
    </div>
  );
}
