import { CriterionEvidence } from '@/components/record/record-evidence';
import { FieldList, RecordSection } from '@/components/record/record-parts';
import { OverallResult, RecordDates, Signatures, Verification } from '@/components/record/record-sign-off';
import { ActivitiesTable, EvidenceTable, OutcomeResults } from '@/components/record/record-tables';
import { notFinalExplanation, statusLabel } from '@/lib/record/format-record';
import {
  assessorFields,
  candidateFields,
  moderatorFields,
  providerFields,
  SECTION_TITLES,
} from '@/lib/record/record-fields';
import { qrSvg } from '@/lib/record/qr';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/**
 * The record of learning on screen and on A4 paper: one server-rendered document, no client
 * JavaScript. Empty fields print as lines to complete by hand.
 */
export async function RecordDocument({ record }: { record: RecordOfLearning }) {
  const qr = record.verification === null ? null : await qrSvg(record.verification.url);
  return (
    <article className="mx-auto max-w-4xl space-y-8 print:max-w-none print:space-y-5 print:text-[10pt]">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold print:text-[20pt]">Record of learning</h1>
        <p className="text-slate-700 print:text-black">
          {record.candidate.name} - Unit standard {record.unitStandard.id}
          {record.provider.name ? `, ${record.provider.name}` : ''}
        </p>
        <StatusBanner record={record} />
      </header>
      <RecordSection id="provider" title={SECTION_TITLES.provider} keepTogether>
        <FieldList fields={providerFields(record)} />
      </RecordSection>
      <RecordSection id="candidate" title={SECTION_TITLES.candidate} keepTogether>
        <FieldList fields={candidateFields(record)} />
      </RecordSection>
      <div className="grid gap-8 md:grid-cols-2 print:grid-cols-1 print:gap-5">
        <RecordSection id="assessor" title={SECTION_TITLES.assessor} keepTogether>
          <FieldList fields={assessorFields(record)} />
        </RecordSection>
        <RecordSection id="moderator" title={SECTION_TITLES.moderator} keepTogether>
          <FieldList fields={moderatorFields(record)} />
        </RecordSection>
      </div>
      <ActivitiesTable record={record} />
      <EvidenceTable record={record} />
      <OutcomeResults record={record} />
      <CriterionEvidence record={record} />
      <OverallResult record={record} />
      <RecordDates record={record} />
      <Signatures record={record} />
      <Verification record={record} qrSvg={qr} />
    </article>
  );
}

/** Words and a border, not colour alone: the marking must survive a black-and-white printer. */
function StatusBanner({ record }: { record: RecordOfLearning }) {
  const notFinal = notFinalExplanation(record);
  if (notFinal === null) {
    return (
      <p className="rounded border-2 border-slate-900 px-4 py-3">
        <strong>Status: {statusLabel(record.status)}.</strong>{' '}
        {record.verification === null ? null : <>Verification code {record.verification.code}.</>}
      </p>
    );
  }
  return (
    <p className="border-4 border-dashed border-amber-800 bg-amber-50 px-4 py-3 text-lg print:border-black print:bg-white print:text-[12pt]">
      <strong>NOT FINAL</strong> — {notFinal}
    </p>
  );
}
