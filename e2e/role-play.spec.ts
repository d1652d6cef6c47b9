import { expect, type Page, test } from '@playwright/test';
import { minimalPdf } from '@/lib/evidence/testing/sample-files';
import { toneWav } from '@/lib/evidence/testing/sample-recordings';
import { assignAssessor, createUser, ensureAdmin, signIn, uniqueAccount } from './support/accounts';
import { wcagViolations } from './support/axe';
import { readyLearner } from './support/learner-flow';

const BRIEF = 'locked-out-before-payroll';
const BRIEF_TITLE = 'Locked out before the payroll run';

/** The player's position, in seconds. */
function playerTime(page: Page): Promise<number> {
  return page.locator('audio').evaluate((media: HTMLMediaElement) => media.currentTime);
}

async function setRecordingLimit(page: Page, megabytes: number): Promise<void> {
  await page.goto('/admin/settings');
  await page.getByLabel('Largest role-play recording (MB)').fill(String(megabytes));
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

test('a learner records a role-play, plays it back, records again and keeps it; the assessor notes a moment and the note seeks the player', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Thandi Nkosi'), 'MICT/ASS/2024/0117');
  const learner = await readyLearner(browser, 'Lerato Mokoena');
  await assignAssessor(browser, learner.account, assessor);
  const page = learner.page;
  const violations: string[] = [];

  await page.goto('/portfolio/role-plays');
  await expect(page.getByRole('heading', { name: 'Role-plays', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: BRIEF_TITLE })).toBeVisible();
  violations.push(...(await wcagViolations(page)));
  await page.getByRole('link', { name: `The customer’s script, to print or show for ${BRIEF_TITLE}` }).click();
  await expect(page.getByRole('heading', { name: 'The customer’s script' })).toBeVisible();
  await expect(page.getByText(/You are a payroll officer at a municipal office/)).toBeVisible();
  violations.push(...(await wcagViolations(page)));

  await page.goto('/portfolio/role-plays');
  await page.getByRole('link', { name: `Record or upload for ${BRIEF_TITLE}` }).click();
  await page.waitForURL(`**/portfolio/role-plays/${BRIEF}`);
  violations.push(...(await wcagViolations(page)));

  // Keyboard only: the next button takes focus as each one goes away.
  await page.getByRole('button', { name: 'Start recording' }).focus();
  await page.keyboard.press('Enter');
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeFocused();
  await expect(page.getByRole('timer')).toContainText('00:02', { timeout: 10_000 });
  // The level meter samples the fake microphone's tone; a loaded machine can take longer than the usual 10 s to report it.
  await expect(page.getByText('Sound detected')).toBeVisible({ timeout: 30_000 });
  violations.push(...(await wcagViolations(page)));
  await page.keyboard.press('Enter');
  const playBack = page.getByRole('button', { name: 'Play back' });
  await expect(playBack).toBeFocused();
  await expect(page.getByText(/^Your take:/)).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => page.getByLabel('Your take').evaluate((media: HTMLMediaElement) => media.currentTime)).toBeGreaterThan(0.3);
  await page.getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('button', { name: 'Record again' }).click();
  await expect(stop).toBeFocused();
  await expect(page.getByRole('timer')).toContainText('00:03', { timeout: 10_000 });
  await stop.click();
  await page.getByRole('button', { name: 'Keep this recording', exact: true }).click();
  await expect(page.getByText(`Kept “${BRIEF}.webm” in your portfolio.`)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Start recording' })).toBeVisible();
  await expect(page.getByRole('list', { name: `Your recordings of ${BRIEF_TITLE}` }).getByRole('link', { name: `${BRIEF}.webm` })).toBeVisible();

  await page.goto('/portfolio/role-plays');
  const kept = page.getByRole('list', { name: `Your recordings of ${BRIEF_TITLE}` }).getByRole('link', { name: `${BRIEF}.webm` });
  await expect(kept).toBeVisible();
  await expect(page.getByText('Kept as evidence')).toBeVisible();
  const href = (await kept.getAttribute('href')) ?? '';
  const recordingId = href.split('/').pop() ?? '';
  expect(href).toBe(`/evidence/role-play/${recordingId}`);

  const context = await browser.newContext();
  const assessorPage = await context.newPage();
  await signIn(assessorPage, assessor);
  await assessorPage.goto(href);
  await expect(assessorPage.getByRole('heading', { name: BRIEF_TITLE, level: 1 })).toBeVisible();
  await expect(assessorPage.getByText('Role-play recording by Lerato Mokoena')).toBeVisible();
  await expect(assessorPage.getByText('Open questions that uncover the payroll deadline; the problem is read back and confirmed.')).toBeVisible();
  await assessorPage.locator('audio').evaluate((media: HTMLMediaElement) => new Promise((resolve) => (media.readyState >= 1 ? resolve(null) : media.addEventListener('loadedmetadata', () => resolve(null), { once: true }))));
  violations.push(...(await wcagViolations(assessorPage)));

  // The player is at 2 s: "Note at current time" fills the field with it.
  await assessorPage.locator('audio').evaluate((media: HTMLMediaElement) => {
    media.currentTime = 2;
  });
  await assessorPage.getByRole('button', { name: 'Note at current time' }).click();
  await expect(assessorPage.getByLabel('Time in the recording')).toHaveValue('00:02');
  await assessorPage.getByLabel('Criterion').selectOption('AC1.3');
  await assessorPage.getByLabel('Note', { exact: true }).fill('Greets the caller by name and stays calm when the caller rushes.');
  await assessorPage.getByRole('button', { name: 'Add note' }).click();
  await expect(assessorPage.getByText('Note added at 00:02.')).toBeVisible();

  // A time can be typed too; the notes list in time order.
  await assessorPage.getByLabel('Time in the recording').fill('0:01');
  await assessorPage.getByLabel('Criterion').selectOption('AC1.2');
  await assessorPage.getByLabel('Note', { exact: true }).fill('Asks what the caller cannot do.');
  await assessorPage.getByRole('button', { name: 'Add note' }).click();
  await expect(assessorPage.getByText('Note added at 00:01.')).toBeVisible();
  const noteButtons = assessorPage.getByRole('button', { name: /: play from here/ });
  await expect(noteButtons).toHaveText(['00:01: play from here (AC1.2)', '00:02: play from here (AC1.3)']);

  await assessorPage.locator('audio').evaluate((media: HTMLMediaElement) => {
    media.currentTime = 0;
  });
  await noteButtons.nth(1).click();
  await expect.poll(() => playerTime(assessorPage)).toBeCloseTo(2, 0);
  await expect(assessorPage.getByText('The player is at 00:02. Press play to listen from there.')).toBeAttached();

  // The stream answers ranges, so the player can seek without downloading everything.
  const part = await assessorPage.request.get(`/api/recordings/${recordingId}`, { headers: { Range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-type']).toBe('audio/webm');
  expect(part.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
  expect(part.headers()['content-disposition']).toMatch(/^inline; filename="locked-out-before-payroll\.webm"/);
  expect((await part.body()).subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));

  // The learner sees the recording, and is told the notes come with the signed judgement.
  await page.goto(href);
  await expect(page.getByText('Your assessor’s notes appear here once your judgement is signed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add note' })).toHaveCount(0);
  violations.push(...(await wcagViolations(page)));

  expect(violations).toEqual([]);
  await context.close();
  await learner.close();
});

test('a PDF named .webm is refused saying what it is, an over-limit file gets 413, and another learner finds no recording', async ({ browser }) => {
  test.setTimeout(180_000);
  const learner = await readyLearner(browser, 'Sipho Dlamini');
  const page = learner.page;
  // Only the recorder page may use the microphone and camera.
  expect((await page.goto('/portfolio/role-plays'))?.headers()['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  const recorderPage = await page.goto(`/portfolio/role-plays/${BRIEF}`);
  expect(recorderPage?.headers()['permissions-policy']).toBe('camera=(self), microphone=(self), geolocation=()');

  const file = page.getByLabel('Recording file');
  await file.setInputFiles({ name: 'role-play.webm', mimeType: 'video/webm', buffer: Buffer.from(minimalPdf()) });
  await page.getByRole('button', { name: 'Upload and keep this recording' }).click();
  await expect(page.getByText('"role-play.webm" is a PDF, not a sound or video recording. Choose the recording itself: WebM, Ogg, MP4 or M4A, MP3 or WAV.')).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('You have not kept a recording of this role-play yet.')).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await ensureAdmin(adminPage);
  await setRecordingLimit(adminPage, 1);
  try {
    const tooLong = Buffer.from(toneWav(100, 8000));
    await file.setInputFiles({ name: 'long-call.wav', mimeType: 'audio/wav', buffer: tooLong });
    const answer = page.waitForResponse((response) => response.url().endsWith(`/api/role-plays/${BRIEF}/recordings`));
    await page.getByRole('button', { name: 'Upload and keep this recording' }).click();
    expect((await answer).status()).toBe(413);
    await expect(page.getByText(/The recording is larger than 1 MB; the limit is 1 MB per recording\./)).toBeVisible();
    const posted = await page.request.post(`/api/role-plays/${BRIEF}/recordings`, { multipart: { file: { name: 'long-call.wav', mimeType: 'audio/wav', buffer: tooLong } } });
    expect(posted.status()).toBe(413);
    expect(await posted.json()).toMatchObject({ code: 'too-large' });
  } finally {
    await setRecordingLimit(adminPage, 50);
    await adminContext.close();
  }

  await file.setInputFiles({ name: 'practice call.wav', mimeType: 'audio/wav', buffer: Buffer.from(toneWav(2, 8000)) });
  await page.getByRole('button', { name: 'Upload and keep this recording' }).click();
  await expect(page.getByText('Kept “practice call.wav” in your portfolio.')).toBeVisible();
  const link = page.getByRole('list', { name: `Your recordings of ${BRIEF_TITLE}` }).getByRole('link', { name: 'practice call.wav' });
  const href = (await link.getAttribute('href')) ?? '';
  const recordingId = href.split('/').pop() ?? '';

  const stranger = await readyLearner(browser, 'Ayesha Patel');
  expect((await stranger.page.goto(href))?.status()).toBe(404);
  expect((await stranger.page.request.get(`/api/recordings/${recordingId}`)).status()).toBe(404);
  await stranger.close();

  await page.getByRole('button', { name: 'Withdraw practice call.wav' }).click();
  await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await expect(page.getByText('Withdrawn: it no longer counts as evidence, and stays in the audit trail.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Withdrawn', { exact: true })).toBeVisible();
  await learner.close();
});

test('with "Record video too" the camera is previewed and the kept recording plays as video', async ({ browser }) => {
  test.setTimeout(120_000);
  const learner = await readyLearner(browser, 'Naledi Mthembu');
  const page = learner.page;
  await page.goto('/portfolio/role-plays/unhappy-customer-visit');
  await page.getByLabel(/Record video too/).check();
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByLabel('Camera preview')).toBeVisible();
  await expect(page.getByRole('timer')).toContainText('00:02', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('video[aria-label="Your take"]')).toBeVisible();
  await page.getByRole('button', { name: 'Keep this recording', exact: true }).click();
  await expect(page.getByText('Kept “unhappy-customer-visit.webm” in your portfolio.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the kept recording' }).click();
  const player = page.locator('video[aria-label="Recording: An unhappy customer at the counter"]');
  await expect(player).toBeVisible();
  const src = (await player.getAttribute('src')) ?? '';
  const whole = await page.request.get(src);
  expect(whole.status()).toBe(200);
  expect(whole.headers()['content-type']).toBe('video/webm');
  expect(whole.headers()['accept-ranges']).toBe('bytes');
  const size = (await whole.body()).length;
  const beyond = await page.request.get(src, { headers: { Range: `bytes=${size}-` } });
  expect(beyond.status()).toBe(416);
  expect(beyond.headers()['content-range']).toBe(`bytes */${size}`);
  await learner.close();
});
