import { Text, View } from '@react-pdf/renderer';
import { PdfQrCode } from '@/lib/record/record-pdf-canvas';
import {
  criterionLabel,
  ELECTRONIC_SIGNATURE_NOTE,
  formatFileSize,
  judgementLabel,
  mediaTypeLabel,
  SIGNATURE_ROLES,
  shortHash,
  signatureMeaning,
  signedElectronically,
  signatureRoleLabel,
} from '@/lib/record/format-record';
import { dateFields, SECTION_TITLES, signatureFields, signatureFor } from '@/lib/record/record-fields';
import {
  type PdfColumn,
  PdfFields,
  PdfHeading,
  PdfSection,
  PdfTable,
  PdfTableSection,
} from '@/lib/record/record-pdf-parts';
import { pdfStyles as s } from '@/lib/record/record-pdf-styles';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/** The sections of the PDF record below the identifying fields, in the order of the screen view. */

type Props = { record: RecordOfLearning };

const NOT_ASSESSED = 'Not assessed';

const ACTIVITY_COLUMNS: PdfColumn[] = [
  { title: 'Activity', width: '36%' },
  { title: 'Assessment criteria', width: '40%' },
  { title: 'Result', width: '24%' },
];

export function PdfActivities({ record }: Props) {
  return (
    <PdfTableSection
      title={SECTION_TITLES.activities}
      columns={ACTIVITY_COLUMNS}
      rows={record.activities.map((activity) => ({
        key: activity.title,
        cells: [
          <View key="a">
            <Text style={s.bold}>{activity.title}</Text>
            <Text style={s.muted}>{activity.summary}</Text>
          </View>,
          <Text key="c">{activity.acs.join(', ')}</Text>,
          <Text key="r">{activity.result === null ? NOT_ASSESSED : judgementLabel(activity.result)}</Text>,
        ],
      }))}
    />
  );
}

const EVIDENCE_COLUMNS: PdfColumn[] = [
  { title: 'File', width: '42%' },
  { title: 'Type', width: '20%' },
  { title: 'Size', width: '14%' },
  { title: 'SHA-256', width: '24%' },
];

export function PdfEvidence({ record }: Props) {
  if (record.evidence.length === 0) {
    return <PdfSection title={SECTION_TITLES.evidence} lead={<Text>No evidence files submitted.</Text>} />;
  }
  return (
    <PdfTableSection
      title={SECTION_TITLES.evidence}
      columns={EVIDENCE_COLUMNS}
      rows={record.evidence.map((file) => ({
        key: file.sha256,
        cells: [
          <Text key="n">{file.name}</Text>,
          <Text key="t">{mediaTypeLabel(file.mediaType)}</Text>,
          <Text key="s">{formatFileSize(file.size)}</Text>,
          <Text key="h" style={[s.mono, { fontSize: 8.5 }]}>
            {shortHash(file.sha256)}
          </Text>,
        ],
        // Long hashes cannot wrap without looking like two values: the full one gets its own line.
        below: <Text style={[s.mono, { marginTop: 1 }]}>SHA-256 {file.sha256}</Text>,
      }))}
    />
  );
}

const CRITERION_COLUMNS: PdfColumn[] = [
  { title: 'Criterion', width: '50%' },
  { title: 'Result', width: '16%' },
  { title: 'Comment', width: '34%' },
];

export function PdfOutcomes({ record }: Props) {
  return (
    <View style={s.section}>
      {record.outcomes.map((outcome, index) => (
        // One outcome never splits: its criteria are read together (about a third of a page).
        <View key={outcome.code} style={{ marginBottom: 4 }} wrap={false}>
          <PdfTable
            heading={
              <View>
                {index === 0 ? <PdfHeading title={SECTION_TITLES.outcomes} /> : null}
                <Text style={s.subheading}>
                  {outcome.code}: {outcome.title} - {outcome.result === null ? NOT_ASSESSED : judgementLabel(outcome.result)}
                </Text>
              </View>
            }
            columns={CRITERION_COLUMNS}
            rows={outcome.criteria.map((criterion) => ({
              key: criterion.code,
              cells: [
                <Text key="c">
                  <Text style={s.bold}>{criterion.code}</Text> {criterion.text}
                </Text>,
                <Text key="r">{criterionLabel(criterion.met)}</Text>,
                <Text key="m" style={s.muted}>
                  {criterion.comment ?? ''}
                </Text>,
              ],
            }))}
          />
        </View>
      ))}
    </View>
  );
}

