import 'server-only';
import { eq } from 'drizzle-orm';
import { getAuth } from '@/lib/auth/auth';
import type { Auth } from '@/lib/auth/create-auth';
import { parseLimit, SlidingWindowLimiter } from '@/lib/auth/sign-in-limiter';
import { writeAudit } from '@/lib/audit/write-audit';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import type { Db } from '@/lib/db/open-database';
import { profile, user } from '@/lib/db/schema';
import { clientAddress } from '@/lib/http/client-address';
import { type RateLimiter, sharedLimiter } from '@/lib/http/rate-limiter';

/**
 * Attempts are limited per client and per account on that client, never per account alone: a
 * per-account cap would let anyone lock the owner out by failing on purpose from elsewhere.
 * Failures per account are still counted, to raise an audit event.
 */
export type SignInLimits = { perClient: RateLimiter; perAccountOnClient: RateLimiter; failures: SlidingWindowLimiter };

type MakeLimiter = (name: string, max: number, windowMs: number) => RateLimiter;

const inMemory: MakeLimiter = (_name, max, windowMs) => new SlidingWindowLimiter(max, windowMs);

/**
 * SIGN_IN_LIMIT ("attempts/seconds", default 5/60) per account on one client, four times that per
 * client. The server shares both limits between instances (`sharedLimiter`); the failure count only
 * decides when to write an audit event, so each process keeps its own.
 */
export function signInLimits(setting: string | undefined, make: MakeLimiter = inMemory): SignInLimits {
  const { max, seconds } = parseLimit(setting);
  return {
    perClient: make('sign-in-client', max * 4, seconds * 1000),
    perAccountOnClient: make('sign-in-account', max, seconds * 1000),
    failures: new SlidingWindowLimiter(Number.MAX_SAFE_INTEGER, 10 * 60 * 1000),
  };
}

const shared = globalThis as typeof globalThis & { signInLimits?: SignInLimits };

/** Repeated failures for one address inside ten minutes are recorded once they reach this many. */
const FAILURE_BURST = 5;

export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number } | { ok: false; reason: 'invalid' };

export type SignInAttempt = { email: string; password: string; client: string; headers: Headers };

export async function signIn(email: string, password: string, requestHeaders: Headers): Promise<SignInOutcome> {
  shared.signInLimits ??= signInLimits(env().signInLimit, sharedLimiter);
  const deps = { db: await getDb(), auth: await getAuth(), limits: shared.signInLimits };
  return attemptSignIn(deps, { email, password, client: clientAddress(requestHeaders), headers: requestHeaders });
}

export async function attemptSignIn(deps: { db: Db; auth: Auth; limits: SignInLimits }, attempt: SignInAttempt): Promise<SignInOutcome> {
  const { db, auth, limits } = deps;
  const account = attempt.email.trim().toLowerCase();
  const waits = [await limits.perClient.take(attempt.client), await limits.perAccountOnClient.take(`${account} ${attempt.client}`)];
  const wait = Math.max(...waits);
  if (wait > 0) return { ok: false, reason: 'rate-limited', retryAfterSeconds: Math.ceil(wait / 1000) };

  try {
    const result = await auth.api.signInEmail({ body: { email: attempt.email, password: attempt.password }, headers: attempt.headers });
    const [row] = await db.select({ role: profile.role }).from(profile).where(eq(profile.userId, result.user.id));
    if (row) await writeAudit(db, { id: result.user.id, role: row.role }, { type: 'user', id: result.user.id }, { type: 'auth.signed_in', data: {} });
    return { ok: true, userId: result.user.id };
  } catch {
    limits.failures.take(account);
    const failures = limits.failures.count(account);
    if (failures === FAILURE_BURST) {
      const [known] = await db.select({ id: user.id }).from(user).where(eq(user.email, attempt.email));
      await writeAudit(db, null, known ? { type: 'user', id: known.id } : null, {
        type: 'auth.sign_in_failures',
        data: { email: attempt.email, failures, windowMinutes: 10 },
      });
    }
    return { ok: false, reason: 'invalid' };
  }
}
