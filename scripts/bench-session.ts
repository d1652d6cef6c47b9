import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { eq } from 'drizzle-orm';
import { type Auth, createAuth } from '@/lib/auth/create-auth';
import { readSessionProfile } from '@/lib/auth/session-profile';
import { openDatabase } from '@/lib/db/open-database';
import { profile } from '@/lib/db/schema';
import { createAccount } from '@/lib/users/create-account';

// What reading the signed-in person costs each request, in the process on the embedded database:
// the app's way (the library's signed cookie cache, then the profile through the session row, so a
// revoked session is refused at once), the way before (cache, then the profile alone, which let a
// revoked session live a minute) and the alternative not taken (no cache: the library reads the
// session and user from the database, then the profile). Little disturbed by other work on the
// machine, unlike the HTTP timings of scripts/bench-saves.mjs.
// `npx tsx scripts/bench-session.ts` (BENCH_LEARNERS, default 20; BENCH_ROUNDS, default 50).
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const PASSWORD = 'bench-password-114052';

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0) * 100) / 100;
}

const handle = await openDatabase({ kind: 'pglite-memory' });
await handle.migrate();
const db = handle.db;
const emails: string[] = [];
for (let index = 0; index < LEARNERS; index += 1) {
  const email = `session-bench-${index}@example.co.za`;
  await createAccount(db, { email, password: PASSWORD, fullName: `Session Bench ${index}`, role: 'learner' }, null, 'user.created');
  emails.push(email);
}

const secret = randomBytes(32).toString('hex');
const cached = createAuth(db, secret);
const uncached = betterAuth({ ...cached.options, session: { ...cached.options.session, cookieCache: { enabled: false } } });

type Read = (auth: Pick<Auth, 'api'>, headers: Headers) => Promise<void>;
const throughSession: Read = async (auth, headers) => {
  const session = await auth.api.getSession({ headers });
  if (!session || !(await readSessionProfile(db, session.user.id, session.session.token))) throw new Error('the bench session was refused');
};
const profileAlone: Read = async (auth, headers) => {
  const session = await auth.api.getSession({ headers });
  if (!session) throw new Error('the bench session was refused');
  await db.select().from(profile).where(eq(profile.userId, session.user.id));
};

async function measure(name: string, auth: Pick<Auth, 'api'>, readOnce: Read): Promise<string> {
  const cookies: Headers[] = [];
  for (const email of emails) {
    const signedIn = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
    const cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    cookies.push(new Headers({ cookie }));
  }
  const read = (headers: Headers) => readOnce(auth, headers);
  for (const headers of cookies) await read(headers);
  const alone: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await read(cookies[round % cookies.length] as Headers);
    alone.push(performance.now() - started);
  }
  const together: number[] = [];
  await Promise.all(
    cookies.map(async (headers) => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const started = performance.now();
        await read(headers);
        together.push(performance.now() - started);
      }
    }),
  );
  return `${name}: one at a time p50 ${percentile(alone, 0.5)} ms, p95 ${percentile(alone, 0.95)} ms; ${cookies.length} at once p50 ${percentile(together, 0.5)} ms, p95 ${percentile(together, 0.95)} ms`;
}

try {
  // The first round warms the process (compilation, the database's plans) and is not reported.
  await measure('warm-up', cached, throughSession);
  console.log(await measure('cookie cache + profile through the session row (now)', cached, throughSession));
  console.log(await measure('cookie cache + profile alone (before)', cached, profileAlone));
  console.log(await measure('no cookie cache + profile alone (not taken)', uncached, profileAlone));
  console.log(await measure('cookie cache + profile through the session row (now, again)', cached, throughSession));
} finally {
  await handle.close();
}