export function PdfOverall({ record }: Props) {
  return (
    <PdfSection title={SECTION_TITLES.overall} keepTogether>
      <View style={s.overall}>
        <Text>Unit standard {record.unitStandard.id}:</Text>
        <Text style={s.overallValue}>{record.overall === null ? 'Not yet decided' : judgementLabel(record.overall)}</Text>
      </View>
      {record.assessorFeedback === null ? null : (
        <View style={{ marginTop: 5 }}>
          <Text style={s.bold}>Assessor's feedback</Text>
          <Text>{record.assessorFeedback}</Text>
        </View>
      )}
    </PdfSection>
  );
}

function PdfSignatureBlock({ record, role }: Props & { role: (typeof SIGNATURE_ROLES)[number] }) {
  const signature = signatureFor(record, role);
  return (
    <View style={s.signature} wrap={false}>
      <Text style={s.bold}>{signatureRoleLabel(role)}</Text>
      <Text style={[s.muted, s.paragraph]}>{signatureMeaning(role)}</Text>
      <PdfFields
        fields={[
          { label: 'Signature', value: signature === null ? null : signedElectronically(signature.name), tall: true },
          ...signatureFields(signature, role),
        ]}
      />
    </View>
  );
}

/** Two columns: the six dates fit beside each other and keep the record short. */
export function PdfDates({ record }: Props) {
  const fields = dateFields(record);
  const half = Math.ceil(fields.length / 2);
  return (
    <PdfSection
      title={SECTION_TITLES.dates}
      keepTogether
      lead={
        <View style={s.columns}>
          <View style={s.column}>
            <PdfFields fields={fields.slice(0, half)} />
          </View>
          <View style={s.column}>
            <PdfFields fields={fields.slice(half)} />
          </View>
        </View>
      }
    />
  );
}

export function PdfSignatures({ record }: Props) {
  const [first, ...rest] = SIGNATURE_ROLES;
  return (
    <PdfSection
      title={SECTION_TITLES.signatures}
      lead={
        <View>
          <Text style={[s.muted, s.paragraph]}>{ELECTRONIC_SIGNATURE_NOTE}</Text>
          {first === undefined ? null : <PdfSignatureBlock record={record} role={first} />}
        </View>
      }
    >
      {rest.map((role) => (
        <PdfSignatureBlock key={role} record={record} role={role} />
      ))}
    </PdfSection>
  );
}

export function PdfVerification({ record }: Props) {
  const { verification } = record;
  return (
    <PdfSection title={SECTION_TITLES.verification} keepTogether>
      {verification === null ? (
        <Text>
          {record.status === 'final' ? '' : 'NOT FINAL: '}No verification code yet: one is issued when the record is final.
        </Text>
      ) : (
        <View style={s.verification}>
          <PdfQrCode url={verification.url} size={96} />
          <View style={{ flex: 1 }}>
            {/* Label above value: an address or hash is too long to share a line with its label. */}
            <Text style={s.muted}>Verification code</Text>
            <Text style={[s.bold, s.paragraph, { fontSize: 12 }]}>{verification.code}</Text>
            <Text style={s.muted}>Check at</Text>
            <Text style={[s.bold, s.paragraph]}>{verification.url}</Text>
            <Text style={s.muted}>SHA-256 of this record</Text>
            <Text style={[s.mono, s.paragraph]}>{verification.sha256}</Text>
            <Text style={s.muted}>
              Scan the QR code or open the address to see this record's names, results and dates as issued. A copy that
              differs from them has been altered.
            </Text>
          </View>
        </View>
      )}
    </PdfSection>
  );
}
