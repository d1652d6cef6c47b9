import { followPath } from '@/components/quiz/scenario-path';
import { criteriaMet } from '@/lib/quiz/scenario-graph';
import type { ScenarioQuestion } from '@/lib/quiz/schema';

export type ScenarioReviewProps = {
  question: ScenarioQuestion;
  /** A complete path, already accepted by the marker. */
  path: readonly string[];
};

/** At the end of a conversation: why each choice helped or not, and which criteria were met, by the marker's rule. */
export function ScenarioReview({ question, path }: ScenarioReviewProps) {
  const { steps } = followPath(question.nodes, question.start, path);
  const met = criteriaMet(question, steps.map((step) => step.choice));
  return (
    <div className="space-y-3">
      <div>
        <h4 className="font-semibold text-slate-900">Your choices</h4>
        <ol className="mt-1 list-decimal space-y-2 pl-6">
          {/* A path passes each node once (the content check refuses loops), so node ids are unique here. */}
          {steps.map(({ node, choice }) => (
            <li key={node.id}>
              <span className="font-semibold">{choice.text}</span> {choice.feedback}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h4 className="font-semibold text-slate-900">What a good conversation includes</h4>
        <ul className="mt-1 space-y-1">
          {question.criteria.map((criterion) => (
            <li key={criterion.id} className="flex gap-2">
              <span aria-hidden="true" className="w-5 shrink-0 font-bold">
                {met.has(criterion.id) ? '✓' : '✗'}
              </span>
              <span>
                <span className="font-semibold">{met.has(criterion.id) ? 'Met: ' : 'Missed: '}</span>
                {criterion.label}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
