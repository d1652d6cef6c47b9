import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Rate-limit counters shared by every server on one PostgreSQL database: one row per limit and key
 * (a client address, an account) counting hits in a fixed window that ends at `reset_at`. An
 * expired row is reset by the next hit and swept now and then (lib/http/database-rate-limiter.ts).
 */
export const rateLimit = pgTable(
  'rate_limit',
  {
    name: text('name').notNull(),
    key: text('key').notNull(),
    hits: integer('hits').notNull(),
    resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.name, table.key] }), index('rate_limit_reset_at_idx').on(table.resetAt)],
);
