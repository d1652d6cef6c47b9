import { readFileSync } from 'node:fs';
import path from 'node:path';

/** p50 and p95 of a list of milliseconds, rounded to 0.1 ms. */
export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const round = (value) => Math.round(value * 10) / 10;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)) };
}

/**
 * The two autosaves as the browser sends them, for one signed-in learner a round: a formative
 * answer (a newer one each round) and a summative answer from the learner's draw.
 */
export function saveRequests(baseUrl) {
  const json = (cookie) => ({ 'Content-Type': 'application/json', Cookie: cookie, Origin: baseUrl });
  const formativeRequest = (learner, index, round) =>
    fetch(`${baseUrl}/api/progress`, {
      method: 'PUT',
      headers: json(learner.cookie),
      body: JSON.stringify({
        lessons: {},
        answers: { [`bench-check/q${round % 5}`]: { response: { type: 'truefalse', value: round % 2 === 0 }, score: 1, attempts: round + 1, answeredAt: new Date(Date.now() + index).toISOString() } },
      }),
    });
  const answerRequest = (learner, _index, round) => {
    const answer = learner.answers[round % learner.answers.length];
    return fetch(`${baseUrl}/api/submissions/${learner.submissionId}/answers`, { method: 'PUT', headers: json(learner.cookie), body: JSON.stringify(answer) });
  };
  return { formativeRequest, answerRequest };
}

export async function signIn(browser, baseUrl, email, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await context.close();
  return cookie;
}

async function timed(request) {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`HTTP ${response.status} from the bench request`);
  return performance.now() - started;
}

/**
 * Runs `rounds` requests per worker with all workers at once; returns every latency. `pauseMs` is
 * each worker's pause between its requests: a learner's autosave waits 600 ms after typing stops,
 * so 500 ms models learners working at full speed. With 0 every worker fires back to back.
 */
export async function concurrently(workers, rounds, makeRequest, pauseMs = 0) {
  const samples = [];
  await Promise.all(
    workers.map(async (worker, index) => {
      // Stagger the start so the workers do not all fire in the same millisecond forever after.
      await new Promise((resolve) => setTimeout(resolve, (index * pauseMs) / Math.max(1, workers.length)));
      for (let round = 0; round < rounds; round += 1) {
        samples.push(await timed(() => makeRequest(worker, index, round)));
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    }),
  );
  return samples;
}

export const LEARNER_PAUSE_MS = 500;

/**
 * The database-backed budgets: formative save and summative save/submit at 20 concurrent learners,
 * the assessor queue with the seeded crowd, and record PDF generation.
 */
export async function measureDatabaseLoad(browser, baseUrl, dataDir) {
  const seed = JSON.parse(readFileSync(path.join(dataDir, 'bench-seed.json'), 'utf8'));
  const learners = [];
  // The budgets are set at 20 learners; the seed may hold more for the save curve (save-curve.mjs).
  for (const learner of seed.learners.slice(0, 20)) learners.push({ ...learner, cookie: await signIn(browser, baseUrl, learner.email, seed.password) });
  const assessorCookie = await signIn(browser, baseUrl, seed.assessorEmail, seed.password);
  const json = (cookie) => ({ 'Content-Type': 'application/json', Cookie: cookie, Origin: baseUrl });

  // Load each route once so a route's first load is not counted (a refused submit changes nothing).
  const first = learners[0];
  await fetch(`${baseUrl}/api/progress`, { headers: { Cookie: first.cookie } });
  await fetch(`${baseUrl}/api/submissions/${first.submissionId}/answers`, { method: 'PUT', headers: json(first.cookie), body: '{}' });
  await fetch(`${baseUrl}/api/submissions/${first.submissionId}/submit`, { method: 'POST', headers: json(first.cookie), body: JSON.stringify({ declarationName: 'Not the learner' }) });

  const { formativeRequest, answerRequest } = saveRequests(baseUrl);
  const formative = await concurrently(learners, 25, formativeRequest, LEARNER_PAUSE_MS);
  const saveAnswer = await concurrently(learners, 25, answerRequest, LEARNER_PAUSE_MS);
  // The same with no pause at all: the server saturated, for comparison.
  const formativeSaturated = await concurrently(learners, 10, formativeRequest);
  const saveAnswerSaturated = await concurrently(learners, 10, answerRequest);
  const submit = await concurrently(
    learners,
    1,
    (learner) =>
    fetch(`${baseUrl}/api/submissions/${learner.submissionId}/submit`, { method: 'POST', headers: json(learner.cookie), body: JSON.stringify({ declarationName: learner.fullName }) }),
  );

  await fetch(`${baseUrl}/assess`, { headers: { Cookie: assessorCookie } });
  const queue = await concurrently([assessorCookie], 40, (cookie) => fetch(`${baseUrl}/assess`, { headers: { Cookie: cookie } }));

  await fetch(`${baseUrl}/record/pdf`, { headers: { Cookie: first.cookie } });
  const pdf = await concurrently([first.cookie], 30, (cookie) => fetch(`${baseUrl}/record/pdf`, { headers: { Cookie: cookie } }));

  return {
    learners: learners.length,
    crowd: seed.crowd,
    formativeSaveMs: percentiles(formative),
    saveAnswerMs: percentiles(saveAnswer),
    saturated: { formativeSaveMs: percentiles(formativeSaturated), saveAnswerMs: percentiles(saveAnswerSaturated) },
    submitMs: percentiles(submit),
    assessorQueueMs: percentiles(queue),
    recordPdfMs: percentiles(pdf),
  };
}
