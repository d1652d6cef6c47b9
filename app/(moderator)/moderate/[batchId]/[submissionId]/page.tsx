import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { SignedJudgement } from '@/components/assessing/signed-judgement';
import { AnswersByCriterion } from '@/components/moderation/answers-by-criterion';
import { ModerationDecisionForm } from '@/components/moderation/decision-form';
import { ModerationHistory } from '@/components/moderation/moderation-history';
import { EvidenceMatrix } from '@/components/portfolio/evidence-matrix';
import { readSubmissionForAssessor } from '@/lib/assessing/read-for-assessor';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { STATUS_LABELS } from '@/lib/assessment/status-labels';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { readBatch } from '@/lib/moderation/read-batch';
import { matrixForAttempt } from '@/lib/portfolio/attempt-matrix';
import { getJudgementRules } from '@/lib/portfolio/practical-content';
import { removedOn } from '@/lib/privacy/removed-file';

export const metadata: Metadata = { title: 'Moderate a record' };

export default async function ModerateRecordPage({ params }: { params: Promise<{ batchId: string; submissionId: string }> }) {
  const { batchId, submissionId } = await params;
  const actor = await requirePermission('batch:read', { batchId, submissionId }, `/moderate/${batchId}/${submissionId}`);
  const db = await getDb();
  const batch = await readBatch(db, { id: actor.id, role: actor.role }, batchId);
  const record = batch?.records.find((candidate) => candidate.submissionId === submissionId && candidate.sampled);
  if (!batch || !record) notFound();
  const [content, { outcomes }, rules] = await Promise.all([getAssessmentContent(), getCourseContent(), getJudgementRules()]);
  const view = await readSubmissionForAssessor(db, { id: actor.id, role: actor.role }, content, submissionId);
  if (!view) notFound();
  const criteria = outcomes.outcomes.flatMap((outcome) => outcome.criteria);
  const signed = view.rounds.filter((round) => round.status === 'signed');
  const latest = signed[0];
  const canDecide = actor.id === batch.moderatorId && batch.status === 'open' && view.status === 'in_moderation';
  // The moderator judges the decision on the evidence it sealed, standing as it did when signed.
  const sealedAt = latest?.signedAt ?? null;
  const sealed = latest && sealedAt ? await matrixForAttempt(db, rules, { enrolmentId: view.enrolmentId, submissionId: view.id, sealed: { evidenceIds: latest.evidenceIds, signedAt: sealedAt }, now: new Date() }) : null;
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/moderate" className="text-brand-700 underline underline-offset-2">
          Moderation
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/moderate/${batch.id}`} className="text-brand-700 underline underline-offset-2">
          {batch.name}
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{view.learnerName}</span>
      </nav>
      <header>
        <h1 className="text-3xl font-bold">
          {view.learnerName}: attempt {view.attemptNumber}
        </h1>
        <p className="mt-2">
          <span className="font-semibold">State:</span> {STATUS_LABELS[view.status]} · in the sample because: {record.reasons.join('; ')}
        </p>
        {canDecide && latest ? (
          <p className="mt-2">
            <a href="#decide-heading" className="font-semibold text-brand-700 underline underline-offset-2">
              Go to your decision
            </a>{' '}
            <span className="text-slate-700">(after the answers, each criterion with the assessor&rsquo;s decision beside it)</span>
          </p>
        ) : null}
      </header>
      {signed.map((round) => (
        <SignedJudgement key={round.round} judgement={round} criteria={criteria} />
      ))}
      {sealed && sealedAt ? (
        <section aria-labelledby="sealed-heading" className="space-y-3">
          <h2 id="sealed-heading" className="text-2xl font-bold">
            Evidence the judgement sealed
          </h2>
          <p className="text-slate-700">The pieces the assessor&rsquo;s signed judgement relied on, and where each criterion&rsquo;s rule was met when it was signed.</p>
          <EvidenceMatrix
            matrix={sealed}
            caption={`Evidence sealed by the judgement of ${view.learnerName}, attempt ${view.attemptNumber}`}
            submissionHref={(id) => (id === view.id ? '#answers-heading' : `/moderate/${batch.id}/${id}`)}
            sealedAt={sealedAt}
          />
        </section>
      ) : null}
      <ModerationHistory entries={view.moderation} />
      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-2xl font-bold">
          What the assessor saw, criterion by criterion ({view.items.length} answers, {view.evidence.length} evidence files)
        </h2>
        {view.evidence.length > 0 ? (
          <ul className="list-disc pl-6">
            {view.evidence.map((file) => (
              <li key={file.id}>
                {file.removedAt ? (
                  // Past the provider's retention period: the bytes are gone, the name stays.
                  <>
                    {file.name} <span className="text-sm text-slate-700">({removedOn(file.removedAt)})</span>
                  </>
                ) : (
                  <a href={`/api/evidence/${file.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                    {file.name}
                  </a>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        <AnswersByCriterion criteria={criteria} items={view.items} judgement={latest} />
      </section>
      {canDecide && latest ? (
        <section aria-labelledby="decide-heading" className="max-w-3xl rounded-lg border-2 border-brand-700 p-4">
          <h2 id="decide-heading" className="text-xl font-bold">
            Your moderation decision
          </h2>
          <ModerationDecisionForm
            batchId={batch.id}
            submissionId={view.id}
            criteria={criteria.map((criterion) => ({ code: criterion.code, text: criterion.text, assessorSaid: latest.judgements[criterion.code]?.met ? 'met' : 'not yet met' }))}
          />
        </section>
      ) : null}
    </div>
  );
}
