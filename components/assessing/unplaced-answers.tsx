import { AssessedItem } from '@/components/assessing/assessed-item';
import type { AssessorItem } from '@/lib/assessing/read-for-assessor';

/** The answers that serve none of the criteria, after the criteria, so none is lost from the page. */
export function UnplacedAnswers({ items }: { items: readonly AssessorItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="unplaced-heading" className="space-y-4 border-t-2 border-slate-300 pt-6">
      <h3 id="unplaced-heading" className="text-xl font-bold">
        Answers for no criterion
      </h3>
      {items.map((item) => (
        <AssessedItem key={item.itemKey} item={item} level={4} />
      ))}
    </section>
  );
}
