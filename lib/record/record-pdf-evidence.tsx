import { Text, View } from '@react-pdf/renderer';
import { attestedBy, criteriaWithEvidence, distinctPieces, evidenceSectionNote, formatSastDate, methodsWithDates, ruleStanding } from '@/lib/record/format-record';
import { SECTION_TITLES } from '@/lib/record/record-fields';
import { PdfHeading } from '@/lib/record/record-pdf-parts';
import { pdfStyles as s } from '@/lib/record/record-pdf-styles';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/**
 * The evidence per criterion in the PDF: per criterion, its rule's standing and the methods with
 * their dates (one line each, in a single column so extracted text reads in order), then each piece
 * once on a line of its own with its title and who attested it. Plain lines, not a table: a table
 * row costs the renderer several times a line, and the record must stay quick to render.
 * Absent for records snapshotted before evidence was recorded per criterion.
 */
export function PdfCriterionEvidence({ record }: { record: RecordOfLearning }) {
  const criteria = criteriaWithEvidence(record);
  if (criteria.length === 0) return null;
  const [first, ...rest] = criteria.map((criterion) => (
    <Text key={criterion.code} style={{ marginBottom: 3 }}>
      <Text style={s.bold}>
        {criterion.code} - {ruleStanding(criterion.evidence)}
      </Text>{' '}
      (needs {criterion.evidence.rule}): {methodsWithDates(criterion.evidence.pieces)}
    </Text>
  ));
  const pieces = distinctPieces(criteria);
  return (
    <View style={s.section}>
      {/* The heading travels with its note and the first criterion, never alone at the foot of a page. */}
      <View wrap={false}>
        <PdfHeading title={SECTION_TITLES.criterionEvidence} />
        <Text style={[s.muted, s.paragraph]}>{evidenceSectionNote(record)}</Text>
        {first}
      </View>
      {rest}
      {pieces.length === 0 ? null : (
        <View>
          <Text style={s.subheading}>The pieces of evidence</Text>
          {pieces.map((piece) => (
            <Text key={`${piece.method}|${piece.occurredAt}|${piece.title}|${piece.attesterName}`} style={{ marginBottom: 2 }}>
              {piece.methodLabel}: {piece.title}, {formatSastDate(piece.occurredAt)}, attested by {attestedBy(piece)}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
