import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { assignAssessor, createUser, ensureAdmin, signIn, uniqueAccount } from './support/accounts';
import { showEveryPart } from './support/attempt-parts';
import { nonceOf, strictPolicy, watchCsp } from './support/csp';
import { modelAnswerFor } from './support/assessment-data';
import { dateTimeGroup, fillDateTime } from './support/date-time';
import { judgeAndSign, readyLearner } from './support/learner-flow';
import { questionForm, questionOfType } from './support/quiz-data';
import { issueWitnessLink } from './support/witness';

const SLA_LESSON = '03-priorities-and-the-sla-clock';
const LESSONS = readdirSync('content/lessons', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const BRIEF = 'locked-out-before-payroll';

/** Answers the lesson's single-choice question: "Correct" appears only once React has hydrated the island. */
async function answerSingleChoice(page: Page): Promise<void> {
  const single = questionOfType(SLA_LESSON, 'single');
  const form = questionForm(page, single);
  await form.getByLabel(single.options.find((o) => o.id === single.answer)?.text ?? '', { exact: true }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: 'Correct' })).toBeFocused();
}

async function watchedPage(browser: Browser): Promise<{ page: Page; violations: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const violations = await watchCsp(context);
  const page = await context.newPage();
  return { page, violations, close: () => context.close() };
}

test('a page rendered per request carries a fresh nonce on every script; a prerendered page lists its inline scripts’ hashes; plain http gets no HSTS', async ({ page }) => {
  const nonces: string[] = [];
  for (const path of ['/sign-in', '/sign-in', '/verify', '/verify/AAAA-BBBB-CCCC', '/witness/not-a-real-link']) {
    const response = await page.request.get(path);
    const nonce = nonceOf(response);
    nonces.push(nonce);
    expect(response.headers()['strict-transport-security'], path).toBeUndefined();
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
  // Pages that are not found keep their status under the proxy.
  expect((await page.request.get('/verify/AAAA-BBBB-CCCC')).status()).toBe(404);
  expect((await page.request.get('/witness/not-a-real-link')).status()).toBe(404);
  expect((await page.request.get('/no-such-page')).status()).toBe(404);

  // An address no route answers gets the prerendered "not found" page, whose scripts the policy lists too.
  for (const path of ['/', '/glossary', '/modules/welcome', '/no-such-page', '/lessons/no-such-lesson']) {
    const response = await page.request.get(path);
    const policy = strictPolicy(response);
    if (!path.includes('no-such')) expect(policy, path).not.toContain("'nonce-");
    expect(response.headers()['strict-transport-security'], path).toBeUndefined();
    const inline = [...(await response.text()).matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => createHash('sha256').update(match[1] ?? '').digest('base64'));
    expect(inline.length, path).toBeGreaterThan(0);
    for (const hash of inline) expect(policy, path).toContain(`'sha256-${hash}'`);
  }

  // A lesson is plain HTML: its only script is a file from the site, its islands' props are data, so
  // its policy needs no nonce and no hash.
  const lesson = await page.request.get(`/lessons/${SLA_LESSON}`);
  const lessonPolicy = strictPolicy(lesson);
  expect(lessonPolicy).not.toContain("'nonce-");
  expect(lessonPolicy).not.toContain("'sha256-");
  const tags = (await lesson.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.filter((tag) => /type="module"/.test(tag) && /\ssrc="\/_next\/static\/islands\//.test(tag))).toHaveLength(1);
  for (const tag of tags) expect(tag).toMatch(/type="module"[^>]*src=|type="application\/json"/);
});

test('a script injected into a page without the nonce or a known hash is refused, and the page still works', async ({ browser }) => {
  const { page, violations, close } = await watchedPage(browser);
  for (const path of [`/lessons/${SLA_LESSON}`, '/sign-in']) {
    // As stored cross-site scripting would: markup in the page's own HTML, with no nonce or a guessed one.
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<main', '<script>window.__injected = "inline"</script><script nonce="guessed">window.__injected = "guessed"</script><main');
      await route.fulfill({ response, body: html });
    });
    violations.length = 0;
    await page.goto(path);
    if (path !== '/sign-in') await answerSingleChoice(page);
    // And from a script already running: an inline script element it creates gets no pass either.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "created"';
      document.body.append(script);
    });
    await expect.poll(() => violations.filter((v) => v.includes('script-src')).length).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  }
  await close();
});

