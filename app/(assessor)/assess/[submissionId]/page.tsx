import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { AssessedItem } from '@/components/assessing/assessed-item';
import { CriterionAnswers } from '@/components/assessing/criterion-answers';
import { UnplacedAnswers } from '@/components/assessing/unplaced-answers';
import { JudgementForm } from '@/components/assessing/judgement-form';
import { SignedJudgement } from '@/components/assessing/signed-judgement';
import { ModerationHistory } from '@/components/moderation/moderation-history';
import { EvidenceMatrix } from '@/components/portfolio/evidence-matrix';
import { groupByCriterion } from '@/lib/assessing/group-by-criterion';
import { nextToAssess } from '@/lib/assessing/next-to-assess';
import { readSubmissionForAssessor } from '@/lib/assessing/read-for-assessor';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { STATUS_LABELS } from '@/lib/assessment/status-labels';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { matrixForAttempt } from '@/lib/portfolio/attempt-matrix';
import { getJudgementRules } from '@/lib/portfolio/practical-content';
import { ruleStandingWords } from '@/lib/portfolio/rule-standing';
import { removedOn } from '@/lib/privacy/removed-file';

export const metadata: Metadata = { title: 'Assess a submission' };

const ASSESSABLE = new Set(['submitted', 'in_assessment', 'referred']);

