import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '@/lib/db/schema/auth';
import { submission } from '@/lib/db/schema/assessment';
import { assessment } from '@/lib/db/schema/judgement';
import { enrolment } from '@/lib/db/schema/people';

export const moderationBatch = pgTable(
  'moderation_batch',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    moderatorId: text('moderator_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    createdBy: text('created_by')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    /** The sampling rules and seed used, so the sample can be explained and reproduced later. */
    rules: jsonb('rules').$type<{ competentPercent: number; firstDecisionsPerAssessor: number; seed: string; assessorId: string | null; from: string | null; to: string | null; cohortId?: string | null }>().notNull(),
    status: text('status', { enum: ['open', 'signed'] }).notNull().default('open'),
    signatureName: text('signature_name'),
    signatureRegistration: text('signature_registration'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('batch_moderator_idx').on(table.moderatorId)],
);

export const moderationBatchRecord = pgTable(
  'moderation_batch_record',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => moderationBatch.id, { onDelete: 'restrict' }),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submission.id, { onDelete: 'restrict' }),
    sampled: boolean('sampled').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.batchId, table.submissionId] }), uniqueIndex('batch_record_submission_idx').on(table.submissionId)],
);

/** One moderator decision on one assessment round of a sampled record. */
export const moderation = pgTable(
  'moderation',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => moderationBatch.id, { onDelete: 'restrict' }),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submission.id, { onDelete: 'restrict' }),
    moderatorId: text('moderator_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    assessmentRound: integer('assessment_round').notNull(),
    decision: text('decision', { enum: ['agree', 'refer'] }).notNull(),
    /** Per criterion the moderator disagrees with: why. */
    reasons: jsonb('reasons').$type<Record<string, string>>().notNull(),
    comment: text('comment').notNull().default(''),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('moderation_submission_idx').on(table.submissionId), index('moderation_batch_idx').on(table.batchId)],
);

/**
 * The signed record of learning, frozen: canonical JSON and its hash, found by its verification code.
 * Versions count per enrolment (a later attempt's final record or a correction is the next version),
 * and at most one version of an enrolment is current (not superseded).
 */
export const recordSnapshot = pgTable(
  'record_snapshot',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submission.id, { onDelete: 'restrict' }),
    /** The signed judgement this snapshot seals (null only on snapshots made before this was recorded). */
    assessmentId: text('assessment_id').references(() => assessment.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    canonicalJson: text('canonical_json').notNull(),
    sha256: text('sha256').notNull(),
    verificationCode: text('verification_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    supersededBy: text('superseded_by'),
    correctionReason: text('correction_reason'),
  },
  (table) => [
    uniqueIndex('snapshot_code_idx').on(table.verificationCode),
    uniqueIndex('snapshot_enrolment_version_idx').on(table.enrolmentId, table.version),
    index('snapshot_submission_idx').on(table.submissionId),
  ],
);
