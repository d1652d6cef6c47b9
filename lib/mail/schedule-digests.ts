import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { mailPreference, profile } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { enqueueJob } from '@/lib/jobs/enqueue-job';
import { MAIL_JOB } from '@/lib/mail/notices';

/** The hour (South African time) after which the day's digest goes out: MAIL_DIGEST_HOUR, 7 by default. */
export function digestHour(): number {
  return env().mailDigestHour;
}

/** The calendar day and hour in South Africa (UTC+2 all year), which the provider works by. */
function sastDayAndHour(now: Date): { day: string; hour: number } {
  const local = new Date(now.getTime() + 2 * 60 * 60 * 1000);
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() };
}

/**
 * Queues today's digest for every assessor who asked for one, once the digest hour has passed.
 * Each is keyed by person and day, so every instance may call this on every tick and each digest
 * is still queued once. Returns how many were newly queued.
 */
export async function scheduleDailyDigests(db: DbOrTx, now = new Date(), hour = digestHour()): Promise<number> {
  const { day, hour: current } = sastDayAndHour(now);
  if (current < hour) return 0;
  const assessors = await db
    .select({ userId: mailPreference.userId })
    .from(mailPreference)
    .innerJoin(profile, eq(profile.userId, mailPreference.userId))
    .where(eq(mailPreference.dailyDigest, true));
  let queued = 0;
  for (const { userId } of assessors) {
    const id = await enqueueJob(db, { kind: MAIL_JOB, payload: { type: 'assessor-digest', to: userId, day }, dedupeKey: `digest:${userId}:${day}`, runAfter: now });
    if (id) queued += 1;
  }
  return queued;
}
