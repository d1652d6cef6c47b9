import { bigint, bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** One row per setting; values are validated by `lib/settings` on every read and write. */
export const setting = pgTable('setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

/** Append-only: the application never updates or deletes a row (a trigger refuses it). */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorRole: text('actor_role'),
    type: text('type').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    data: jsonb('data').notNull(),
    /** Position in the hash chain, set by the database on insert (trigger), never by the application. */
    seq: bigint('seq', { mode: 'number' }),
    /** The previous event's hash; this event's hash covers it and every field above. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (table) => [uniqueIndex('audit_seq_idx').on(table.seq), index('audit_subject_idx').on(table.subjectType, table.subjectId), index('audit_actor_idx').on(table.actorId), index('audit_at_idx').on(table.at)],
);

/** The end of the audit hash chain: its last position and hash, kept in one row the insert trigger updates. */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: integer('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [check('audit_chain_head_single_row', sql`${table.id} = 1`)],
);
