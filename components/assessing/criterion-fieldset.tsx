import { ChoiceRadio } from '@/components/ui/choice-radio';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';

/** Where a criterion's evidence stands against its sufficiency rule, in words, for the assessor before signing. */
export type RuleStanding = { met: boolean; words: string };

export type JudgedCriterion = { code: string; text: string; evidence: number[]; rule?: RuleStanding };

type FieldsetProps = {
  criterion: JudgedCriterion;
  choice: string;
  onChoice: (value: 'met' | 'not_yet') => void;
  comment: string;
  onComment: (value: string) => void;
  previous: CriterionJudgement | null;
  /** Why signing refused "met" on this criterion (its rule is not met), from the sign action. */
  error: string | null;
};

/** One criterion: its evidence and rule standing beside the choice, so the assessor knows before signing. */
export function CriterionFieldset({ criterion, choice, onChoice, comment, onComment, previous, error }: FieldsetProps) {
  const describedBy = [criterion.rule ? `rule-${criterion.code}` : null, error ? `met-error-${criterion.code}` : null].filter(Boolean).join(' ');
  return (
    <fieldset aria-describedby={describedBy || undefined} className={`rounded-lg p-4 ${error ? 'border-2 border-red-800' : 'border border-slate-300'}`}>
      <legend className="px-1 font-semibold">
        {criterion.code} {criterion.text}
      </legend>
      <p className="text-sm text-slate-700">
        Evidence:{' '}
        {criterion.evidence.length > 0
          ? criterion.evidence.map((n, index) => (
              <span key={n}>
                {index > 0 ? ', ' : null}
                <a href={`#q${n}`} className="text-brand-700 underline underline-offset-2">
                  Q{n}
                </a>
              </span>
            ))
          : 'no item serves this criterion'}
      </p>
      {criterion.rule ? (
        <p id={`rule-${criterion.code}`} className={`mt-1 text-sm font-semibold ${criterion.rule.met ? 'text-emerald-800' : 'text-amber-900'}`}>
          <span aria-hidden="true">{criterion.rule.met ? '✓ ' : '✗ '}</span>
          {criterion.rule.words}
        </p>
      ) : null}
      {previous ? (
        <p className="mt-1 text-sm text-slate-800">
          Last attempt: {previous.met ? 'met' : 'not yet met'}
          {previous.comment ? ` — "${previous.comment}"` : ''}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-6">
        {(['met', 'not_yet'] as const).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <ChoiceRadio name={`met:${criterion.code}`} value={value} chosen={choice === value} onChoose={() => onChoice(value)} className="h-5 w-5" />
            {value === 'met' ? 'Met' : 'Not yet met'}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`met-error-${criterion.code}`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <label htmlFor={`comment-${criterion.code}`} className="mt-2 block text-sm font-semibold">
        Comment on {criterion.code}
      </label>
      <textarea id={`comment-${criterion.code}`} name={`comment:${criterion.code}`} value={comment} onChange={(event) => onComment(event.target.value)} rows={2} className="mt-1 block w-full rounded-md border border-slate-400 p-2" />
    </fieldset>
  );
}
