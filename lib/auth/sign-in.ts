import 'server-only';
import { eq } from 'drizzle-orm';
import { getAuth } from '@/lib/auth/auth';
import { parseLimit, SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';
import { writeAudit } from '@/lib/audit/write-audit';
import { getDb } from '@/lib/db/client';
import { profile, user } from '@/lib/db/schema';

const limit = parseLimit(process.env.SIGN_IN_LIMIT);
const globalLimits = globalThis as typeof globalThis & {
  signInLimiters?: { perEmail: SlidingWindowLimiter; perClient: SlidingWindowLimiter; failures: SlidingWindowLimiter };
};
globalLimits.signInLimiters ??= {
  perEmail: new SlidingWindowLimiter(limit.max, limit.seconds * 1000),
  perClient: new SlidingWindowLimiter(limit.max * 4, limit.seconds * 1000),
  failures: new SlidingWindowLimiter(Number.MAX_SAFE_INTEGER, 10 * 60 * 1000),
};
const limiters = globalLimits.signInLimiters;

/** Repeated failures for one address inside ten minutes are recorded once they reach this many. */
const FAILURE_BURST = 5;

export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number } | { ok: false; reason: 'invalid' };

export async function signIn(email: string, password: string, requestHeaders: Headers): Promise<SignInOutcome> {
  const client = requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
  const wait = Math.max(limiters.perEmail.take(email), limiters.perClient.take(client));
  if (wait > 0) return { ok: false, reason: 'rate-limited', retryAfterSeconds: Math.ceil(wait / 1000) };

  const auth = await getAuth();
  const db = await getDb();
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
    const [row] = await db.select({ role: profile.role }).from(profile).where(eq(profile.userId, result.user.id));
    if (row) await writeAudit(db, { id: result.user.id, role: row.role }, { type: 'user', id: result.user.id }, { type: 'auth.signed_in', data: {} });
    return { ok: true, userId: result.user.id };
  } catch {
    limiters.failures.take(email);
    const failures = limiters.failures.count(email);
    if (failures === FAILURE_BURST) {
      const [known] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
      await writeAudit(db, null, known ? { type: 'user', id: known.id } : null, {
        type: 'auth.sign_in_failures',
        data: { email, failures, windowMinutes: 10 },
      });
    }
    return { ok: false, reason: 'invalid' };
  }
}
