import { FieldList, RecordSection } from '@/components/record/record-parts';
import {
  ELECTRONIC_SIGNATURE_NOTE,
  judgementLabel,
  notFinalExplanation,
  SIGNATURE_ROLES,
  signatureMeaning,
  signedElectronically,
  signatureRoleLabel,
} from '@/lib/record/format-record';
import { dateFields, SECTION_TITLES, signatureFields, signatureFor } from '@/lib/record/record-fields';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/** The closing sections of the record: overall result, dates, signatures and verification. */

type Props = { record: RecordOfLearning };

export function OverallResult({ record }: Props) {
  return (
    <RecordSection id="overall" title={SECTION_TITLES.overall} keepTogether>
      <p className="flex flex-wrap items-baseline gap-x-4 rounded border-2 border-slate-900 p-4">
        <span>Unit standard {record.unitStandard.id}:</span>
        <strong className="text-2xl">{record.overall === null ? 'Not yet decided' : judgementLabel(record.overall)}</strong>
      </p>
      {record.assessorFeedback === null ? null : (
        <div className="mt-3">
          <h3 className="font-bold">Assessor's feedback</h3>
          <p>{record.assessorFeedback}</p>
        </div>
      )}
    </RecordSection>
  );
}

export function RecordDates({ record }: Props) {
  return (
    <RecordSection id="dates" title={SECTION_TITLES.dates} keepTogether>
      <FieldList fields={dateFields(record)} />
    </RecordSection>
  );
}

export function Signatures({ record }: Props) {
  return (
    <RecordSection id="signatures" title={SECTION_TITLES.signatures}>
      <p className="mb-4 text-sm text-slate-700 print:text-[9pt] print:text-black">{ELECTRONIC_SIGNATURE_NOTE}</p>
      <div className="space-y-4 print:space-y-3">
        {SIGNATURE_ROLES.map((role) => {
          const signature = signatureFor(record, role);
          return (
            <div key={role} className="rounded border border-slate-500 p-4 print:break-inside-avoid print:p-3">
              <h3 className="font-bold">{signatureRoleLabel(role)}</h3>
              <p className="mb-3 text-sm text-slate-700 print:text-black">{signatureMeaning(role)}</p>
              <FieldList
                fields={[
                  {
                    label: 'Signature',
                    value: signature === null ? null : signedElectronically(signature.name),
                    tall: true,
                  },
                  ...signatureFields(signature, role),
                ]}
              />
            </div>
          );
        })}
      </div>
    </RecordSection>
  );
}

export function Verification({ record, qrSvg }: Props & { qrSvg: string | null }) {
  const { verification } = record;
  const notFinal = notFinalExplanation(record);
  return (
    <RecordSection id="verification" title={SECTION_TITLES.verification} keepTogether>
      {verification === null ? (
        <p>
          {notFinal === null ? null : <strong>NOT FINAL: </strong>}
          No verification code yet: one is issued when the record is final.
        </p>
      ) : (
        <div className="flex flex-col gap-6 sm:flex-row print:flex-row">
          {qrSvg === null ? null : (
            <div
              role="img"
              aria-label={`QR code for ${verification.url}`}
              className="size-36 shrink-0 print:size-[32mm] [&>svg]:size-full"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the qrcode library's own SVG, built from the record's URL alone
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
          )}
          <div className="min-w-0 space-y-2">
            <FieldList
              fields={[
                { label: 'Verification code', value: verification.code, mono: true },
                { label: 'Check at', value: verification.url },
                { label: 'SHA-256 of this record', value: verification.sha256, mono: true },
              ]}
            />
            <p className="text-sm text-slate-700 print:text-black">
              Scan the QR code or open the address to see this record's names, results and dates as issued. A copy that
              differs from them has been altered.
            </p>
          </div>
        </div>
      )}
    </RecordSection>
  );
}
