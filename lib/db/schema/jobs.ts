import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '@/lib/db/schema/auth';

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * The background work queue. A worker claims a queued row whose time has come with
 * `FOR UPDATE SKIP LOCKED`, so with several instances each job runs once; a failure puts it back
 * with a later `run_after` until its attempts are spent, and it then stays `failed` for the admin.
 */
export const job = pgTable(
  'job',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    state: text('state', { enum: JOB_STATES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    /** When a worker claimed it: a `running` job whose claim is older than the lease was abandoned (its process died). */
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    /** At most one job per key (a day's digest); null for most jobs. */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    check('job_state_known', sql`${table.state} in ('queued', 'running', 'done', 'failed')`),
    index('job_claim_idx').on(table.state, table.runAfter),
    uniqueIndex('job_dedupe_key_idx').on(table.dedupeKey),
  ],
);

/** A message already handed to the mail server, by the job that sent it: a job run twice sends once. */
export const mailDelivery = pgTable('mail_delivery', {
  jobId: text('job_id').primaryKey(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What a person chose not to be e-mailed about (the notices that are not essential), and the assessors' daily digest. */
export const mailPreference = pgTable('mail_preference', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  optedOut: jsonb('opted_out').$type<string[]>().notNull().default([]),
  dailyDigest: boolean('daily_digest').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
