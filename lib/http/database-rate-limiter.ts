import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import type { RateLimiter } from '@/lib/http/rate-limiter';

/** How many hits one process counts between two sweeps of expired rows. */
const SWEEP_EVERY = 500;

type Row = { hits: number; reset_at: Date | string };

/**
 * A fixed-window limit kept in the `rate_limit` table, so that every server on one PostgreSQL
 * database counts the same hits: a client cannot get N times the limit by reaching N servers.
 * One upsert counts the hit and starts a new window when the old one has ended; the row lock it
 * takes makes concurrent hits on the same key queue up, so N parallel hits never allow more than max.
 */
export class DatabaseRateLimiter implements RateLimiter {
  private hitsSinceSweep = 0;

  constructor(
    private readonly database: () => Promise<Pick<Db, 'execute'>>,
    readonly name: string,
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit; returns 0 when allowed, otherwise the milliseconds until the window ends. */
  async take(key: string, now = new Date()): Promise<number> {
    const db = await this.database();
    const at = now.toISOString();
    const resetAt = new Date(now.getTime() + this.windowMs).toISOString();
    const result = (await db.execute(sql`
      insert into rate_limit (name, key, hits, reset_at) values (${this.name}, ${key}, 1, ${resetAt}::timestamptz)
      on conflict (name, key) do update set
        hits = case when rate_limit.reset_at <= ${at}::timestamptz then 1 else rate_limit.hits + 1 end,
        reset_at = case when rate_limit.reset_at <= ${at}::timestamptz then excluded.reset_at else rate_limit.reset_at end
      returning hits, reset_at`)) as unknown as { rows: Row[] };
    const row = result.rows[0];
    if (++this.hitsSinceSweep >= SWEEP_EVERY) {
      this.hitsSinceSweep = 0;
      await this.sweep(now);
    }
    if (!row || row.hits <= this.max) return 0;
    return Math.max(1, new Date(row.reset_at).getTime() - now.getTime());
  }

  /** Deletes every ended window (of any limit): the next hit on such a key would start afresh anyway. */
  async sweep(now = new Date()): Promise<number> {
    const db = await this.database();
    const result = (await db.execute(sql`delete from rate_limit where reset_at <= ${now.toISOString()}::timestamptz`)) as unknown as {
      rowCount?: number | null;
      affectedRows?: number;
    };
    return result.rowCount ?? result.affectedRows ?? 0;
  }
}
