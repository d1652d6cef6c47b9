import { type Browser, expect, type Page, test } from '@playwright/test';
import { createUser, signIn, uniqueAccount } from './support/accounts';
import { wcagViolations } from './support/axe';
import { completeWitnessTestimony, issueWitnessLink, SUPERVISOR } from './support/witness';

async function signedInLearner(browser: Browser, name: string): Promise<Page> {
  const account = await createUser(browser, uniqueAccount('learner', name));
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** Presses Tab until the form field named `name` has the focus, as a keyboard user would. */
async function tabTo(page: Page, name: string, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) === name) return;
  }
  throw new Error(`Could not reach the field ${name} with the Tab key`);
}

test('a learner asks a witness, who signs by keyboard in a browser of their own; the link then refuses a second use, and a tampered link is not recognised', async ({ browser }) => {
  test.setTimeout(120_000);
  const learner = await signedInLearner(browser, 'Sipho Dlamini');
  const link = await issueWitnessLink(learner);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/witness\/[A-Za-z0-9_-]{43}$/);
  await learner.getByRole('button', { name: 'Copy the link' }).click();
  await expect(learner.getByText('Link copied.')).toBeVisible();
  expect(await learner.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(await wcagViolations(learner)).toEqual([]);
  await learner.reload();
  await expect(learner.getByTestId('witness-link')).toHaveCount(0);
  await expect(learner.getByRole('listitem').filter({ hasText: SUPERVISOR.name })).toContainText('Waiting for the witness');

  const witnessContext = await browser.newContext();
  expect(await witnessContext.cookies()).toEqual([]);
  const witness = await witnessContext.newPage();
  const response = await witness.goto(link);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  expect(response?.headers()['x-robots-tag']).toContain('noindex');
  await expect(witness.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(witness.getByRole('heading', { level: 1 })).toHaveText('Witness testimony for Sipho Dlamini');
  await expect(witness.getByText(/Sipho Dlamini asked you, Thandi Mokoena .* for the course/)).toBeVisible();
  expect(await wcagViolations(witness)).toEqual([]);

  // Identity: the name stays as the learner gave it, the role is corrected.
  await tabTo(witness, 'confirmedRole');
  await witness.keyboard.press('ControlOrMeta+A');
  await witness.keyboard.type('Team leader, service desk');
  // AC1.1 seen regularly on the phone.
  await tabTo(witness, 'saw:AC1.1');
  await witness.keyboard.type('Explains password resets in plain words and checks the caller can log in.');
  await witness.keyboard.press('Tab');
  await witness.keyboard.press('ArrowRight');
  await witness.keyboard.press('ArrowRight');
  await witness.keyboard.press('Tab');
  await witness.keyboard.type('Month-end password resets for the finance team');
  await witness.keyboard.press('Tab');
  await witness.keyboard.press('Space');
  // AC1.3 seen once, by e-mail.
  await tabTo(witness, 'saw:AC1.3');
  await witness.keyboard.type('Wrote a polite, clear reply to an angry e-mail about a late laptop.');
  await witness.keyboard.press('Tab');
  await witness.keyboard.press('Space');
  await witness.keyboard.press('Tab');
  await witness.keyboard.type('Complaint from a sales manager');
  await witness.keyboard.press('Tab');
  await witness.keyboard.press('ArrowRight');
  // Signed with the wrong name first: refused in that field, and nothing typed is lost.
  await tabTo(witness, 'declaration');
  await witness.keyboard.press('Space');
  await witness.keyboard.press('Tab');
  await witness.keyboard.type('T Mokoena');
  await witness.keyboard.press('Enter');
  await expect(witness.getByText('Type your name exactly as you confirmed it above (Thandi Mokoena) to sign.').last()).toBeVisible();
  await expect(witness.getByLabel('Type your full name to sign')).toHaveAttribute('aria-invalid', 'true');
  await expect(witness.getByLabel('What you saw (AC1.3)')).toHaveValue('Wrote a polite, clear reply to an angry e-mail about a late laptop.');
  await expect(witness.getByRole('group', { name: 'Channel (AC1.3)' }).getByLabel('E-mail')).toBeChecked();
  await tabTo(witness, 'signatureName', 400);
  await witness.keyboard.press('ControlOrMeta+A');
  await witness.keyboard.type('Thandi Mokoena');
  await witness.keyboard.press('Enter');
  await witness.waitForURL('**/witness/thank-you');
  await expect(witness.getByRole('heading', { level: 1 })).toHaveText('Thank you: your testimony is signed');

  await learner.reload();
  const item = learner.getByRole('listitem').filter({ hasText: SUPERVISOR.name });
  await expect(item).toContainText('Used: testimony received');
  await expect(item.getByRole('button', { name: /Revoke/ })).toHaveCount(0);
  await item.getByRole('link', { name: `Read the testimony of ${SUPERVISOR.name}` }).click();
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Witness testimony: Thandi Mokoena');
  await expect(learner.getByText('Team leader, service desk', { exact: true })).toBeVisible();
  await expect(learner.getByText('Explains password resets in plain words and checks the caller can log in.')).toBeVisible();
  await expect(learner.getByRole('article').filter({ hasText: 'AC1.2:' })).toContainText('Not seen by the witness');
  await expect(learner.getByText('Phone: AC1.1')).toBeVisible();
  await expect(learner.getByText('E-mail: AC1.3')).toBeVisible();
  expect(await wcagViolations(learner)).toEqual([]);

  const again = await witness.goto(link);
  expect(again?.status()).toBe(410);
  await expect(witness.getByRole('heading', { level: 1 })).toHaveText('This witness link has already been used');
  await expect(witness.getByText('ask the learner for a new link')).toBeVisible();
  expect(await wcagViolations(witness)).toEqual([]);

  const token = link.split('/').pop() ?? '';
  const tampered = `${link.slice(0, -token.length)}${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
  const unknown = await witness.goto(tampered);
  expect(unknown?.status()).toBe(404);
  await expect(witness.getByRole('heading', { level: 1 })).toHaveText('We do not recognise this witness link');
  expect((await witness.goto(link.slice(0, -10)))?.status()).toBe(404);
  await witnessContext.close();
});

test('a learner revokes a waiting link, which then answers that it was withdrawn', async ({ browser }) => {
  const learner = await signedInLearner(browser, 'Naledi Zulu');
  const link = await issueWitnessLink(learner, { ...SUPERVISOR, contact: '082 555 0123' });
  await learner.reload();
  const item = learner.getByRole('listitem').filter({ hasText: SUPERVISOR.name });
  await item.getByRole('button', { name: `Revoke the link for ${SUPERVISOR.name}` }).click();
  await expect(item).toContainText('Revoked by you');
  const context = await browser.newContext();
  const page = await context.newPage();
  expect((await page.goto(link))?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This witness link was withdrawn');
  await context.close();
});

test('the journey helper gives a learner witness testimony on every criterion', async ({ browser }) => {
  const learner = await signedInLearner(browser, 'Themba Nkosi');
  await completeWitnessTestimony(browser, learner, { channelFor: (code) => (code.startsWith('AC1') ? 'in-person' : 'phone') });
  await learner.goto('/portfolio/witnesses');
  await learner.getByRole('link', { name: `Read the testimony of ${SUPERVISOR.name}` }).click();
  await expect(learner.getByText('Not seen by the witness')).toHaveCount(0);
  await expect(learner.getByText('In person: AC1.1, AC1.2, AC1.3, AC1.4')).toBeVisible();
  await expect(learner.getByText(/^Phone: AC2\.1, AC2\.2/)).toBeVisible();
});
