import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { assessorQueue } from '@/lib/assessing/queue';
import { loadAssessment } from '@/lib/assessment/load-assessment';
import { saveAnswer } from '@/lib/assessment/save-answer';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';
import { user } from '@/lib/db/schema';
import { syncProgress } from '@/lib/progress/progress-store-db';

// The save path and the assessor queue measured at the database layer, without the web server:
// run `scripts/bench-seed.ts` first with the same DATA_DIR / DATABASE_URL (BENCH_CROWD sets the
// queue's size). Save capacity is the highest offered rate, requests sent on a fixed schedule
// whatever the replies, at which p95 (from each request's scheduled time, so waiting counts) stays
// within 100 ms. The same script measures any version of the code, so before/after compare alike.
const RATES = [25, 50, 75, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1200, 1500, 1800, 2200, 2600, 3000, 3500, 4000];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const LIMIT_MS = 100;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0) * 10) / 10;
}

/** Fires `rate` requests a second for SECONDS on a fixed schedule; returns p95 latency and failures. */
async function offered(rate: number, request: (index: number) => Promise<unknown>) {
  const total = Math.round(rate * SECONDS);
  const started = performance.now();
  const samples: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      request(index).then(
        () => {
          samples.push(performance.now() - due);
        },
        () => {
          failures += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  return { p95: p95(samples), failures };
}

async function capacity(name: string, request: (index: number) => Promise<unknown>): Promise<number> {
  for (let index = 0; index < 200; index += 1) await request(index);
  let best = 0;
  for (const rate of RATES) {
    const result = await offered(rate, request);
    console.log(`  ${name} at ${rate}/s: p95 ${result.p95} ms${result.failures ? `, ${result.failures} failed` : ''}`);
    if (result.p95 > LIMIT_MS || result.failures > 0) break;
    best = rate;
  }
  return best;
}

const content = await getCourseContentForTests();
const acs = new Set(content.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code)));
const loaded = await loadAssessment(path.resolve('content'), acs);
if (!loaded.assessment) throw new Error('assessment content is invalid');
const assessment = loaded.assessment;
type Seeded = { email: string; submissionId: string; answers: { itemKey: string; response: unknown }[] };
const seed = JSON.parse(readFileSync(path.join(dataDir(), 'bench-seed.json'), 'utf8')) as { assessorEmail: string; learners: Seeded[]; crowd: number };
const handle = await openDatabase(targetFromEnvironment(dataDir()));
try {
  await handle.migrate();
  const db = handle.db;
  const people = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, [seed.assessorEmail, ...seed.learners.map((l) => l.email)]));
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const assessorId = idOf.get(seed.assessorEmail) ?? '';
  const learners = seed.learners.map((l) => ({ ...l, id: idOf.get(l.email) ?? '' }));

  for (let i = 0; i < 5; i += 1) await assessorQueue(db, assessorId);
  const queue: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    const started = performance.now();
    await assessorQueue(db, assessorId);
    queue.push(performance.now() - started);
  }
  console.log(`assessor queue, first page, ${seed.crowd} queued learners (${handle.kind}): p95 ${p95(queue)} ms`);

  const answerSave = await capacity('summative answer save', (index) => {
    const learner = learners[index % learners.length];
    if (!learner) throw new Error('no learners seeded');
    const answer = learner.answers[Math.floor(index / learners.length) % learner.answers.length];
    if (!answer) throw new Error('no answers seeded');
    return saveAnswer(db, learner.id, assessment, learner.submissionId, answer.itemKey, answer.response);
  });
  const formativeSave = await capacity('formative save', (index) => {
    const learner = learners[index % learners.length];
    if (!learner) throw new Error('no learners seeded');
    const answeredAt = new Date(Date.now() + (index % 7)).toISOString();
    return syncProgress(db, learner.id, { lessons: {}, answers: { [`bench-check/q${index % 5}`]: { response: { type: 'truefalse', value: index % 2 === 0 }, score: 1, attempts: 1 + (index % 3), answeredAt } } });
  });
  console.log(`capacity (${handle.kind}, p95 <= ${LIMIT_MS} ms): summative answer save ${answerSave}/s, formative save ${formativeSave}/s`);
} finally {
  await handle.close();
}
