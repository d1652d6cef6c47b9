/**
 * Which column of a learner spreadsheet holds which field. Headings are matched loosely because
 * people retype them: "E-mail address", "email_address" and "EMAIL ADDRESS" are one heading.
 */

export type LearnerField = 'fullName' | 'email' | 'idNumber' | 'passportNumber' | 'passportCountry' | 'cohort' | 'assessor';

/** The heading each field has in the template, and in messages about a missing column. */
export const LEARNER_COLUMN_HEADINGS: Record<LearnerField, string> = {
  fullName: 'Full name',
  email: 'E-mail',
  idNumber: 'ID number',
  passportNumber: 'Passport number',
  passportCountry: 'Passport country',
  cohort: 'Cohort',
  assessor: 'Assessor e-mail',
};

const ACCEPTED_HEADINGS: Record<LearnerField, readonly string[]> = {
  fullName: ['full name', 'name'],
  email: ['email', 'e-mail', 'email address'],
  idNumber: ['id number', 'sa id number', 'sa id'],
  passportNumber: ['passport', 'passport number'],
  passportCountry: ['passport country', 'country'],
  cohort: ['cohort'],
  assessor: ['assessor', 'assessor email'],
};

const FIELD_BY_HEADING = new Map<string, LearnerField>(
  (Object.entries(ACCEPTED_HEADINGS) as [LearnerField, readonly string[]][]).flatMap(([field, headings]) =>
    headings.map((heading) => [normaliseHeading(heading), field] as const),
  ),
);

/** Case, spaces, hyphens, underscores and dots do not matter. */
export function normaliseHeading(heading: string): string {
  return heading.toLowerCase().replace(/[\s\-_.]+/g, '');
}

export type LearnerColumns = {
  /** The cell index of each field the file has. */
  indexes: Partial<Record<LearnerField, number>>;
  /** Headings that match no field, as written; their cells are not imported. */
  unknownColumns: string[];
  /** Problems that stop every row from being read: a missing or repeated column. */
  problems: string[];
};

export function mapLearnerColumns(header: readonly string[]): LearnerColumns {
  const indexes: Partial<Record<LearnerField, number>> = {};
  const unknownColumns: string[] = [];
  const problems: string[] = [];
  header.forEach((raw, index) => {
    const heading = raw.trim();
    // A spreadsheet often exports empty columns to the right of the data: nothing to report.
    if (heading === '') return;
    const field = FIELD_BY_HEADING.get(normaliseHeading(heading));
    if (field === undefined) {
      unknownColumns.push(heading);
      return;
    }
    const earlier = indexes[field];
    if (earlier === undefined) {
      indexes[field] = index;
      return;
    }
    // Two columns for one field: which one the admin meant cannot be guessed.
    problems.push(
      `Columns ${columnLetter(earlier)} (“${header[earlier]?.trim()}”) and ${columnLetter(index)} (“${heading}”) are both the ${LEARNER_COLUMN_HEADINGS[field]} column. Delete one of them.`,
    );
  });
  const missing = missingColumns(indexes);
  if (missing.length > 0) problems.unshift(missingColumnsMessage(missing));
  return { indexes, unknownColumns, problems };
}

function missingColumns(indexes: Partial<Record<LearnerField, number>>): string[] {
  const quoted = (field: LearnerField) => `“${LEARNER_COLUMN_HEADINGS[field]}”`;
  const missing: string[] = [];
  if (indexes.fullName === undefined) missing.push(quoted('fullName'));
  if (indexes.email === undefined) missing.push(quoted('email'));
  if (indexes.idNumber === undefined && indexes.passportNumber === undefined) {
    missing.push(`${quoted('idNumber')} or ${quoted('passportNumber')}`);
  }
  // Without it every passport row would fail on a cell the admin cannot see.
  if (indexes.passportNumber !== undefined && indexes.passportCountry === undefined) {
    missing.push(`${quoted('passportCountry')} (for the passport numbers)`);
  }
  return missing;
}

/** One file-level message naming every missing column. */
export function missingColumnsMessage(missing: readonly string[]): string {
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  const [column, these] = missing.length === 1 ? ['column', 'this heading'] : ['columns', 'these headings'];
  return `The file has no ${list} ${column}. Add ${these} to the first row of the spreadsheet, as in the template.`;
}

/** The letter a spreadsheet shows above a column: A … Z, AA, AB … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
