import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { user } from '@/lib/db/schema/auth';

/** An intake of learners: a name, the dates it runs between, and (through enrolments) its learners. */
export const cohort = pgTable(
  'cohort',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (table) => [uniqueIndex('cohort_name_idx').on(sql`lower(${table.name})`), check('cohort_dates_check', sql`${table.endsOn} >= ${table.startsOn}`)],
);

export const PASSWORD_LINK_PURPOSES = ['invitation', 'reset'] as const;
export type PasswordLinkPurpose = (typeof PASSWORD_LINK_PURPOSES)[number];

/**
 * A single-use link that sets a person's password: an invitation to a new account, or a reset.
 * Only the token's sha256 is kept; the token itself is in the person's e-mail (or handed over once).
 */
export const passwordLink = pgTable(
  'password_link',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: PASSWORD_LINK_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('password_link_token_idx').on(table.tokenHash),
    index('password_link_user_idx').on(table.userId),
    check('password_link_purpose_check', sql`${table.purpose} in ('invitation', 'reset')`),
  ],
);

/**
 * A learner file as it was uploaded for preview: the import that follows writes exactly what was
 * previewed (checked again against the database then), and records when it did.
 */
export const learnerImport = pgTable('learner_import', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  content: text('content').notNull(),
  rowCount: integer('row_count').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: text('created_by')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
  importedAt: timestamp('imported_at', { withTimezone: true }),
});
