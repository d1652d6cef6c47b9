import { expect, type Page } from '@playwright/test';
import { formatLocalDateTime } from '@/lib/sla/time';
import { dateTimeGroup, fillDateTime } from './date-time';

/** A moment some minutes ago in SAST, as the observation and interview forms take it: ["YYYY-MM-DD", "HH:mm"]. */
export function minutesAgo(minutes: number): [string, string] {
  const [date = '', time = ''] = formatLocalDateTime(new Date(Date.now() - minutes * 60_000)).split('T');
  return [date, time];
}

/** The learner's id in the assessor's portfolio address, from the "Learner's portfolio" link of a submission page. */
export async function portfolioOf(page: Page, submissionId: string): Promise<string> {
  await page.goto(`/assess/${submissionId}`);
  const href = (await page.getByRole('link', { name: 'Learner\u2019s portfolio' }).getAttribute('href')) ?? '';
  return href.split('/').pop() ?? '';
}

/**
 * As the learner's assigned assessor: records and signs an observation of the scenario with every
 * behaviour observed, and returns the observation's id.
 */
export async function recordObservation(page: Page, learnerId: string, scenarioTitle: string, password: string): Promise<string> {
  await page.goto(`/assess/learners/${learnerId}/observations/new`);
  await page.getByRole('radio', { name: scenarioTitle }).check();
  await page.getByRole('radio', { name: 'Simulated' }).check();
  const [date, time] = minutesAgo(30);
  await fillDateTime(dateTimeGroup(page, 'When the interaction started'), `${date}T${time}`);
  await page.getByLabel('Place').fill('Training room, service desk floor');
  await page.getByLabel('Duration in minutes').fill('15');
  await page.getByLabel('Context').fill(`A simulation of "${scenarioTitle}" with a colleague playing the customer.`);
  const observed = page.getByRole('radio', { name: 'Observed', exact: true });
  for (let index = 0; index < (await observed.count()); index += 1) await observed.nth(index).check();
  await page.getByLabel('Your password, to confirm it is you').fill(password);
  await page.getByRole('button', { name: 'Sign the observation' }).click();
  await page.waitForURL(`**/assess/learners/${learnerId}?recorded=observation`);
  const link = page.getByRole('link', { name: scenarioTitle }).first();
  await expect(link).toBeVisible();
  return ((await link.getAttribute('href')) ?? '').split('/').pop() ?? '';
}
