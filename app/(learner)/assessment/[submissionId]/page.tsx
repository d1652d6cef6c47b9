import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { AttemptWorkspace } from '@/components/assessment/attempt-workspace';
import { DecisionPanel } from '@/components/assessment/decision-panel';
import { EvidenceMatrix } from '@/components/portfolio/evidence-matrix';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { readAttemptForLearner } from '@/lib/assessment/read-attempt';
import { STATUS_LABELS } from '@/lib/assessment/status-labels';
import { DECLARATION_TEXT } from '@/lib/assessment/submit-attempt';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { runsOnSlaClock } from '@/lib/quiz/clock-answer';
import { matrixForAttempt, rowsFor } from '@/lib/portfolio/attempt-matrix';
import { getJudgementRules } from '@/lib/portfolio/practical-content';
import { closedDatesNote } from '@/lib/settings/provider-calendar';
import { readSettings } from '@/lib/settings/settings-store';

export const metadata: Metadata = { title: 'Assessment attempt' };


export default async function AttemptPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const learner = await requirePermission('assessment:submit', { submissionId }, `/assessment/${submissionId}`);
  const [assessment, { outcomes }, rules] = await Promise.all([getAssessmentContent(), getCourseContent(), getJudgementRules()]);
  const db = await getDb();
  const [view, settings] = await Promise.all([readAttemptForLearner(db, learner.id, assessment, submissionId), readSettings(db)]);
  if (!view) notFound();
  // Due times are marked on the provider's calendar, so the learner is told its extra closed days.
  const note = closedDatesNote(settings);
  const usesClock = (bank: string) => assessment.banks.get(bank)?.items.some(runsOnSlaClock) ?? false;
  const parts = view.parts.map((part) => (note && usesClock(part.bank) ? { ...part, instructions: `${part.instructions} ${note}` } : part));
  const editable = view.status === 'draft';
  const criteria = outcomes.outcomes.flatMap((outcome) => outcome.criteria);
  const sealed = view.decision ? { evidenceIds: view.decision.evidenceIds, signedAt: view.decision.signedAt } : null;
  const served = new Set(view.parts.flatMap((part) => part.items.flatMap((item) => item.acs)));
  const matrix = rowsFor(await matrixForAttempt(db, rules, { enrolmentId: view.enrolmentId, submissionId: view.id, sealed, now: new Date() }), served);
  return (
    <div className="max-w-3xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/assessment" className="text-brand-700 underline underline-offset-2">
          Summative assessment
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Attempt {view.attemptNumber}</span>
      </nav>
      <header>
        <h1 className="text-3xl font-bold">Attempt {view.attemptNumber}</h1>
        <p className="mt-2 text-lg">
          <span className="font-semibold">Status:</span> {STATUS_LABELS[view.status]}
        </p>
        {view.submittedAt ? (
          <p className="mt-1 text-slate-700">
            Submitted {formatSastTime(view.submittedAt)}, declaration signed by {view.declarationName}. This attempt is read-only.
          </p>
        ) : (
          <p className="mt-1 text-slate-700">Your answers save as you go. You can leave and come back, on this or another device.</p>
        )}
      </header>
      {view.decision ? <DecisionPanel decision={view.decision} criteria={criteria} canTryAgain={view.status === 'not_yet_competent'} /> : null}
      <AttemptWorkspace
        submissionId={view.id}
        parts={parts}
        evidence={view.evidence}
        criteria={criteria.map((criterion) => ({ code: criterion.code, text: criterion.text }))}
        fullName={learner.fullName}
        declaration={DECLARATION_TEXT}
        editable={editable}
        matrix={
          <section aria-labelledby="attempt-matrix-heading" className="space-y-3">
            <h2 id="attempt-matrix-heading" className="text-2xl font-bold">
              {sealed ? 'Evidence your assessor\u2019s decision relied on' : 'Your evidence for these criteria'}
            </h2>
            <p className="text-slate-700">
              {sealed
                ? 'The evidence sealed when your assessor signed, and where each criterion stood against its rule then.'
                : editable
                  ? 'Your workplace and practical evidence so far. Your answers here count as evidence once you submit. '
                  : 'Your answers in this attempt and your workplace and practical evidence, against the rule each criterion must meet. '}
              {sealed ? null : (
                <Link href="/portfolio" className="text-brand-700 underline underline-offset-2">
                  Your portfolio
                </Link>
              )}
            </p>
            <EvidenceMatrix matrix={matrix} caption={`Evidence for the criteria attempt ${view.attemptNumber} serves`} submissionHref={(id) => `/assessment/${id}`} />
          </section>
        }
      />
    </div>
  );
}
