import type { z } from 'zod';
import { LEARNER_COLUMN_HEADINGS, type LearnerField, type LearnerColumns, mapLearnerColumns } from '@/lib/import/learner-columns';
import type { ParsedCsv } from '@/lib/import/parse-csv';
import { CountrySchema, PassportNumberSchema } from '@/lib/identity/passport';
import { SaIdNumberSchema } from '@/lib/identity/sa-id-number';
import { EmailSchema, FullNameSchema, type Identity } from '@/lib/users/account-schemas';

/**
 * A learner spreadsheet checked row by row before anything is written, with the sign-up form's
 * own schemas and messages, so an admin fixes the same mistakes a learner would be told about.
 */

export type RowProblem = { field: LearnerField; message: string };

export type ValidLearner = {
  fullName: string;
  email: string;
  identity: Exclude<Identity, { identityKind: null }>;
  cohortId: string | null;
  assessorId: string | null;
};

export type PreviewRow = {
  line: number;
  /** The cells as typed (trimmed), to show beside the problems even when they are invalid. */
  fullName: string;
  email: string;
  problems: RowProblem[];
  learner: ValidLearner | null;
};

export type LearnerPreview = {
  fileProblems: string[];
  unknownColumns: string[];
  /** Empty when a missing or repeated column stops the rows from being read. */
  rows: PreviewRow[];
  validCount: number;
  invalidCount: number;
  /** No file problems, at least one row, and every row valid: the import is all or nothing. */
  importable: boolean;
};

export type LearnerLookups = {
  existing: {
    /** Lower-cased, as EmailSchema gives them. */
    emails: ReadonlySet<string>;
    idNumbers: ReadonlySet<string>;
    /** `${country}:${number}`: the alpha-2 code and the number in capitals without spaces. */
    passports: ReadonlySet<string>;
  };
  /** By lower-cased name. */
  cohorts: ReadonlyMap<string, { id: string; name: string }>;
  /** By lower-cased e-mail address. */
  assessors: ReadonlyMap<string, { id: string; name: string }>;
};

/** A starting file for the admin: one learner with an SA ID number, one with a passport. */
export const LEARNER_CSV_TEMPLATE = [
  (['fullName', 'email', 'idNumber', 'passportNumber', 'passportCountry', 'cohort', 'assessor'] as const)
    .map((field) => LEARNER_COLUMN_HEADINGS[field])
    .join(','),
  // A synthetic ID number (valid date, citizen, correct check digit), not a real person's.
  'Thandiwe Nkosi,thandiwe.nkosi@example.co.za,9506150123088,,,,',
  'Tendai Moyo,tendai.moyo@example.co.za,,FN123456,Zimbabwe,,',
  '',
].join('\r\n');

export const ROW_MESSAGES = {
  identityMissing: 'Enter the 13-digit ID number, or the passport number and the country that issued it',
  identityBoth:
    'Give an ID number or a passport number, not both: a learner with a South African ID number is registered with it, so clear the passport number',
  emailExists: 'An account with this e-mail address already exists',
  idNumberExists: 'An account with this ID number already exists',
  passportExists: 'An account with this passport number already exists',
  emailRepeated: (line: number) => `The same e-mail address as row ${line}`,
  idNumberRepeated: (line: number) => `The same ID number as row ${line}`,
  passportRepeated: (line: number) => `The same passport number and country as row ${line}`,
  cohortUnknown: (name: string) => `No cohort is named “${name}”: create it on the Cohorts page first`,
  assessorNotEmail: 'Enter the assessor’s e-mail address, not their name, as it appears on the Users page',
  assessorUnknown: (email: string) =>
    `No assessor has the e-mail address “${email}”: use the address of an assessor on the Users page, or leave the cell empty`,
  noRows: 'The file has a heading row but no learners under it. Add one row for each learner.',
} as const;

export function previewLearners(parsed: ParsedCsv, lookups: LearnerLookups): LearnerPreview {
  const columns = mapLearnerColumns(parsed.header);
  const fileProblems = [...columns.problems];
  if (fileProblems.length === 0 && parsed.rows.length === 0) fileProblems.push(ROW_MESSAGES.noRows);
  // Every row would repeat the same column problem; the file-level message says it once.
  const rows = columns.problems.length > 0 ? [] : checkRows(parsed, columns, lookups);
  const validCount = rows.filter((row) => row.learner !== null).length;
  const invalidCount = rows.length - validCount;
  return {
    fileProblems,
    unknownColumns: columns.unknownColumns,
    rows,
    validCount,
    invalidCount,
    importable: fileProblems.length === 0 && rows.length > 0 && invalidCount === 0,
  };
}

/** The line of the first row with each value, so a repeat can name it. */
type FirstSeen = { emails: Map<string, number>; idNumbers: Map<string, number>; passports: Map<string, number> };

function checkRows(parsed: ParsedCsv, columns: LearnerColumns, lookups: LearnerLookups): PreviewRow[] {
  const seen: FirstSeen = { emails: new Map(), idNumbers: new Map(), passports: new Map() };
  return parsed.rows.map((row) => {
    const cell = (field: LearnerField): string => {
      const index = columns.indexes[field];
      return index === undefined ? '' : (row.cells[index] ?? '');
    };
    return checkRow(row.line, cell, columns, lookups, seen);
  });
}

