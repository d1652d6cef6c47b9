import { expect, test } from '@playwright/test';
import { createUser, signIn, uniqueAccount } from './support/accounts';
import { wcagViolations } from './support/axe';
import { logTicket, type TicketEntry } from './support/logbook';
import { issueWitnessLink } from './support/witness';

// Tuesday 3 March 2026: a high-impact, medium-urgency ticket is P2 on the grid; the learner says P3.
const misjudged: TicketEntry = {
  reference: 'INC-20431',
  loggedAt: '2026-03-03 16:30',
  channel: 'E-mail',
  customer: 'Payroll officer',
  description: 'Outlook will not open on the payroll PC on pay day.',
  impact: 'High',
  urgency: 'Medium',
  priority: 'P3',
  respondedAt: '2026-03-04 09:10',
  resolvedAt: '2026-03-04 15:00',
  escalations: [{ to: 'Exchange administrator', at: '2026-03-04 09:20', why: 'The mailbox database needs a repair.' }],
  followUp: { at: '2026-03-05 10:00', how: 'Phoned to check the fix held.' },
};

test('a learner logs a ticket by keyboard, sees its due times and a flag for the wrong priority, and an impossible entry is refused on its field', async ({ browser }) => {
  test.setTimeout(120_000);
  const learner = await createUser(browser, uniqueAccount('learner', 'Thandiwe Dlamini'));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, learner);
  await page.goto('/portfolio/logbook');
  await expect(page.getByRole('heading', { level: 1, name: 'Ticket logbook' })).toBeVisible();
  await expect(page.getByText('0 of 5 entries')).toBeVisible();

  await logTicket(page, misjudged);
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved' })).toContainText('Response due Wed 4 Mar 2026, 09:30; resolution due Wed 4 Mar 2026, 16:30.');
  await expect(page.getByText('1 of 5 entries')).toBeVisible();
  const card = page.getByRole('article', { name: 'Ticket INC-20431' });
  await expect(card.getByText('The grid gives P2 for High impact and Medium urgency; this entry says P3.')).toBeVisible();
  await expect(card).toContainText('Due Wed 4 Mar 2026, 09:30');
  await expect(card).toContainText('Responded Wed 4 Mar 2026, 09:10 (in time)');
  await expect(card).toContainText('AC2.1, AC2.2, AC2.3, AC3.1, AC3.2, AC3.3');
  // The form is empty again for the next ticket.
  await expect(page.getByRole('region', { name: 'Log a ticket' }).getByLabel('Ticket reference', { exact: true })).toHaveValue('');

  const escalation = { to: 'Network team', at: '2026-03-03 16:35', why: 'Switch port down.' };
  await logTicket(page, { ...misjudged, reference: 'INC-20432', priority: 'P2', respondedAt: '2026-03-03 16:40', resolvedAt: '2026-03-03 10:00', escalations: [escalation], followUp: undefined });
  const form = page.getByRole('region', { name: 'Log a ticket' });
  await expect(form.getByRole('status')).toContainText('This entry could not have happened as written');
  const resolved = form.getByLabel('Resolved at', { exact: true });
  await expect(resolved).toHaveAccessibleDescription(/The resolution cannot come before the ticket was logged \(Tue 3 Mar 2026, 16:30\)\./);
  await expect(resolved).toBeFocused();
  const row = form.getByRole('group', { name: 'Escalation 1' });
  await expect(row.getByLabel('Escalated at', { exact: true })).toHaveAccessibleDescription(/An escalation cannot come after the ticket was resolved \(Tue 3 Mar 2026, 10:00\)\./);
  // Everything typed and chosen is still there to correct.
  await expect(form.getByLabel('Ticket reference', { exact: true })).toHaveValue('INC-20432');
  await expect(form.getByRole('group', { name: 'Priority you assigned' }).getByRole('radio', { name: /^P2 / })).toBeChecked();
  await expect(form.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: 'High', exact: true })).toBeChecked();
  await expect(form.getByLabel('Channel', { exact: true })).toHaveValue('email');
  await expect(row.getByLabel('Escalated to', { exact: true })).toHaveValue('Network team');
  await expect(page.getByText('1 of 5 entries')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  // Corrected, the flag goes; the read-only page shows the entry to whoever may read it.
  await card.getByRole('link', { name: 'Edit ticket INC-20431' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit ticket INC-20431' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Escalation 1' }).getByLabel('Escalated at', { exact: true })).toHaveValue('2026-03-04 09:20');
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole('group', { name: 'Priority you assigned' }).getByRole('radio', { name: /^P2 / }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Entry updated')).toBeVisible();
  await expect(card.getByText(/The grid gives/)).toHaveCount(0);
  await card.getByRole('link', { name: /View ticket INC-20431/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ticket INC-20431' })).toBeVisible();
  await expect(page.getByText('Logged by Thandiwe Dlamini')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  const entryUrl = page.url();

  const other = await createUser(browser, uniqueAccount('learner', 'Anele Mthembu'));
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, other);
  const response = await otherPage.goto(entryUrl);
  expect(response?.status()).toBe(404);
  await otherContext.close();

  await page.goto('/portfolio/logbook');
  await page.getByRole('button', { name: 'Withdraw ticket INC-20431' }).click();
  await expect(page.getByText('Entry withdrawn.')).toBeVisible();
  await expect(page.getByText('0 of 5 entries')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Withdrawn entries' }).getByRole('article', { name: 'Ticket INC-20431' })).toBeVisible();

  // A witness may countersign the entries that stand, never the one taken back.
  await logTicket(page, { ...misjudged, reference: 'INC-20433', priority: 'P2' });
  await expect(page.getByText('1 of 5 entries')).toBeVisible();
  const link = await issueWitnessLink(page);
  const witnessContext = await browser.newContext();
  const witness = await witnessContext.newPage();
  await witness.goto(link);
  const countersign = witness.getByRole('group', { name: 'Countersign logbook entries (optional)' });
  await expect(countersign.getByRole('checkbox')).toHaveCount(1);
  await expect(countersign.getByRole('checkbox', { name: /^INC-20433, logged / })).toBeVisible();
  await expect(witness.getByText(/INC-20431/)).toHaveCount(0);
  await witnessContext.close();
  await context.close();
});
