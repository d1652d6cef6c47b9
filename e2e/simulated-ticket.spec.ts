import { expect, type Locator, type Page, test } from '@playwright/test';
import { modelTicket } from '@/lib/assessment/testing/model-answers';
import { openPart } from './support/attempt-parts';
import { assignAssessor, createUser, signIn, uniqueAccount } from './support/accounts';
import { modelAnswerFor, type TicketFormEntry, ticketFormEntries, ticketItem } from './support/assessment-data';
import { wcagViolations } from './support/axe';
import { dateTimeGroup, dateTimeParts } from './support/date-time';
import { readyLearner } from './support/learner-flow';

const PENDING_STORE = 'us114052-pending-answers';

/** The control a field's typing starts in: a date-time's date part, or the field itself. */
function firstControl(item: Locator, entry: TicketFormEntry): Locator {
  return entry.kind === 'datetime' ? dateTimeGroup(item, entry.label).getByLabel('Date', { exact: true }) : item.getByLabel(entry.label, { exact: true });
}

/** Checks a field holds the value: a date-time shows it in its date, 24-hour hour and minute. */
async function expectEntry(item: Locator, entry: TicketFormEntry): Promise<void> {
  if (entry.kind !== 'datetime') return expect(item.getByLabel(entry.label, { exact: true }), entry.label).toHaveValue(entry.value);
  const group = dateTimeGroup(item, entry.label);
  const { date, hour, minute } = dateTimeParts(entry.value);
  await expect(group.getByLabel('Date', { exact: true }), entry.label).toHaveValue(date);
  await expect(group.getByLabel('Hour', { exact: true }), entry.label).toHaveValue(hour);
  await expect(group.getByLabel('Minute', { exact: true }), entry.label).toHaveValue(minute);
}

/**
 * Types a value into the focused control as a person would: a list's option by its first letters,
 * a date-time as its date, Tab, the hour (00–23), Tab, the minute, whatever the browser's locale.
 */
async function typeInto(page: Page, entry: TicketFormEntry): Promise<void> {
  if (entry.kind === 'level') return page.keyboard.type(`${entry.value.charAt(0).toUpperCase()}${entry.value.slice(1)}`);
  if (entry.kind !== 'datetime') return page.keyboard.type(entry.value);
  const { date, hour, minute } = dateTimeParts(entry.value);
  await page.keyboard.type(date);
  await page.keyboard.press('Tab');
  await page.keyboard.type(hour);
  await page.keyboard.press('Tab');
  await page.keyboard.type(minute);
}

/** Fills the ticket form from its first field with the keyboard alone: type, Tab, type, Tab… */
async function fillByKeyboard(page: Page, item: Locator, entries: TicketFormEntry[], message: string): Promise<void> {
  const first = entries[0];
  if (first) await firstControl(item, first).focus();
  for (const entry of entries) {
    await expect(firstControl(item, entry), `${entry.label} has the focus`).toBeFocused();
    await typeInto(page, entry);
    await expectEntry(item, entry);
    await page.keyboard.press('Tab');
  }
  const messageBox = item.getByLabel('Your message', { exact: true });
  await expect(messageBox).toBeFocused();
  await page.keyboard.type(message);
}