function checkRow(
  line: number,
  cell: (field: LearnerField) => string,
  columns: LearnerColumns,
  lookups: LearnerLookups,
  seen: FirstSeen,
): PreviewRow {
  const problems: RowProblem[] = [];
  const fullName = parseCell(FullNameSchema, cell('fullName'), 'fullName', problems);
  const email = parseCell(EmailSchema, cell('email'), 'email', problems);
  if (email !== null) {
    const message = repeatProblem(email, line, lookups.existing.emails, seen.emails, ROW_MESSAGES.emailExists, ROW_MESSAGES.emailRepeated);
    if (message !== null) problems.push({ field: 'email', message });
  }
  const identity = checkIdentity(line, cell, columns, lookups, seen, problems);
  const cohortId = checkCohort(cell('cohort'), lookups, problems);
  const assessorId = checkAssessor(cell('assessor'), lookups, problems);
  const learner =
    problems.length === 0 && fullName !== null && email !== null && identity !== null
      ? { fullName, email, identity, cohortId, assessorId }
      : null;
  return { line, fullName: cell('fullName').trim(), email: cell('email').trim(), problems, learner };
}

/**
 * Exactly one identity, decided by which cells are filled: sign-up asks the learner to choose,
 * and a spreadsheet has no such choice to read.
 */
function checkIdentity(
  line: number,
  cell: (field: LearnerField) => string,
  columns: LearnerColumns,
  lookups: LearnerLookups,
  seen: FirstSeen,
  problems: RowProblem[],
): ValidLearner['identity'] | null {
  const idCell = cell('idNumber');
  const passportCell = cell('passportNumber');
  const countryCell = cell('passportCountry');
  const hasId = idCell.trim() !== '';
  const hasPassport = passportCell.trim() !== '';

  if (hasId) {
    const idNumber = parseCell(SaIdNumberSchema, idCell, 'idNumber', problems);
    if (idNumber !== null) {
      const message = repeatProblem(idNumber, line, lookups.existing.idNumbers, seen.idNumbers, ROW_MESSAGES.idNumberExists, ROW_MESSAGES.idNumberRepeated);
      if (message !== null) problems.push({ field: 'idNumber', message });
    }
    if (hasPassport) {
      problems.push({ field: 'passportNumber', message: ROW_MESSAGES.identityBoth });
      return null;
    }
    // A "Country" cell beside an ID number (often "South Africa") is not a passport: ignored.
    return idNumber === null ? null : { identityKind: 'sa-id', idNumber };
  }

  // Neither number: name the field the admin is most likely to have meant to fill.
  if (!hasPassport && countryCell.trim() === '') {
    if (columns.indexes.passportNumber === undefined) parseCell(SaIdNumberSchema, idCell, 'idNumber', problems);
    else if (columns.indexes.idNumber === undefined) parseCell(PassportNumberSchema, passportCell, 'passportNumber', problems);
    else problems.push({ field: 'idNumber', message: ROW_MESSAGES.identityMissing });
    return null;
  }

  const passportNumber = parseCell(PassportNumberSchema, passportCell, 'passportNumber', problems);
  const passportCountry = parseCell(CountrySchema, countryCell, 'passportCountry', problems);
  if (passportNumber === null || passportCountry === null) return null;
  const key = `${passportCountry}:${passportNumber}`;
  const message = repeatProblem(key, line, lookups.existing.passports, seen.passports, ROW_MESSAGES.passportExists, ROW_MESSAGES.passportRepeated);
  if (message !== null) {
    problems.push({ field: 'passportNumber', message });
    return null;
  }
  return { identityKind: 'passport', passportNumber, passportCountry };
}

function checkCohort(raw: string, lookups: LearnerLookups, problems: RowProblem[]): string | null {
  const name = raw.trim();
  if (name === '') return null;
  const cohort = lookups.cohorts.get(name.toLowerCase());
  if (cohort !== undefined) return cohort.id;
  problems.push({ field: 'cohort', message: ROW_MESSAGES.cohortUnknown(name) });
  return null;
}

function checkAssessor(raw: string, lookups: LearnerLookups, problems: RowProblem[]): string | null {
  const email = raw.trim().toLowerCase();
  if (email === '') return null;
  const assessor = lookups.assessors.get(email);
  if (assessor !== undefined) return assessor.id;
  const message = email.includes('@') ? ROW_MESSAGES.assessorUnknown(raw.trim()) : ROW_MESSAGES.assessorNotEmail;
  problems.push({ field: 'assessor', message });
  return null;
}

/**
 * An existing account outranks an earlier row: removing the earlier row would not fix it.
 * The first row with a value is remembered whatever else is wrong with it.
 */
function repeatProblem(
  value: string,
  line: number,
  existing: ReadonlySet<string>,
  firstSeen: Map<string, number>,
  existsMessage: string,
  repeatedMessage: (line: number) => string,
): string | null {
  const earlier = firstSeen.get(value);
  if (earlier === undefined) firstSeen.set(value, line);
  if (existing.has(value)) return existsMessage;
  return earlier === undefined ? null : repeatedMessage(earlier);
}

/** The schema's value, or null with its first message recorded against the field. */
function parseCell<T>(schema: z.ZodType<T, string>, input: string, field: LearnerField, problems: RowProblem[]): T | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  problems.push({ field, message: result.error.issues[0]?.message ?? `Check the ${LEARNER_COLUMN_HEADINGS[field]}` });
  return null;
}
