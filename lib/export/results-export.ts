import { sql } from 'drizzle-orm';
import type { Outcomes } from '@/lib/content/schema';
import type { Db } from '@/lib/db/open-database';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';
import type { CsvCell } from '@/lib/export/csv';

/** One learner's standing on one assessment criterion, as a provider reports it. */
export type ResultRow = {
  learner: string;
  email: string;
  identityNumber: string | null;
  cohort: string | null;
  attempt: number | null;
  submittedOn: string | null;
  outcome: string;
  criterion: string;
  criterionMet: 'Yes' | 'No' | null;
  assessedOn: string | null;
  assessor: string | null;
  assessorRegistration: string | null;
  moderatedOn: string | null;
  moderator: string | null;
  moderatorRegistration: string | null;
};

export const RESULT_COLUMNS: readonly [keyof ResultRow, string][] = [
  ['learner', 'Learner'],
  ['email', 'E-mail'],
  ['identityNumber', 'ID or passport number'],
  ['cohort', 'Cohort'],
  ['attempt', 'Attempt'],
  ['submittedOn', 'Submitted on'],
  ['outcome', 'Outcome'],
  ['criterion', 'Criterion'],
  ['criterionMet', 'Criterion met'],
  ['assessedOn', 'Assessed on'],
  ['assessor', 'Assessor'],
  ['assessorRegistration', 'Assessor registration number'],
  ['moderatedOn', 'Moderated on'],
  ['moderator', 'Moderator'],
  ['moderatorRegistration', 'Moderator registration number'],
];

type LearnerResult = {
  learner: string;
  email: string;
  identity_number: string | null;
  cohort: string | null;
  attempt: number | null;
  submitted_on: string | null;
  outcome: string | null;
  judgements: Record<string, CriterionJudgement> | null;
  assessed_on: string | null;
  assessor: string | null;
  assessor_registration: string | null;
  moderated_on: string | null;
  moderator: string | null;
  moderator_registration: string | null;
};

const OUTCOME_LABELS: Record<string, string> = { competent: 'Competent', not_yet_competent: 'Not Yet Competent' };

/**
 * Every enrolled learner (of one cohort, when given) with the attempt their record is about (the
 * latest submitted one), its latest signed judgement and the batch that moderated it, in one
 * statement; then one row per assessment criterion. Dates are calendar days in South African time,
 * written yyyy-mm-dd so a spreadsheet reads them as dates whatever its locale.
 */
export async function resultRows(db: Db, outcomes: Outcomes, cohortId: string | null): Promise<ResultRow[]> {
  const day = (column: string) => sql.raw(`to_char(${column} at time zone 'Africa/Johannesburg', 'YYYY-MM-DD')`);
  const result = (await db.execute(sql`
    select p.full_name as learner, u.email, coalesce(p.id_number, p.passport_number) as identity_number, c.name as cohort,
      s.attempt_number as attempt, ${day('s.submitted_at')} as submitted_on,
      a.outcome, a.judgements, ${day('a.signed_at')} as assessed_on,
      coalesce(a.signature_name, ap.full_name) as assessor, coalesce(a.signature_registration, ap.registration_number) as assessor_registration,
      ${day('b.signed_at')} as moderated_on, coalesce(b.signature_name, mp.full_name) as moderator, coalesce(b.signature_registration, mp.registration_number) as moderator_registration
    from enrolment e
    join profile p on p.user_id = e.learner_id
    join "user" u on u.id = e.learner_id
    left join cohort c on c.id = e.cohort_id
    left join profile ap on ap.user_id = e.assessor_id
    left join lateral (
      select * from submission where enrolment_id = e.id and status <> 'draft' order by attempt_number desc limit 1
    ) s on true
    left join lateral (
      select * from assessment where submission_id = s.id and status = 'signed' order by round desc limit 1
    ) a on true
    left join lateral (
      select mb.* from moderation_batch_record r join moderation_batch mb on mb.id = r.batch_id where r.submission_id = s.id order by mb.created_at desc limit 1
    ) b on true
    left join profile mp on mp.user_id = b.moderator_id
    where ${cohortId ? sql`e.cohort_id = ${cohortId}` : sql`true`}
    order by p.full_name, e.learner_id`)) as unknown as { rows: LearnerResult[] };
  const criteria = outcomes.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
  return result.rows.flatMap((row) =>
    criteria.map((criterion) => {
      const met = row.judgements?.[criterion]?.met;
      return {
        learner: row.learner,
        email: row.email,
        identityNumber: row.identity_number,
        cohort: row.cohort,
        attempt: row.attempt === null ? null : Number(row.attempt),
        submittedOn: row.submitted_on,
        outcome: row.outcome ? (OUTCOME_LABELS[row.outcome] ?? row.outcome) : row.attempt === null ? 'Not submitted' : 'Not assessed yet',
        criterion,
        criterionMet: met === true ? 'Yes' : met === false ? 'No' : null,
        assessedOn: row.assessed_on,
        assessor: row.assessor,
        assessorRegistration: row.assessor_registration,
        moderatedOn: row.moderated_on,
        moderator: row.moderator,
        moderatorRegistration: row.moderator_registration,
      };
    }),
  );
}

/**
 * A 13-digit SA ID number grouped as printed on the ID document (YYMMDD SSSS C A Z): a spreadsheet
 * would otherwise read it as a number, drop a leading zero (anyone born from 2000) and show it in
 * scientific notation. The grouped form stays text, and the import accepts it back.
 */
export function spreadsheetIdNumber(value: string | null): string | null {
  return value && /^\d{13}$/.test(value) ? `${value.slice(0, 6)} ${value.slice(6, 10)} ${value.slice(10, 11)} ${value.slice(11, 12)} ${value.slice(12)}` : value;
}

/** The rows as cells in column order, for `toCsv`. */
export function resultCells(rows: readonly ResultRow[]): CsvCell[][] {
  return [
    RESULT_COLUMNS.map(([, heading]) => heading),
    ...rows.map((row) => RESULT_COLUMNS.map(([key]) => (key === 'identityNumber' ? spreadsheetIdNumber(row.identityNumber) : row[key]))),
  ];
}
