import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import type { CsvCell } from '@/lib/export/csv';

/** One moderator's finding on one assessed record in a batch. */
export type ModerationRow = {
  batch: string;
  batchSignedOn: string | null;
  moderator: string;
  moderatorRegistration: string | null;
  learner: string;
  cohort: string | null;
  attempt: number;
  assessor: string | null;
  assessorRegistration: string | null;
  assessmentRound: number;
  decision: 'Agree' | 'Refer';
  reasons: string;
  comment: string;
  decidedOn: string;
};

export const MODERATION_COLUMNS: readonly [keyof ModerationRow, string][] = [
  ['batch', 'Batch'],
  ['batchSignedOn', 'Batch signed on'],
  ['moderator', 'Moderator'],
  ['moderatorRegistration', 'Moderator registration number'],
  ['learner', 'Learner'],
  ['cohort', 'Cohort'],
  ['attempt', 'Attempt'],
  ['assessor', 'Assessor'],
  ['assessorRegistration', 'Assessor registration number'],
  ['assessmentRound', 'Assessment round'],
  ['decision', 'Decision'],
  ['reasons', 'Reasons by criterion'],
  ['comment', 'Comment'],
  ['decidedOn', 'Decided on'],
];

type Found = Omit<ModerationRow, 'decision' | 'reasons' | 'attempt' | 'assessmentRound'> & { decision: string; reasons: Record<string, string>; attempt: number | string; assessmentRound: number | string };

/** Every moderation decision, batch by batch (of one cohort's learners, when given), with who decided, on whose judgement, and why. */
export async function moderationRows(db: Db, cohortId: string | null): Promise<ModerationRow[]> {
  const day = (column: string) => sql.raw(`to_char(${column} at time zone 'Africa/Johannesburg', 'YYYY-MM-DD')`);
  const result = (await db.execute(sql`
    select b.name as "batch", ${day('b.signed_at')} as "batchSignedOn", coalesce(b.signature_name, mp.full_name) as "moderator",
      coalesce(b.signature_registration, mp.registration_number) as "moderatorRegistration", lp.full_name as "learner", c.name as "cohort",
      s.attempt_number as "attempt", coalesce(a.signature_name, ap.full_name) as "assessor", coalesce(a.signature_registration, ap.registration_number) as "assessorRegistration",
      m.assessment_round as "assessmentRound", m.decision, m.reasons, m.comment, ${day('m.decided_at')} as "decidedOn"
    from moderation m
    join moderation_batch b on b.id = m.batch_id
    join submission s on s.id = m.submission_id
    join enrolment e on e.id = s.enrolment_id
    join profile lp on lp.user_id = s.learner_id
    left join cohort c on c.id = e.cohort_id
    left join profile mp on mp.user_id = m.moderator_id
    left join assessment a on a.submission_id = s.id and a.round = m.assessment_round and a.status = 'signed'
    left join profile ap on ap.user_id = a.assessor_id
    where ${cohortId ? sql`e.cohort_id = ${cohortId}` : sql`true`}
    order by b.created_at, b.name, lp.full_name, m.decided_at`)) as unknown as { rows: Found[] };
  return result.rows.map((row) => ({
    ...row,
    attempt: Number(row.attempt),
    assessmentRound: Number(row.assessmentRound),
    decision: row.decision === 'refer' ? 'Refer' : 'Agree',
    reasons: Object.entries(row.reasons ?? {})
      .map(([criterion, reason]) => `${criterion}: ${reason}`)
      .join('; '),
  }));
}

export function moderationCells(rows: readonly ModerationRow[]): CsvCell[][] {
  return [MODERATION_COLUMNS.map(([, heading]) => heading), ...rows.map((row) => MODERATION_COLUMNS.map(([key]) => row[key]))];
}
