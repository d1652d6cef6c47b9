import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '@/lib/db/schema/auth';
import { submission } from '@/lib/db/schema/assessment';

export type CriterionJudgement = { met: boolean | null; comment: string };

/**
 * An assessor's judgement of one submission. A signed row is never changed: a referral from the
 * moderator or a correction starts a new round with a new row.
 */
export const assessment = pgTable(
  'assessment',
  {
    id: text('id').primaryKey(),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submission.id, { onDelete: 'restrict' }),
    assessorId: text('assessor_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    round: integer('round').notNull().default(1),
    status: text('status', { enum: ['draft', 'signed'] }).notNull().default('draft'),
    judgements: jsonb('judgements').$type<Record<string, CriterionJudgement>>().notNull(),
    outcome: text('outcome', { enum: ['competent', 'not_yet_competent'] }),
    feedback: text('feedback').notNull().default(''),
    /** The evidence the signed judgement relied on, fixed at signing: what its final record seals. */
    evidenceIds: jsonb('evidence_ids').$type<string[]>().notNull().default([]),
    signatureName: text('signature_name'),
    signatureRegistration: text('signature_registration'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('assessment_submission_idx').on(table.submissionId), index('assessment_assessor_idx').on(table.assessorId)],
);