test('a visitor reads every lesson, practises, uses the SLA tools and moves between pages without a single policy violation', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, violations, close } = await watchedPage(browser);
  for (const path of ['/', '/outline', '/glossary', '/offline', '/practice-record', '/modules/welcome', '/sign-in', '/sign-up', '/verify', '/verify/AAAA-BBBB-CCCC', '/no-such-page']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
  }
  for (const slug of LESSONS) {
    await page.goto(`/lessons/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto(`/lessons/${SLA_LESSON}`);
  await answerSingleChoice(page);
  // The clock explorer redraws its timeline (SVG, no style attributes) for a ticket before Easter.
  const explorer = page.locator('section').filter({ has: page.getByText('Ticket logged at') }).first();
  await fillDateTime(dateTimeGroup(explorer, 'Ticket logged at'), '2026-04-02T16:30');
  await expect(explorer.locator('dd').first()).toContainText('Tue 7 Apr 2026, 09:30');
  await expect(explorer.locator('rect[data-kind="closed"]').first()).toBeAttached();
  // A client navigation fetches the next page's data and renders it with the same policy.
  await page.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page).not.toHaveURL(new RegExp(SLA_LESSON));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/verify?code=not-a-code');
  await expect(page.getByText(/is not a verification code/)).toBeVisible();
  expect(violations).toEqual([]);
  await close();
});

test('learner, witness, assessor, moderator and admin pages work under the policy: autosave, recorder, playback, marking, moderation, record', async ({ browser }) => {
  test.setTimeout(300_000);
  const admin = await watchedPage(browser);
  await ensureAdmin(admin.page);
  await admin.page.goto('/admin/settings');
  await admin.page.getByRole('button', { name: 'Save settings' }).click();
  await expect(admin.page.getByText('Settings saved.')).toBeVisible();
  await admin.page.goto('/admin/users');
  await expect(admin.page.getByRole('button', { name: 'Create user' })).toBeVisible();
  await admin.page.goto('/admin/audit');
  await expect(admin.page.locator('h1')).toBeVisible();

  const assessor = await createUser(browser, uniqueAccount('assessor', 'Ayanda Nkosi'), 'MICT/ASS/2024/0117');
  const moderator = await createUser(browser, uniqueAccount('moderator', 'Pieter van der Merwe'), 'MICT/MOD/2023/0042');
  const learner = await readyLearner(browser, 'Lerato Mokoena');
  await assignAssessor(browser, learner.account, assessor);
  const learnerViolations = await watchCsp(learner.page.context());
  const page = learner.page;

  for (const path of ['/learn', '/account', '/portfolio', '/portfolio/logbook', '/portfolio/role-plays']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
  }

  // The recorder: fake microphone, a take played back from its blob: URL, then kept.
  await page.goto(`/portfolio/role-plays/${BRIEF}`);
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByRole('timer')).toContainText('00:02', { timeout: 10_000 });
  await expect(page.getByText('Sound detected')).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Play back' }).click();
  await expect.poll(() => page.getByLabel('Your take').evaluate((media: HTMLMediaElement) => media.currentTime)).toBeGreaterThan(0.3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Keep this recording', exact: true }).click();
  await expect(page.getByText(`Kept “${BRIEF}.webm” in your portfolio.`)).toBeFocused();
  const recordingHref = (await page.getByRole('link', { name: `${BRIEF}.webm` }).first().getAttribute('href')) ?? '';

  // The witness, in a browser of their own, opens the link and the form responds.
  const link = await issueWitnessLink(page);
  const witness = await watchedPage(browser);
  expect((await witness.page.goto(link))?.status()).toBe(200);
  const firstCode = ((await witness.page.locator('textarea[name^="saw:"]').first().getAttribute('name')) ?? '').slice('saw:'.length);
  await witness.page.getByRole('group', { name: `How often (${firstCode})` }).getByLabel('Regularly').check();
  await expect(witness.page.getByRole('group', { name: `How often (${firstCode})` }).getByLabel('Regularly')).toBeChecked();

  // The summative: an answer typed in the page is saved as the learner types.
  await page.goto('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
  await showEveryPart(page);
  const written = page.locator('fieldset[data-item-key]').filter({ has: page.locator('textarea') }).first();
  await written.locator('textarea').first().fill('I would call the customer back before the response is due and agree the next step.');
  await expect(written.getByText(/Saved at/)).toBeVisible();
  const submissionId = page.url().split('/').pop() ?? '';
  const keys = await page.locator('fieldset[data-item-key]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-key') ?? ''));
  for (const itemKey of keys) expect((await page.request.put(`/api/submissions/${submissionId}/answers`, { data: { itemKey, response: modelAnswerFor(itemKey) } })).ok()).toBe(true);
  expect((await page.request.post(`/api/submissions/${submissionId}/submit`, { data: { declarationName: learner.account.fullName } })).ok()).toBe(true);

  // The assessor marks the attempt, plays the recording, and signs Not Yet Competent.
  const marker = await watchedPage(browser);
  await signIn(marker.page, assessor);
  await marker.page.goto('/assess');
  await expect(marker.page.locator('h1')).toBeVisible();
  await marker.page.goto(recordingHref);
  await marker.page.locator('audio').evaluate((media: HTMLMediaElement) => new Promise((resolve) => (media.readyState >= 1 ? resolve(null) : media.addEventListener('loadedmetadata', () => resolve(null), { once: true }))));
  await marker.page.goto(`/assess/${submissionId}`);
  const legends = await marker.page.locator('fieldset').filter({ has: marker.page.getByRole('radio', { name: 'Met', exact: true }) }).locator('legend').allTextContents();
  const codes = legends.map((legend) => legend.split(' ')[0] ?? '');
  await judgeAndSign(marker.page, submissionId, assessor.password, codes, 'Read the marking guide for each criterion and try again.');

  // The moderator gathers the batch and opens the sampled record and the report.
  const moderating = await watchedPage(browser);
  await signIn(moderating.page, moderator);
  await moderating.page.getByLabel('Batch name').fill('Policy check batch');
  await moderating.page.getByLabel('Assessor', { exact: true }).selectOption({ label: assessor.fullName });
  await moderating.page.getByRole('button', { name: 'Gather the batch and propose a sample' }).click();
  await expect(moderating.page.getByRole('heading', { name: 'Policy check batch' })).toBeVisible();
  await moderating.page.getByRole('link', { name: 'Lerato Mokoena', exact: true }).click();
  await expect(moderating.page.getByText(/Signed: Not Yet Competent/)).toBeVisible();
  await moderating.page.getByRole('radio', { name: /^Agree/ }).check();
  await expect(moderating.page.getByRole('radio', { name: /^Agree/ })).toBeChecked();
  await moderating.page.goBack();
  await moderating.page.getByRole('link', { name: 'Moderation report' }).click();
  await expect(moderating.page.locator('h1')).toBeVisible();

  // The learner's record and its PDF; the PDF is no page and carries no policy to stop its viewer.
  await page.goto('/record');
  await expect(page.getByRole('heading', { name: 'Record of learning', level: 1 })).toBeVisible();
  const pdf = await page.request.get('/record/pdf');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-security-policy']).toBeUndefined();

  expect([...admin.violations, ...learnerViolations, ...witness.violations, ...marker.violations, ...moderating.violations]).toEqual([]);
  for (const watched of [admin, witness, marker, moderating]) await watched.close();
  await learner.close();
});
