import { AssessedItem } from '@/components/assessing/assessed-item';
import type { CriterionGroup } from '@/lib/assessing/group-by-criterion';
import type { AssessorItem } from '@/lib/assessing/read-for-assessor';

const PROMPT_PEEK = 90;

function peek(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  return line.length > PROMPT_PEEK ? `${line.slice(0, PROMPT_PEEK - 1).trimEnd()}…` : line;
}

/**
 * What bears on one criterion: the answers shown in full under it, then a link to each answer that
 * also bears on it but is shown under another criterion, so no long answer is repeated.
 */
export function CriterionAnswers({ group, items }: { group: CriterionGroup; items: ReadonlyMap<number, AssessorItem> }) {
  const shown = group.shown.flatMap((number) => items.get(number) ?? []);
  const linked = group.seeAlso.flatMap((link) => {
    const item = items.get(link.number);
    return item ? [{ ...link, prompt: peek(item.question.prompt) }] : [];
  });
  return (
    <>
      {shown.map((item) => (
        <AssessedItem key={item.itemKey} item={item} level={4} />
      ))}
      {linked.length > 0 ? (
        <div className="rounded-lg bg-slate-50 p-4">
          <p className="font-semibold">{shown.length > 0 ? 'Also bearing on this criterion' : 'Answers bearing on this criterion'}</p>
          <ul className="mt-2 space-y-2">
            {linked.map((link) => (
              <li key={link.number}>
                <a href={`#q${link.number}`} className="font-semibold text-brand-700 underline underline-offset-2">
                  See question {link.number}
                </a>{' '}
                <span className="text-slate-700">
                  (shown under {link.shownUnder}): {link.prompt}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {shown.length === 0 && linked.length === 0 ? <p className="text-slate-700">No answer in this attempt bears on this criterion: judge it on the learner&rsquo;s portfolio in the evidence matrix.</p> : null}
    </>
  );
}
