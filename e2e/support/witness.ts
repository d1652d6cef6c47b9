import { type Browser, expect, type Page } from '@playwright/test';
import type { Channel } from '@/lib/db/schema/portfolio';
import { CHANNEL_LABELS } from '@/lib/portfolio/witness/testimony-schema';

export type Witness = { name: string; role: string; organisation: string; contact: string };

export const SUPERVISOR: Witness = { name: 'Thandi Mokoena', role: 'Service desk team leader', organisation: 'Acme IT', contact: 'thandi@acme.example.co.za' };

/** As the learner on `learnerPage`: names a witness on the witnesses page and returns the link, shown only then. */
export async function issueWitnessLink(learnerPage: Page, witness: Witness = SUPERVISOR): Promise<string> {
  await learnerPage.goto('/portfolio/witnesses');
  await learnerPage.getByLabel("Witness's full name").fill(witness.name);
  await learnerPage.getByLabel('Their role').fill(witness.role);
  await learnerPage.getByLabel('Organisation').fill(witness.organisation);
  await learnerPage.getByLabel('Their e-mail address or phone number').fill(witness.contact);
  await learnerPage.getByRole('button', { name: 'Create the witness link' }).click();
  const link = learnerPage.getByTestId('witness-link');
  await expect(link).toBeVisible();
  return ((await link.textContent()) ?? '').trim();
}

/**
 * Gives the learner signed-in on `learnerPage` a witness testimony answering EVERY criterion of the
 * witness form, each on the channel `channelFor` names: the learner issues a link and a witness
 * signs it in a browser of their own (no cookies). Returns the link, now used.
 */
export async function completeWitnessTestimony(browser: Browser, learnerPage: Page, { channelFor }: { channelFor: (code: string) => Channel }): Promise<string> {
  const link = await issueWitnessLink(learnerPage);
  const context = await browser.newContext();
  const page = await context.newPage();
  expect((await page.goto(link))?.status()).toBe(200);
  const codes = await page.locator('textarea[name^="saw:"]').evaluateAll((nodes) => nodes.map((node) => (node.getAttribute('name') ?? '').slice('saw:'.length)));
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) {
    await page.getByLabel(`What you saw (${code})`).fill(`Seen at work for ${code}: calm, clear and on time with customers.`);
    await page.getByRole('group', { name: `How often (${code})` }).getByLabel('Regularly').check();
    await page.getByLabel(`In which context (${code})`).fill('Requests to the service desk during the working day');
    await page.getByRole('group', { name: `Channel (${code})` }).getByLabel(CHANNEL_LABELS[channelFor(code)], { exact: true }).check();
  }
  await page.getByLabel('I make this declaration').check();
  await page.getByLabel('Type your full name to sign').fill(SUPERVISOR.name);
  await page.getByRole('button', { name: 'Sign and send the testimony' }).click();
  await page.waitForURL('**/witness/thank-you');
  await context.close();
  return link;
}

/**
 * Practical evidence enough, with a submitted attempt, for every criterion's sufficiency rule: two
 * workplace testimonies answering every criterion, one seen by phone and one in person (two
 * practical pieces on two channels, as AC1.2 and AC1.3 ask).
 */
export async function givePortfolio(browser: Browser, learnerPage: Page): Promise<void> {
  await completeWitnessTestimony(browser, learnerPage, { channelFor: () => 'phone' });
  await completeWitnessTestimony(browser, learnerPage, { channelFor: () => 'in-person' });
}
