import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { assessorQueue } from '@/lib/assessing/queue';
import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';
import { user } from '@/lib/db/schema';
import { assignedLearnerCount, learnerSummaries } from '@/lib/users/learner-overview';

// The assessor's page at the database layer, part by part, without the web server: run
// `scripts/bench-seed.ts` first with the same DATA_DIR / DATABASE_URL (BENCH_CROWD sets how many
// learners wait in the one assessor's queue). Prints p50 and p95 of each read the page makes and of
// the page's reads together, as the page makes them (side by side).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0) * 10) / 10;
}

async function timed(name: string, read: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 5; i += 1) await read();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    await read();
    samples.push(performance.now() - started);
  }
  console.log(`  ${name}: p50 ${percentile(samples, 0.5)} ms, p95 ${percentile(samples, 0.95)} ms`);
}

const seed = JSON.parse(readFileSync(path.join(dataDir(), 'bench-seed.json'), 'utf8')) as { assessorEmail: string; crowd: number };
const handle = await openDatabase(targetFromEnvironment(dataDir()));
try {
  await handle.migrate();
  const db = handle.db;
  const [assessor] = await db.select({ id: user.id }).from(user).where(eq(user.email, seed.assessorEmail));
  if (!assessor) throw new Error('run scripts/bench-seed.ts first');
  const scope = { assessorId: assessor.id };
  console.log(`The assessor's page with ${seed.crowd} waiting learners (${handle.kind}):`);
  await timed('queue (counts and first page)', () => assessorQueue(db, assessor.id));
  await timed('assigned learners, first page', () => learnerSummaries(db, scope, { limit: 50, offset: 0 }));
  await timed('assigned learners, count', () => assignedLearnerCount(db, assessor.id));
  await timed('the page, all reads', () => Promise.all([learnerSummaries(db, scope, { limit: 50, offset: 0 }), assignedLearnerCount(db, assessor.id), assessorQueue(db, assessor.id)]));
} finally {
  await handle.close();
}
