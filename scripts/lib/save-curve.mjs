import { percentiles, saveRequests, signIn } from './load-bench.mjs';

/** The learner counts the save curve is drawn at: the budget's four, and 50 between the two where the knee lies. */
export const CURVE_LEVELS = [1, 20, 50, 100, 200];
// Each learner saves, waits this long, and saves again: a learner working at full speed (the
// autosave waits 600 ms after typing stops), so N learners offer about N × 2 saves a second.
const PAUSE_MS = 500;
const SECONDS_PER_LEVEL = 6;

/** N learners saving for a few seconds; returns latencies and the saves completed per second. */
async function level(learners, request) {
  const samples = [];
  let failures = 0;
  const started = performance.now();
  const until = started + SECONDS_PER_LEVEL * 1000;
  await Promise.all(
    learners.map(async (learner, index) => {
      // Spread the first saves over one pause, as learners do not all press a key in the same millisecond.
      await new Promise((resolve) => setTimeout(resolve, (index * PAUSE_MS) / learners.length));
      for (let round = 0; performance.now() < until; round += 1) {
        const at = performance.now();
        const response = await request(learner, index, round);
        await response.arrayBuffer();
        if (response.ok) samples.push(performance.now() - at);
        else failures += 1;
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...percentiles(samples), failures, perSecond: Math.round(samples.length / seconds) };
}

/**
 * The save capacity curve: summative answer saves and formative saves at 1, 20, 50, 100 and 200
 * learners (as many as are seeded), signed in through the sign-in page. Capacity is the
 * highest rate of completed saves at a level whose p95 stays within `limitMs` with no failures.
 */
export async function measureSaveCurve(browser, baseUrl, seed, limitMs = 100) {
  const levels = CURVE_LEVELS.filter((n) => n <= seed.learners.length);
  const learners = [];
  const waiting = seed.learners.slice(0, Math.max(...levels));
  // Four sign-ins at a time: quicker than one by one, and within the bench's sign-in limit.
  for (let start = 0; start < waiting.length; start += 4) {
    const batch = waiting.slice(start, start + 4);
    const cookies = await Promise.all(batch.map((learner) => signIn(browser, baseUrl, learner.email, seed.password)));
    learners.push(...batch.map((learner, index) => ({ ...learner, cookie: cookies[index] })));
  }
  const { formativeRequest, answerRequest } = saveRequests(baseUrl);
  // One untimed save of each kind per learner first, so no level pays for a route's first load.
  await Promise.all(learners.map(async (learner, index) => {
    for (const request of [answerRequest, formativeRequest]) await (await request(learner, index, 0)).arrayBuffer();
  }));
  const curve = { answer: [], formative: [] };
  for (const n of levels) {
    curve.answer.push({ learners: n, ...(await level(learners.slice(0, n), answerRequest)) });
    curve.formative.push({ learners: n, ...(await level(learners.slice(0, n), formativeRequest)) });
  }
  const capacity = (points) => Math.max(0, ...points.filter((p) => p.p95 <= limitMs && p.failures === 0).map((p) => p.perSecond));
  return { ...curve, limitMs, capacityPerSecond: { answer: capacity(curve.answer), formative: capacity(curve.formative) } };
}

/** The curve as lines of text, for the bench's report. */
export function describeSaveCurve(kind, curve) {
  const line = (name, points) => `  ${name}: ${points.map((p) => `${p.learners} learners ${p.perSecond}/s p95 ${p.p95} ms${p.failures ? ` (${p.failures} failed)` : ''}`).join('; ')}`;
  const { answer, formative } = curve.capacityPerSecond;
  return [
    `${kind}: save curve (each learner saves every ${PAUSE_MS} ms)`,
    line('answer', curve.answer),
    line('formative', curve.formative),
    `  capacity at p95 <= ${curve.limitMs} ms: answer ${answer}/s, formative ${formative}/s`,
  ].join('\n');
}