test('a learner logs the ticket from the call by keyboard, the autosave keeps it across a reload, and the assessor sees each field marked with the right answers', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Pieter Claassen'), 'MICT/ASS/2026/0415');
  const learner = await readyLearner(browser, 'Zinhle Mabaso');
  await assignAssessor(browser, learner.account, assessor);
  const { page } = learner;

  await page.goto('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
  const submissionId = page.url().split('/').pop() ?? '';
  await openPart(page, 'Simulated ticket');
  const item = page.locator('fieldset[data-item-key^="tickets/"]');
  await expect(item).toHaveCount(1);
  const itemKey = (await item.getAttribute('data-item-key')) ?? '';
  const ticket = ticketItem(itemKey);

  // The call reads as a conversation: one list item per turn, each starting with who speaks.
  const call = item.getByRole('region', { name: 'The call' });
  const turns = call.getByRole('listitem');
  await expect(turns).toHaveCount(ticket.transcript.length);
  await expect(turns.first()).toHaveText(`${ticket.transcript[0]?.speaker}: ${ticket.transcript[0]?.line}`);
  await expect(call.getByRole('table')).toHaveCount(0);

  // The learner logs everything right except the resolution time, for which they forget the closed days.
  const model = modelTicket(ticket);
  const wrongResolution = `${model.fields.loggedAt?.slice(0, 10)}T16:59`;
  const answer = { ...model, fields: { ...model.fields, resolutionDue: wrongResolution } };
  const entries = ticketFormEntries(answer);
  expect(entries.map((entry) => entry.label)).toEqual([
    'Caller name',
    'Department and site',
    'Contact number or e-mail',
    "Problem, in the caller's words",
    'Users affected',
    'Effect on the business',
    'Impact',
    'Urgency',
    'Priority',
    'Logged at',
    'Response due',
    'Resolution due',
  ]);
  const message = `Dear ${ticket.log.callerName.answer.split(' ')[0]}, your call is logged. A technician will contact you by ${ticket.log.responseDue?.answer.slice(11)} and we aim to fix it by ${ticket.log.resolutionDue?.answer.replace('T', ' ')}. Please keep everything switched on so that we can test the fix with you. Quote the ticket number if anything changes. Kind regards, the IT service desk.`;
  await fillByKeyboard(page, item, entries, message);
  await expect(item.getByText(/Saved at/)).toBeVisible();

  // Usable on a small phone: nothing in the call or the form runs off a 360 px screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const offScreen = await item.evaluate((fieldset) => {
    const width = document.documentElement.clientWidth;
    return [...fieldset.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 0.5).map((element) => element.outerHTML.slice(0, 80));
  });
  expect(offScreen).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(await wcagViolations(page)).toEqual([]);

  // Forget the browser's own copy, so what comes back after the reload can only come from the server.
  await page.evaluate((name) => localStorage.removeItem(name), PENDING_STORE);
  await page.reload();
  await openPart(page, 'Simulated ticket');
  const reloaded = page.locator(`fieldset[data-item-key="${itemKey}"]`);
  for (const entry of entries) await expectEntry(reloaded, entry);
  await expect(reloaded.getByLabel('Your message', { exact: true })).toHaveValue(message);

  // Every other question gets its model answer; then the learner signs and submits in the page.
  const keys = await page.locator('fieldset[data-item-key]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-key') ?? ''));
  for (const key of keys.filter((candidate) => candidate !== itemKey)) {
    expect((await page.request.put(`/api/submissions/${submissionId}/answers`, { data: { itemKey: key, response: modelAnswerFor(key) } })).ok(), key).toBe(true);
  }
  await page.reload();
  await expect(page.getByText('Every question is answered.')).toBeVisible();
  await page.getByLabel('Type your full name to sign the declaration').fill(learner.account.fullName);
  await page.getByRole('button', { name: 'Submit my assessment' }).click();
  await expect(page.getByText('Status: Submitted, waiting for the assessor')).toBeVisible();
  await learner.close();

  const context = await browser.newContext();
  const assessorPage = await context.newPage();
  await signIn(assessorPage, assessor);
  await assessorPage.goto(`/assess/${submissionId}`);
  const log = assessorPage.getByRole('table', { name: 'Ticket log: 11 of 12 fields right' });
  await expect(log).toBeVisible();
  const assessed = assessorPage.locator('article').filter({ has: log });
  await expect(assessed.getByText('Automatic mark: 91% of the ticket log right')).toBeVisible();
  await expect(assessed.getByText(/^Simulated ticket · serves AC2\.1, AC2\.2, AC2\.3, AC2\.4/)).toBeVisible();

  const wrong = log.getByRole('row', { name: /^Resolution due/ });
  await expect(wrong.getByRole('cell').nth(0)).toHaveText(wrongResolution.replace('T', ' '));
  await expect(wrong.getByRole('cell').nth(1)).toHaveText(`${ticket.log.resolutionDue?.answer.replace('T', ' ')} (± 5 min)`);
  await expect(wrong.getByRole('cell').nth(2)).toHaveText('✗ Not right');
  for (const label of ['Caller name', 'Priority', 'Impact', 'Urgency', 'Logged at', 'Response due', 'Users affected']) {
    await expect(log.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').nth(2), label).toHaveText('✓ Right');
  }
  await expect(log.getByRole('row', { name: /^Priority/ }).getByRole('cell').nth(1)).toHaveText(
    new RegExp(`^${ticket.log.priority} \\(`),
  );
  // A free-text field shows each fact it needed and whether the entry mentions it.
  await expect(log.getByRole('row', { name: /^Problem/ }).getByRole('listitem').first()).toHaveText(/^Mentions /);

  await expect(assessed.getByText(message)).toBeVisible();
  await expect(assessed.getByText(ticket.message?.markingGuide[0] ?? 'a marking point')).toBeVisible();
  await expect(assessed.getByText('For you to judge against the marking guide')).toBeVisible();
  await expect(assessed.getByText(/Each field asked is an equal share of the automatic mark/)).toBeVisible();
  expect(await wcagViolations(assessorPage)).toEqual([]);
  await context.close();
});
