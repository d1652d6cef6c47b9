import type { RecordOfLearning } from '@/lib/record/record-schema';

/**
 * Wording shared by the screen, print and PDF views of a record of learning, so the three never
 * drift apart. Pure: no dates from the clock, no locale from the environment.
 */

type Judgement = NonNullable<RecordOfLearning['overall']>;
type Status = RecordOfLearning['status'];
type SignatureRole = RecordOfLearning['signatures'][number]['role'];

const sastParts = new Intl.DateTimeFormat('en-ZA', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Africa/Johannesburg',
});

/** "2026-03-03T14:30:00Z" → "3 March 2026, 16:30": the record is read in South Africa. */
export function formatSast(iso: string): string {
  const parts = new Map(sastParts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.get('day')} ${parts.get('month')} ${parts.get('year')}, ${parts.get('hour')}:${parts.get('minute')}`;
}

const sastDate = new Intl.DateTimeFormat('en-ZA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Africa/Johannesburg' });

/** "2026-03-03T14:30:00Z" → "3 March 2026": when a piece of evidence was produced. */
export function formatSastDate(iso: string): string {
  const parts = new Map(sastDate.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.get('day')} ${parts.get('month')} ${parts.get('year')}`;
}

/** The only two results a record may carry: never a percentage (BRIEF §3). */
export function judgementLabel(judgement: Judgement): string {
  return judgement === 'competent' ? 'Competent' : 'Not Yet Competent';
}

export function criterionLabel(met: boolean | null): string {
  if (met === null) return 'Not assessed';
  return met ? 'Met' : 'Not yet met';
}

const STATUS_EXPLANATIONS: Record<Exclude<Status, 'final'>, string> = {
  in_progress: 'in progress: no result has been decided yet (the attempt is open, or waiting for the assessor)',
  assessed: 'assessed, awaiting moderation and sign-off: the result may still change',
  superseded: 'superseded: a newer version of this record replaces it',
};

/** Null for a final record; otherwise the words printed in the "NOT FINAL" marking. */
export function notFinalExplanation(record: Pick<RecordOfLearning, 'status' | 'supersededBy'>): string | null {
  if (record.status === 'final') return null;
  const explanation = STATUS_EXPLANATIONS[record.status];
  if (record.status === 'superseded' && record.supersededBy !== null) {
    return `${explanation} (${record.supersededBy})`;
  }
  return explanation;
}

export function statusLabel(status: Status): string {
  return { in_progress: 'In progress', assessed: 'Assessed', final: 'Final', superseded: 'Superseded' }[status];
}

/** Sizes as people read them on a file list; 1 kB = 1000 bytes, as the operating systems show. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(0)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function mediaTypeLabel(mediaType: RecordOfLearning['evidence'][number]['mediaType']): string {
  return { 'application/pdf': 'PDF document', 'image/png': 'PNG image', 'image/jpeg': 'JPEG image' }[mediaType];
}

/** First and last 8 hex digits: enough to compare by eye; the full value is printed beside it. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 8)}...${sha256.slice(-8)}`;
}

export function signatureRoleLabel(role: SignatureRole): string {
  return { learner: 'Learner', assessor: 'Assessor', moderator: 'Moderator' }[role];
}

/** What each role's signature attests, as on the paper record. */
export function signatureMeaning(role: SignatureRole): string {
  return {
    learner: 'Declaration of authenticity: the evidence I submitted is my own work.',
    assessor: 'I assessed the evidence against the unit standard and made the decision recorded here.',
    moderator: 'I moderated this assessment and confirm it was fair, valid and reliable.',
  }[role];
}

/** What stands on the signature line of a signed block. */
export function signedElectronically(name: string): string {
  return `Signed electronically by ${name}`;
}

export const SIGNATURE_ROLES: readonly SignatureRole[] = ['learner', 'assessor', 'moderator'];

export const ELECTRONIC_SIGNATURE_NOTE =
  'These are electronic signatures: each is the signer\'s typed name plus an authenticated, time-stamped action on this record. An ordinary electronic signature is valid under the Electronic Communications and Transactions Act 25 of 2002, section 13.';

export function identityLabel(candidate: RecordOfLearning['candidate']): string {
  return candidate.identityLabel ?? 'ID number';
}

/** "1 of 3": the learner's submission number against the provider's limit. */
export function attemptLabel(attempt: RecordOfLearning['attempt']): string | null {
  return attempt === null ? null : `${attempt.number} of ${attempt.of}`;
}

export function formatSastOrNull(iso: string | null): string | null {
  return iso === null ? null : formatSast(iso);
}

type Criterion = RecordOfLearning['outcomes'][number]['criteria'][number];
type EvidencePiece = NonNullable<Criterion['evidence']>['pieces'][number];

/** The criteria that carry their evidence (records snapshotted before it was recorded carry none). */
export function criteriaWithEvidence(record: Pick<RecordOfLearning, 'outcomes'>): (Criterion & { evidence: NonNullable<Criterion['evidence']> })[] {
  return record.outcomes.flatMap((outcome) => outcome.criteria.flatMap((criterion) => (criterion.evidence === undefined ? [] : [{ ...criterion, evidence: criterion.evidence }])));
}

/** What the evidence section is: sealed by the signed judgement, or still open before it. */
export function evidenceSectionNote(record: Pick<RecordOfLearning, 'dates'>): string {
  return record.dates.assessed === null
    ? 'The evidence so far for each criterion, and whether it meets the criterion\'s sufficiency rule now. The assessor\'s signature seals the evidence the judgement relies on.'
    : 'The evidence the assessor\'s signed judgement relied on, sealed when it was signed, and whether each criterion\'s sufficiency rule was met then.';
}

export function ruleStanding(evidence: NonNullable<Criterion['evidence']>): string {
  return evidence.ruleMet ? 'Rule met' : 'Rule not met';
}

/** "Thandi Nkosi (assessor)": who attested a piece, in the words of the record. */
export function attestedBy(piece: Pick<EvidencePiece, 'attesterName' | 'attesterRole'>): string {
  const role = { learner: 'learner', assessor: 'assessor', witness: 'workplace witness', system: 'recorded by the system' }[piece.attesterRole];
  return `${piece.attesterName} (${role})`;
}

/** "Observation (18 February 2026), Knowledge test (2 March 2026)": the methods behind a criterion, with dates. */
export function methodsWithDates(pieces: readonly Pick<EvidencePiece, 'methodLabel' | 'occurredAt'>[]): string {
  return pieces.length === 0 ? 'no evidence' : pieces.map((piece) => `${piece.methodLabel} (${formatSastDate(piece.occurredAt)})`).join(', ');
}

/** Every piece behind any criterion, once each, oldest first. */
export function distinctPieces(criteria: readonly { evidence: NonNullable<Criterion['evidence']> }[]): EvidencePiece[] {
  const seen = new Map<string, EvidencePiece>();
  for (const piece of criteria.flatMap((criterion) => criterion.evidence.pieces)) seen.set(`${piece.method}|${piece.occurredAt}|${piece.title}|${piece.attesterName}`, piece);
  return [...seen.values()].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.title.localeCompare(b.title));
}
