import { RecordSection } from '@/components/record/record-parts';
import { attestedBy, criteriaWithEvidence, evidenceSectionNote, formatSastDate, ruleStanding } from '@/lib/record/format-record';
import { SECTION_TITLES } from '@/lib/record/record-fields';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/**
 * The evidence behind each criterion: method, title, date and who attested it, with the standing
 * of the criterion's sufficiency rule. A list, not a table, so it reads at 360 px and on paper alike.
 * Records snapshotted before evidence was recorded per criterion have no such section.
 */
export function CriterionEvidence({ record }: { record: RecordOfLearning }) {
  const criteria = criteriaWithEvidence(record);
  if (criteria.length === 0) return null;
  return (
    <RecordSection id="criterion-evidence" title={SECTION_TITLES.criterionEvidence} className="space-y-4 print:space-y-2">
      <p className="text-slate-700 print:text-black">{evidenceSectionNote(record)}</p>
      <ol className="space-y-4 print:space-y-2">
        {criteria.map((criterion) => (
          <li key={criterion.code} className="print:break-inside-avoid">
            <h3 className="font-bold">
              {criterion.code} <span className="font-normal">{criterion.text}</span>
            </h3>
            <p className="text-sm print:text-[9.5pt]">
              <strong className={criterion.evidence.ruleMet ? '' : 'underline decoration-2'}>{ruleStanding(criterion.evidence)}</strong>: needs {criterion.evidence.rule}.
            </p>
            {criterion.evidence.pieces.length === 0 ? (
              <p className="text-sm print:text-[9.5pt]">No evidence.</p>
            ) : (
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm print:space-y-0 print:text-[9.5pt]">
                {criterion.evidence.pieces.map((piece) => (
                  <li key={`${piece.method}-${piece.occurredAt}-${piece.title}`}>
                    <span className="font-semibold">{piece.methodLabel}</span>: {piece.title}, {formatSastDate(piece.occurredAt)}, attested by {attestedBy(piece)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </RecordSection>
  );
}