export default async function AssessSubmissionPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const assessor = await requirePermission('assessment:sign', { submissionId }, `/assess/${submissionId}`);
  const [content, { outcomes }, rules] = await Promise.all([getAssessmentContent(), getCourseContent(), getJudgementRules()]);
  const db = await getDb();
  const view = await readSubmissionForAssessor(db, { id: assessor.id, role: assessor.role }, content, submissionId);
  if (!view) notFound();
  // The same evidence, rules and clock the signature is checked against (lib/assessing/check-evidence.ts).
  const matrix = await matrixForAttempt(db, rules, { enrolmentId: view.enrolmentId, submissionId: view.id, sealed: null, now: new Date() });
  const standing = new Map(matrix.rows.map((row) => [row.code, ruleStandingWords(row.sufficiency)]));
  const criteria = outcomes.outcomes.flatMap((outcome) => outcome.criteria).map((criterion) => ({
    code: criterion.code,
    text: criterion.text,
    evidence: view.items.filter((item) => item.acs.includes(criterion.code)).map((item) => item.number),
    rule: standing.get(criterion.code),
  }));
  const draft = view.current?.status === 'draft' ? view.current : null;
  const signed = view.rounds.filter((round) => round.status === 'signed');
  const next = await nextToAssess(db, assessor.id, view.id);
  const assessable = ASSESSABLE.has(view.status);
  const grouping = groupByCriterion(criteria.map((criterion) => criterion.code), view.items);
  const itemsByNumber = new Map(view.items.map((item) => [item.number, item]));
  const unplaced = view.items.filter((item) => grouping.unplaced.includes(item.number));
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/assess" className="text-brand-700 underline underline-offset-2">
          My queue
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{view.learnerName}</span>
      </nav>
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href={`/assess/learners/${view.learnerId}`} className="text-brand-700 underline underline-offset-2">
          Learner&rsquo;s portfolio
        </Link>
        {assessable ? (
          <a href="#judgement-heading" className="text-brand-700 underline underline-offset-2">
            Go to your judgement
          </a>
        ) : null}
        {next ? (
          <Link href={`/assess/${next.submissionId}`} className="text-brand-700 underline underline-offset-2">
            Next submission: {next.learnerName}
          </Link>
        ) : null}
      </p>
      <header>
        <h1 className="text-3xl font-bold">
          {view.learnerName}: attempt {view.attemptNumber}
        </h1>
        <p className="mt-2">
          <span className="font-semibold">Status:</span> {STATUS_LABELS[view.status]}
        </p>
        {view.submittedAt ? (
          <p className="text-slate-700">
            Submitted {formatSastTime(view.submittedAt)}; declaration of authenticity signed as &ldquo;{view.declarationName}&rdquo;.
          </p>
        ) : null}
      </header>
      <ModerationHistory entries={view.moderation} />
      {view.earlier.length > 0 ? (
        <section aria-labelledby="earlier-heading" className="rounded-lg bg-slate-50 p-4">
          <h2 id="earlier-heading" className="text-xl font-bold">
            Earlier attempts
          </h2>
          <ul className="mt-2 space-y-2">
            {view.earlier.map((attempt) => (
              <li key={attempt.submissionId}>
                <span className="font-semibold">Attempt {attempt.attemptNumber}:</span> {STATUS_LABELS[attempt.status]}
                {attempt.judgement?.feedback ? <span className="block text-slate-800">Your feedback then: &ldquo;{attempt.judgement.feedback}&rdquo;</span> : null}
                {attempt.judgement ? (
                  <span className="block text-sm text-slate-700">
                    Not yet met then:{' '}
                    {Object.entries(attempt.judgement.judgements)
                      .filter(([, judgement]) => judgement.met === false)
                      .map(([code]) => code)
                      .join(', ') || 'none'}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="text-2xl font-bold">
          Evidence files
        </h2>
        {view.evidence.length === 0 ? (
          <p className="mt-2 text-slate-700">The learner added no evidence files.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {view.evidence.map((file) => (
              <li key={file.id}>
                {file.removedAt ? (
                  // Past the provider's retention period: the bytes are gone, the name and fingerprint stay.
                  <span className="font-semibold">{file.name}</span>
                ) : (
                  <a href={`/api/evidence/${file.id}`} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline">
                    {file.name}
                  </a>
                )}{' '}
                <span className="text-sm text-slate-700">
                  (sha256 {file.sha256.slice(0, 12)}…{file.removedAt ? `; ${removedOn(file.removedAt)}` : ''})
                </span>
                {file.mediaType !== 'application/pdf' && !file.removedAt ? (
                  // biome-ignore lint/performance/noImgElement: evidence is served privately from the app's own route, not optimisable
                  <img src={`/api/evidence/${file.id}`} alt={`Evidence file ${file.name}`} className="mt-2 max-h-96 rounded border border-slate-300" />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {signed.map((round) => (
        <SignedJudgement key={round.round} judgement={round} criteria={criteria} />
      ))}
      <section aria-labelledby="matrix-heading" className="space-y-3">
        <h2 id="matrix-heading" className="text-2xl font-bold">
          Evidence matrix
        </h2>
        <p className="text-slate-700">
          Every piece of evidence for this attempt and the learner&rsquo;s portfolio, by criterion and method. A criterion may be signed as met only when its rule is met.
        </p>
        <EvidenceMatrix matrix={matrix} caption={`Evidence for ${view.learnerName}, attempt ${view.attemptNumber}`} submissionHref={(id) => (id === view.id ? (assessable ? '#judgement-heading' : '#items-heading') : `/assess/${id}`)} />
      </section>
      {assessable ? null : (
        // Nothing left to decide here: the answers in question order, as a signed judgement is read.
        <section aria-labelledby="items-heading" className="space-y-4">
          <h2 id="items-heading" className="text-2xl font-bold">
            Answers ({view.items.length})
          </h2>
          {view.items.map((item) => (
            <AssessedItem key={item.itemKey} item={item} />
          ))}
        </section>
      )}
      {assessable ? (
        <section aria-labelledby="judgement-heading" className="space-y-6">
          <div>
            <h2 id="judgement-heading" className="text-2xl font-bold">
              Your judgement, criterion by criterion
            </h2>
            <p className="mt-2 text-slate-700">
              Each criterion with the answers that bear on it and your decision beside them. An answer that bears on several criteria is shown in full under one of them, and linked from the others.
            </p>
          </div>
          <JudgementForm
            submissionId={view.id}
            revision={view.revision}
            criteria={criteria}
            initial={draft?.judgements ?? (view.status === 'referred' ? view.current?.judgements : undefined) ?? {}}
            initialFeedback={draft?.feedback ?? (view.status === 'referred' ? view.current?.feedback : undefined) ?? ''}
            previous={view.earlier[0]?.judgement?.judgements ?? null}
            registrationNumber={assessor.registrationNumber}
            supporting={Object.fromEntries(grouping.groups.map((group) => [group.code, <CriterionAnswers key={group.code} group={group} items={itemsByNumber} />]))}
            unplaced={<UnplacedAnswers items={unplaced} />}
          />
        </section>
      ) : null}
    </div>
  );
}
