import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AssessorBreadcrumb } from '@/components/portfolio/assessor-breadcrumb';
import { InterviewForm } from '@/components/portfolio/interview-form';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { assignedLearner } from '@/lib/portfolio/assessor-evidence/assigned-learner';
import { submittedAttempts } from '@/lib/portfolio/interview/submitted-attempts';
import { formatLocalDateTime } from '@/lib/sla/time';

export const metadata: Metadata = { title: 'Record a verification interview' };

export default async function NewInterviewPage({ params, searchParams }: { params: Promise<{ learnerId: string }>; searchParams: Promise<{ submission?: string }> }) {
  const { learnerId } = await params;
  const assessor = await requirePermission('interview:record', { learnerId }, `/assess/learners/${learnerId}/interviews/new`);
  const db = await getDb();
  const learner = await assignedLearner(db, { id: assessor.id, role: assessor.role }, learnerId);
  if (!learner) notFound();
  const attempts = await submittedAttempts(db, learner.enrolmentId);
  const { submission } = await searchParams;
  const latest = attempts.at(-1)?.id ?? '';
  return (
    <div className="space-y-6">
      <AssessorBreadcrumb learnerId={learnerId} learnerName={learner.learnerName} current="Record a verification interview" />
      <header>
        <h1 className="text-3xl font-bold">Record a verification interview with {learner.learnerName}</h1>
        <p className="mt-2 max-w-prose text-slate-800">
          Check that the written work is the learner&rsquo;s own by asking them about it. Record each question and the answer as given, then your verdict.
        </p>
      </header>
      <InterviewForm
        learnerId={learnerId}
        attempts={attempts.map((attempt) => ({ id: attempt.id, label: `Attempt ${attempt.attemptNumber}, submitted ${formatSastTime(attempt.submittedAt, 'medium')}` }))}
        initialSubmissionId={attempts.some((attempt) => attempt.id === submission) ? (submission ?? '') : latest}
        registrationNumber={assessor.registrationNumber}
        today={formatLocalDateTime(new Date()).slice(0, 10)}
      />
    </div>
  );
}
