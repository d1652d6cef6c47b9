import type { CriterionJudgement } from '@/lib/db/schema/judgement';
import { formatSastTime } from '@/lib/format/sast';

type Props = {
  decision: { outcome: 'competent' | 'not_yet_competent'; judgements: Record<string, CriterionJudgement>; feedback: string; assessorName: string; signedAt: Date };
  criteria: { code: string; text: string }[];
  canTryAgain: boolean;
};


/** The assessor's decision as the learner reads it: per criterion, with the feedback to act on. */
export function DecisionPanel({ decision, criteria, canTryAgain }: Props) {
  const competent = decision.outcome === 'competent';
  return (
    <section aria-labelledby="decision-heading" className={`space-y-3 rounded-lg border-2 p-4 sm:p-6 ${competent ? 'border-emerald-700' : 'border-amber-700'}`}>
      <h2 id="decision-heading" className="text-2xl font-bold">
        Your assessor&apos;s decision: {competent ? 'Competent' : 'Not Yet Competent'}
      </h2>
      <p className="text-slate-700">
        Signed by {decision.assessorName} on {formatSastTime(decision.signedAt)}.
      </p>
      {decision.feedback ? (
        <div className="rounded-md bg-slate-50 p-4">
          <h3 className="font-semibold">Feedback</h3>
          <p className="mt-1 whitespace-pre-line">{decision.feedback}</p>
        </div>
      ) : null}
      <h3 className="font-semibold">Criterion by criterion</h3>
      <ul className="space-y-2">
        {criteria.map((criterion) => {
          const entry = decision.judgements[criterion.code];
          return (
            <li key={criterion.code}>
              <span className="font-semibold">
                {entry?.met ? '✓ Met' : '✗ Not yet met'}: {criterion.code}
              </span>{' '}
              {criterion.text}
              {entry?.comment ? <span className="block text-slate-800">&ldquo;{entry.comment}&rdquo;</span> : null}
            </li>
          );
        })}
      </ul>
      {!competent ? (
        <p className="font-semibold">
          {canTryAgain ? 'Use this feedback in your next attempt: start it from the assessment page.' : 'You have used all your attempts. Speak to your assessor about the next steps or an appeal.'}
        </p>
      ) : null}
    </section>
  );
}
