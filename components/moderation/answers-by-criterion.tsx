import { CriterionAnswers } from '@/components/assessing/criterion-answers';
import { CriterionSection } from '@/components/assessing/criterion-section';
import { UnplacedAnswers } from '@/components/assessing/unplaced-answers';
import { groupByCriterion } from '@/lib/assessing/group-by-criterion';
import type { AssessorItem, JudgementView } from '@/lib/assessing/read-for-assessor';

type Props = { criteria: { code: string; text: string }[]; items: AssessorItem[]; judgement: JudgementView | undefined };

function AssessorSaid({ code, judgement }: { code: string; judgement: JudgementView | undefined }) {
  const entry = judgement?.judgements[code];
  if (!judgement || !entry) return <p className="rounded-lg bg-slate-50 p-4 text-slate-700">No signed judgement on this criterion yet.</p>;
  return (
    <div className={`rounded-lg border-2 p-4 ${entry.met ? 'border-emerald-700 bg-emerald-50' : 'border-amber-700 bg-amber-50'}`}>
      <p className="font-semibold text-slate-900">Assessor: {entry.met ? 'met' : 'not yet met'}</p>
      {entry.comment ? <p className="mt-1 whitespace-pre-line text-slate-800">{entry.comment}</p> : <p className="mt-1 text-slate-700">No comment.</p>}
    </div>
  );
}

/**
 * The attempt as a moderator samples it: criterion by criterion, the answers that bear on each
 * with the assessor's signed decision on it beside them, so the moderator checks each decision
 * against its evidence without scrolling between a list of answers and a list of decisions.
 */
export function AnswersByCriterion({ criteria, items, judgement }: Props) {
  const grouping = groupByCriterion(
    criteria.map((criterion) => criterion.code),
    items,
  );
  const itemsByNumber = new Map(items.map((item) => [item.number, item]));
  const unplaced = items.filter((item) => grouping.unplaced.includes(item.number));
  return (
    <>
      {grouping.groups.map((group) => {
        const criterion = criteria.find((candidate) => candidate.code === group.code);
        return criterion ? (
          <CriterionSection key={group.code} criterion={criterion} answers={<CriterionAnswers group={group} items={itemsByNumber} />}>
            <AssessorSaid code={group.code} judgement={judgement} />
          </CriterionSection>
        ) : null;
      })}
      <UnplacedAnswers items={unplaced} />
    </>
  );
}
