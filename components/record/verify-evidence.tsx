import { criteriaWithEvidence, methodsWithDates, ruleStanding } from '@/lib/record/format-record';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/**
 * On the public verification page: per criterion, the methods of the sealed evidence with their
 * dates. Titles and witnesses' names stay on the record itself; records snapshotted before
 * evidence was recorded per criterion show nothing here.
 */
export function VerifyEvidence({ record }: { record: RecordOfLearning }) {
  const criteria = criteriaWithEvidence(record);
  if (criteria.length === 0) return null;
  return (
    <section aria-labelledby="verify-evidence-heading" className="space-y-2">
      <h2 id="verify-evidence-heading" className="text-xl font-bold">
        Evidence per criterion
      </h2>
      <p className="text-slate-700">The methods of the evidence the signed judgement relied on, with their dates, as printed on the record.</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[6rem_1fr]">
        {criteria.map((criterion) => (
          <div key={criterion.code} className="contents">
            <dt className="font-semibold">{criterion.code}</dt>
            <dd>
              {ruleStanding(criterion.evidence)}: {methodsWithDates(criterion.evidence.pieces)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
