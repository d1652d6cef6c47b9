import { registrationLines } from '@/lib/content/registration-status';
import { attemptLabel, formatSastOrNull, identityLabel } from '@/lib/record/format-record';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/**
 * The labelled fields of a record, in order, for every view. The labels are those of the paper
 * record; a null value prints as a blank line to complete by hand.
 */

export type RecordField = {
  label: string;
  value: string | null;
  /** Show in a fixed-width font: codes and hashes read character by character. */
  mono?: boolean;
  /** A taller blank line, room for a handwritten signature. */
  tall?: boolean;
};

export const SECTION_TITLES = {
  provider: 'Provider and unit standard',
  candidate: 'Candidate',
  assessor: 'Assessor',
  moderator: 'Moderator',
  activities: 'Assessment activities',
  evidence: 'Evidence files',
  outcomes: 'Results per specific outcome',
  criterionEvidence: 'Evidence per criterion',
  overall: 'Overall result',
  dates: 'Dates',
  signatures: 'Signatures',
  verification: 'Verification',
} as const;

export function providerFields(record: RecordOfLearning): RecordField[] {
  const { provider, unitStandard } = record;
  const registration = registrationLines(unitStandard.registration);
  return [
    { label: 'Training provider', value: provider.name },
    { label: 'Accreditation number', value: provider.accreditationNumber },
    { label: 'Unit standard ID', value: `US ${unitStandard.id}` },
    { label: 'Unit standard title', value: unitStandard.title },
    ...(registration ? [{ label: 'Registration status', value: registration.status }] : []),
    { label: 'NQF level', value: registration?.level ?? String(unitStandard.nqfLevel) },
    { label: 'Credits', value: String(unitStandard.credits) },
    { label: 'Course version', value: record.courseVersion, mono: true },
  ];
}

export function candidateFields(record: RecordOfLearning): RecordField[] {
  const { candidate } = record;
  const fields: RecordField[] = [
    { label: "Candidate's name", value: candidate.name },
    { label: identityLabel(candidate), value: candidate.identityNumber },
  ];
  if (candidate.identityLabel === 'Passport number') {
    fields.push({ label: 'Country of issue', value: candidate.passportCountry });
  }
  return fields;
}

export function assessorFields(record: RecordOfLearning): RecordField[] {
  return [
    { label: "Assessor's name", value: record.assessor.name },
    { label: 'Assessor registration number', value: record.assessor.registrationNumber },
  ];
}

export function moderatorFields(record: RecordOfLearning): RecordField[] {
  return [
    { label: "Moderator's name", value: record.moderator.name },
    { label: 'Moderator registration number', value: record.moderator.registrationNumber },
  ];
}

export function dateFields(record: RecordOfLearning): RecordField[] {
  const { dates } = record;
  return [
    { label: 'Enrolled', value: formatSastOrNull(dates.enrolled) },
    { label: 'Evidence submitted', value: formatSastOrNull(dates.submitted) },
    { label: 'Submission', value: attemptLabel(record.attempt) },
    { label: 'Assessed', value: formatSastOrNull(dates.assessed) },
    { label: 'Moderated', value: formatSastOrNull(dates.moderated) },
    { label: 'Record generated', value: formatSastOrNull(record.generatedAt) },
  ];
}

/** The signature of a role, or null when it is still to be signed. */
export function signatureFor(
  record: RecordOfLearning,
  role: RecordOfLearning['signatures'][number]['role'],
): RecordOfLearning['signatures'][number] | null {
  return record.signatures.find((signature) => signature.role === role) ?? null;
}

/** A signature block's fields; blank when unsigned, so the paper copy can be signed by hand. */
export function signatureFields(
  signature: RecordOfLearning['signatures'][number] | null,
  role: RecordOfLearning['signatures'][number]['role'],
): RecordField[] {
  const fields: RecordField[] = [{ label: 'Name', value: signature?.name ?? null }];
  if (role !== 'learner') fields.push({ label: 'Registration number', value: signature?.registrationNumber ?? null });
  fields.push({ label: 'Date and time (SAST)', value: formatSastOrNull(signature?.signedAt ?? null) });
  return fields;
}
