import { expect, type Page, test } from '@playwright/test';
import { assignAssessor, createUser, signIn, uniqueAccount } from './support/accounts';
import { wcagViolations } from './support/axe';
import { dateTimeGroup, fillDateTime } from './support/date-time';
import { judgeAndSign, readyLearner, submitAttempt, tryToSign } from './support/learner-flow';
import { minutesAgo, portfolioOf, recordObservation } from './support/portfolio';

const PHONE = 'A user phones the service desk with a fault';

/** Puts the keyboard focus on a control and types into it, as a keyboard user would. */
async function typeInto(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function press(page: Page, role: 'radio' | 'button' | 'link', name: string, key = role === 'radio' ? 'Space' : 'Enter') {
  await page.getByRole(role, { name, exact: true }).focus();
  await page.keyboard.press(key);
}

test('an assessor records an observation by keyboard, sees it listed, and the learner reads it at its address', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Thandi Nkosi'), 'MICT/ASS/2026/0311');
  const learner = await readyLearner(browser, 'Zanele Mthembu');
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  await page.goto(`/assess/${submissionId}`);
  await press(page, 'link', 'Learner\u2019s portfolio');
  await page.waitForURL(/\/assess\/learners\/[^/?]+$/);
  const learnerId = page.url().split('/').pop() ?? '';
  await expect(page.getByRole('heading', { name: 'Zanele Mthembu: portfolio' })).toBeVisible();
  await expect(page.getByText('No observations recorded yet.')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  await press(page, 'link', 'Record an observation');
  await page.waitForURL(`**/assess/learners/${learnerId}/observations/new`);
  await press(page, 'radio', PHONE);
  await expect(page.getByRole('radio', { name: PHONE })).toBeChecked();
  await expect(page.getByText(/a simulated call in which the assessor or a colleague plays a user/)).toBeVisible();
  await expect(page.getByRole('heading', { name: `Checklist: ${PHONE}` })).toBeVisible();
  // The channel follows the scenario unless the assessor changes it.
  await expect(page.getByLabel('Channel')).toHaveValue('phone');
  await press(page, 'radio', 'Simulated');
  const [date, time] = minutesAgo(30);
  const moment = dateTimeGroup(page, 'When the interaction started');
  // The date, hour and minute follow one another by Tab.
  const [hour = '', minute = ''] = time.split(':');
  await moment.getByLabel('Date', { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(date);
  await page.keyboard.press('Tab');
  await expect(moment.getByLabel('Hour', { exact: true })).toBeFocused();
  await page.keyboard.type(hour);
  await page.keyboard.press('Tab');
  await expect(moment.getByLabel('Minute', { exact: true })).toBeFocused();
  await page.keyboard.type(minute);
  await typeInto(page, 'Place', 'Service desk, Braamfontein office');
  await typeInto(page, 'Duration in minutes', '18');
  await typeInto(page, 'Context', 'A colleague played a finance clerk whose laptop could not reach the shared drive before month-end.');
  // Each behaviour is a group inside its criterion's group.
  const behaviours = page.locator('fieldset fieldset').filter({ has: page.getByRole('radio', { name: 'Not observed', exact: true }) });
  const count = await behaviours.count();
  expect(count).toBe(7);
  for (let index = 0; index < count; index += 1) {
    const group = behaviours.nth(index);
    const readBack = ((await group.locator('legend').first().textContent()) ?? '').startsWith('Reads the main facts back');
    await group.getByRole('radio', { name: readBack ? 'Not observed' : 'Observed', exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await typeInto(page, 'Your password, to confirm it is you', assessor.password);
  await page.keyboard.press('Enter');

  // A behaviour not observed needs a note: refused, and everything entered is still there.
  await expect(page.getByRole('status').getByText('AC1.2: a behaviour not observed needs a note saying what you saw instead.')).toBeVisible();
  await expect(page.getByLabel('Place', { exact: true })).toHaveValue('Service desk, Braamfontein office');
  const readBackGroup = page.getByRole('group', { name: /^Reads the main facts back/ });
  await expect(readBackGroup.getByRole('radio', { name: 'Not observed', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Simulated' })).toBeChecked();
  await expect(page.getByLabel('Channel')).toHaveValue('phone');
  expect(await wcagViolations(page)).toEqual([]);
  await readBackGroup.getByLabel('Note', { exact: true }).focus();
  await page.keyboard.type('Summed up the fault but never checked the summary with the caller.');
  await typeInto(page, 'Your password, to confirm it is you', assessor.password);
  await press(page, 'button', 'Sign the observation');

  await page.waitForURL(`**/assess/learners/${learnerId}?recorded=observation`);
  await expect(page.getByText('Observation signed.')).toBeVisible();
  const listed = page.getByRole('region', { name: 'Observations and verification interviews' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: PHONE }) });
  await expect(listed).toContainText('shows AC1.1, AC1.3, AC2.1, AC2.4');
  await expect(listed).toContainText('signed by Thandi Nkosi');
  const observationId = ((await listed.getByRole('link').getAttribute('href')) ?? '').split('/').pop() ?? '';
  // The evidence matrix lists it under each criterion it shows, linked to its page.
  const inMatrix = page.getByRole('table', { name: /^Evidence of / }).getByRole('link', { name: PHONE });
  await expect(inMatrix).toHaveCount(4);
  await expect(inMatrix.first()).toHaveAttribute('href', `/evidence/observation/${observationId}`);

  await learner.page.goto(`/evidence/observation/${observationId}`);
  await expect(learner.page.getByRole('heading', { level: 1, name: PHONE })).toBeVisible();
  await expect(learner.page.getByText('Criteria shown').locator('xpath=following-sibling::dd[1]')).toHaveText('AC1.1, AC1.3, AC2.1, AC2.4');
  await expect(learner.page.getByText('Note: Summed up the fault but never checked the summary with the caller.')).toBeVisible();
  await expect(learner.page.getByText(/Signed by Thandi Nkosi, registration MICT\/ASS\/2026\/0311/)).toBeVisible();
  await expect(learner.page.getByRole('button', { name: 'Withdraw the observation' })).toHaveCount(0);
  expect(await wcagViolations(learner.page)).toEqual([]);
  // The assessor's pages are not the learner's: not found.
  expect((await learner.page.goto(`/assess/learners/${learnerId}/observations/new`))?.status()).toBe(404);
  expect((await learner.page.goto(`/assess/learners/${learnerId}`))?.status()).toBe(404);

  await page.goto(`/evidence/observation/${observationId}`);
  expect(await wcagViolations(page)).toEqual([]);
  // A mistake is corrected by a new observation; the wrong one is withdrawn with a reason.
  await typeInto(page, 'Reason', 'Recorded the wrong time: a corrected observation follows.');
  await press(page, 'button', 'Withdraw the observation');
  await expect(page.getByText(/^Withdrawn .*: it no longer counts as evidence\./)).toBeVisible();
  await expect(page.getByText('Reason: Recorded the wrong time: a corrected observation follows.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw the observation' })).toHaveCount(0);
  await page.goto(`/assess/learners/${learnerId}`);
  await expect(listed).toContainText('Withdrawn');
  await context.close();
  await learner.close();
});

test('a verification interview with doubts stops the assessor signing Competent, until a later interview finds the work authentic', async ({ browser }) => {
  test.setTimeout(240_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Johan Botha'), 'MICT/ASS/2026/0207');
  const stranger = await createUser(browser, uniqueAccount('assessor', 'Other Assessor'), 'MICT/ASS/2026/0999');
  const learner = await readyLearner(browser, 'Kagiso Molefe');
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  const learnerId = await portfolioOf(page, submissionId);
  // Enough practical evidence for every criterion, so only authenticity stands in the way.
  for (const title of [PHONE, 'A customer walks up to the IT counter', "Replying to a customer's written complaint", 'A fault that stops a team, at risk of breaching its SLA']) {
    await recordObservation(page, learnerId, title, assessor.password);
  }

  await page.goto(`/assess/learners/${learnerId}`);
  await press(page, 'link', 'Record a verification interview');
  await page.waitForURL(`**/assess/learners/${learnerId}/interviews/new`);
  await expect(page.getByLabel('The work it concerns')).toHaveValue(submissionId);
  await typeInto(page, 'Question you asked', 'How did you work out the resolution due time for the second ticket?');
  await typeInto(page, 'Learner\u2019s answer', 'I am not sure, I think I used the calculator.');
  await press(page, 'button', 'Add a question');
  await expect(page.getByRole('group', { name: 'Question 2' }).getByLabel('Question you asked')).toBeFocused();
  await page.keyboard.type('Which holiday fell inside that ticket\u2019s window?');
  await page.getByRole('group', { name: 'Question 2' }).getByLabel('Learner\u2019s answer').fill('I do not remember.');
  await press(page, 'button', 'Add a question');
  await press(page, 'button', 'Remove question 3');
  await expect(page.getByRole('group', { name: 'Question 3' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a question' })).toBeFocused();
  await press(page, 'radio', 'Doubts: I am not satisfied the work is the learner\u2019s own');
  // An interview about an attempt comes after its submission: now.
  const [today, now] = minutesAgo(0);
  await fillDateTime(dateTimeGroup(page, 'When the interview started'), `${today}T${now}`);
  await typeInto(page, 'Your password, to confirm it is you', assessor.password);
  await press(page, 'button', 'Sign the interview');
  await expect(page.getByText(/notes are required with doubts/).first()).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await typeInto(page, 'Notes', 'Could not explain any step of the SLA calculation the submitted answer shows in detail.');
  await typeInto(page, 'Your password, to confirm it is you', assessor.password);
  await press(page, 'button', 'Sign the interview');
  await page.waitForURL(`**/assess/learners/${learnerId}?recorded=interview`);
  const interviewLink = page.getByRole('link', { name: 'Verification interview on attempt 1: doubts about authenticity' });
  await expect(interviewLink).toBeVisible();
  const interviewId = ((await interviewLink.getAttribute('href')) ?? '').split('/').pop() ?? '';
  await page.goto(`/evidence/interview/${interviewId}`);
  await expect(page.getByRole('heading', { name: 'Doubts about authenticity' })).toBeVisible();
  await expect(page.getByText('Question 2: Which holiday fell inside that ticket\u2019s window?')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  await tryToSign(page, submissionId, assessor.password);
  await expect(page.getByText('Your latest verification interview recorded doubts that this work is the learner\u2019s own. Resolve them (a further interview) before signing Competent.')).toBeVisible();

  // Another assessor finds neither the portfolio, nor its forms, nor the interview.
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger);
  for (const path of [`/assess/learners/${learnerId}`, `/assess/learners/${learnerId}/interviews/new`, `/evidence/interview/${interviewId}`]) {
    expect((await strangerPage.goto(path))?.status(), path).toBe(404);
  }
  await strangerContext.close();

  await page.goto(`/assess/learners/${learnerId}/interviews/new`);
  await page.getByLabel('Question you asked').fill('Walk me through the due time again, with the calendar in front of you.');
  await page.getByLabel('Learner\u2019s answer').fill('From 16:30 I counted half an hour, skipped the weekend and the holiday, and carried on at 09:00.');
  await page.getByRole('radio', { name: 'Authentic: the work is the learner\u2019s own' }).check();
  await fillDateTime(dateTimeGroup(page, 'When the interview started'), minutesAgo(0).join('T'));
  await page.getByLabel('Your password, to confirm it is you').fill(assessor.password);
  await page.getByRole('button', { name: 'Sign the interview' }).click();
  await page.waitForURL(`**/assess/learners/${learnerId}?recorded=interview`);
  await judgeAndSign(page, submissionId, assessor.password);
  await expect(page.getByText('Signed Competent.')).toBeVisible();
  await context.close();
  await learner.close();
});
