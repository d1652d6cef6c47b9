import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '@/lib/db/schema/auth';
import { enrolment } from '@/lib/db/schema/people';

export const SUBMISSION_STATUSES = [
  'draft',
  'submitted',
  'in_assessment',
  'competent',
  'not_yet_competent',
  'in_moderation',
  'agreed',
  'referred',
  'final',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const submission = pgTable(
  'submission',
  {
    id: text('id').primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolment.id, { onDelete: 'restrict' }),
    /** The learner, kept on the row so every read can be scoped to its owner in the query itself. */
    learnerId: text('learner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'restrict' }),
    attemptNumber: integer('attempt_number').notNull(),
    status: text('status', { enum: SUBMISSION_STATUSES }).notNull().default('draft'),
    itemSeed: text('item_seed').notNull(),
    courseVersion: text('course_version').notNull(),
    declarationName: text('declaration_name'),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Raised on every change, so a form opened on an older revision can be refused instead of overwriting. */
    revision: integer('revision').notNull().default(0),
  },
  (table) => [
    uniqueIndex('submission_attempt_idx').on(table.enrolmentId, table.attemptNumber),
    index('submission_learner_idx').on(table.learnerId),
    index('submission_status_idx').on(table.status),
    /** The assessors' queues in waiting order: only attempts that wait for someone, so it stays small. */
    index('submission_queue_idx')
      .on(table.submittedAt, table.id)
      .where(sql`${table.status} in ('submitted', 'in_assessment', 'referred', 'not_yet_competent') and ${table.submittedAt} is not null`),
  ],
);

export const submissionItem = pgTable(
  'submission_item',
  {
    submissionId: text('submission_id')
      .notNull()
      .references(() => submission.id, { onDelete: 'cascade' }),
    /** `bankId/itemId` */
    itemKey: text('item_key').notNull(),
    bankId: text('bank_id').notNull(),
    position: integer('position').notNull(),
    response: jsonb('response'),
    autoScore: real('auto_score'),
    autoStatus: text('auto_status', { enum: ['marked', 'needs-assessor'] }),
    acs: jsonb('acs').$type<string[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.submissionId, table.itemKey] })],
);

export const evidenceFile = pgTable(
  'evidence_file',
  {
    id: text('id').primaryKey(),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submission.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mediaType: text('media_type', { enum: ['application/pdf', 'image/png', 'image/jpeg'] }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the provider's retention period removed the bytes (lib/privacy/expire-evidence.ts); the row stays as the record's trace. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [index('evidence_submission_idx').on(table.submissionId)],
);
