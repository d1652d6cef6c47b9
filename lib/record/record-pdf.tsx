import { Document, Font, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { notFinalExplanation, statusLabel } from '@/lib/record/format-record';
import {
  assessorFields,
  candidateFields,
  moderatorFields,
  providerFields,
  SECTION_TITLES,
} from '@/lib/record/record-fields';
import { newPageCounter, type PageCounter, PdfEndOfRecord, PdfPageNumber } from '@/lib/record/record-pdf-canvas';
import { PdfCriterionEvidence } from '@/lib/record/record-pdf-evidence';
import { PdfFields, PdfSection } from '@/lib/record/record-pdf-parts';
import {
  PdfActivities,
  PdfDates,
  PdfEvidence,
  PdfOutcomes,
  PdfOverall,
  PdfSignatures,
  PdfVerification,
} from '@/lib/record/record-pdf-sections';
import { pdfStyles as s } from '@/lib/record/record-pdf-styles';
import type { RecordOfLearning } from '@/lib/record/record-schema';

// No hyphenation: a split registration number, URL or criterion code would misstate the record.
Font.registerHyphenationCallback((word) => [word]);

/** The record of learning as an A4 PDF, the copy the provider files and the SETA inspects. */
export async function renderRecordPdf(record: RecordOfLearning): Promise<Buffer> {
  return renderToBuffer(<RecordPdf record={record} counter={newPageCounter()} />);
}

function RecordPdf({ record, counter }: { record: RecordOfLearning; counter: PageCounter }) {
  const notFinal = notFinalExplanation(record);
  return (
    <Document
      title={`Record of learning - ${record.candidate.name}`}
      author={record.provider.name}
      subject={`Unit standard ${record.unitStandard.id}: ${record.unitStandard.title}`}
      language="en-ZA"
      creationDate={new Date(record.generatedAt)}
    >
      <Page size="A4" style={s.page}>
        <View style={s.footer} fixed>
          <Text>
            {record.provider.name} - US {record.unitStandard.id} - {record.candidate.name}
          </Text>
          <PdfPageNumber counter={counter} />
        </View>
        {/* Fixed: repeated on every page, so no single page can pass for a final record. */}
        {notFinal === null ? (
          <View style={s.runningHead} fixed>
            <Text>Record of learning - {record.candidate.name}</Text>
            <Text>Verification code {record.verification?.code ?? ''}</Text>
          </View>
        ) : (
          <View style={s.notFinal} fixed>
            <Text style={s.notFinalText}>NOT FINAL - {notFinal}</Text>
          </View>
        )}
        <Text style={s.title}>Record of learning</Text>
        <Text style={s.subtitle}>
          Status: {statusLabel(record.status)} - Unit standard {record.unitStandard.id}
          {record.provider.name ? `, ${record.provider.name}` : ''}
        </Text>
        <PdfSection title={SECTION_TITLES.provider} keepTogether>
          <PdfFields fields={providerFields(record)} />
        </PdfSection>
        <PdfSection title={SECTION_TITLES.candidate} keepTogether>
          <PdfFields fields={candidateFields(record)} />
        </PdfSection>
        <PdfSection title={SECTION_TITLES.assessor} keepTogether>
          <PdfFields fields={assessorFields(record)} />
        </PdfSection>
        <PdfSection title={SECTION_TITLES.moderator} keepTogether>
          <PdfFields fields={moderatorFields(record)} />
        </PdfSection>
        <PdfActivities record={record} />
        <PdfEvidence record={record} />
        <PdfOutcomes record={record} />
        <PdfCriterionEvidence record={record} />
        <PdfOverall record={record} />
        <PdfDates record={record} />
        <PdfSignatures record={record} />
        <PdfVerification record={record} />
        <PdfEndOfRecord counter={counter} />
      </Page>
    </Document>
  );
}
