import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, type Page, test } from '@playwright/test';
import { syntheticIdNumber } from '../lib/identity/testing/sa-id-numbers';
import { ensureAdmin, signIn } from './support/accounts';
import { wcagViolations } from './support/axe';
import { setPasswordFromLink } from './support/password-links';

type Learner = { fullName: string; email: string; idNumber: string; cohort: string };

function intake(cohort: string, suffix: string): Learner[] {
  // Each run takes its own block of ID numbers, so a second run against the same database imports too.
  const base = Number.parseInt(suffix.slice(0, 4), 16) % 40_000;
  return Array.from({ length: 200 }, (_, n) => ({ fullName: `Intake Learner ${n + 1}`, email: `intake-${suffix}-${n + 1}@example.co.za`, idNumber: syntheticIdNumber(base + n), cohort }));
}

/** As a South African spreadsheet saves it: a byte-order mark, semicolons, CRLF. */
function spreadsheetCsv(learners: Learner[]): Buffer {
  const lines = ['Full name;E-mail;ID number;Cohort', ...learners.map((learner) => [learner.fullName, learner.email, learner.idNumber, learner.cohort].join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function upload(page: Page, name: string, file: Buffer): Promise<void> {
  await page.goto('/admin/import');
  await page.getByLabel('Learner file (CSV, at most 2 MB)').setInputFiles({ name, mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await page.waitForURL(/\/admin\/import\/[\w-]+$/);
}

test('an administrator imports a 200-learner intake: the preview names each bad row and why, the corrected file imports, and a learner sets a password from the invitation', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const suffix = randomBytes(4).toString('hex');
  const cohort = `Intake ${suffix}`;
  await ensureAdmin(page);

  await page.goto('/admin/cohorts');
  await page.getByLabel('Name').fill(cohort);
  await page.getByLabel('Start date').fill('2027-02-01');
  await page.getByLabel('End date').fill('2027-07-31');
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByText(`Created the cohort ${cohort}.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(cohort) })).toContainText('1 February 2027 to 31 July 2027');
  expect(await wcagViolations(page)).toEqual([]);

  const learners = intake(cohort, suffix);
  const broken = learners.map((learner) => ({ ...learner }));
  const badDigit = (Number(broken[9]?.idNumber.at(-1)) + 1) % 10;
  broken[9] = { ...(broken[9] as Learner), idNumber: `${broken[9]?.idNumber.slice(0, 12)}${badDigit}` };
  broken[49] = { ...(broken[49] as Learner), email: broken[1]?.email ?? '' };
  broken[119] = { ...(broken[119] as Learner), cohort: 'No such intake' };

  await upload(page, 'intake-with-mistakes.csv', spreadsheetCsv(broken));
  const counts = page.getByRole('list', { name: 'Counts' });
  await expect(counts).toContainText('Ready: 197');
  await expect(counts).toContainText('With problems: 3');
  const problems = page.locator('#problem-rows');
  await expect(problems.getByRole('heading')).toHaveText('Rows with problems (3)');
  // Rows are numbered as in the spreadsheet: the heading is row 1, so the 10th learner is row 11.
  await expect(problems.getByRole('row', { name: /Intake Learner 10\b/ })).toContainText('ID number: The last digit does not match the rest of the number; check for a typing mistake');
  await expect(problems.getByRole('row', { name: /Intake Learner 50\b/ })).toContainText('E-mail: The same e-mail address as row 3');
  await expect(problems.getByRole('row', { name: /Intake Learner 120\b/ })).toContainText('Cohort: No cohort is named “No such intake”: create it on the Cohorts page first');
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expect(page.getByText('Nothing can be imported until every row is ready')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  await upload(page, 'intake.csv', spreadsheetCsv(learners));
  await expect(page.getByRole('list', { name: 'Counts' })).toContainText('Ready: 200');
  await page.getByRole('button', { name: 'Import 200 learners' }).click();
  await expect(page.getByText('Imported 200 learners. No mail server is set up, so hand each learner their link below.')).toBeVisible({ timeout: 60_000 });
  const firstLink = (await page.getByRole('row', { name: /Intake Learner 1\b/ }).getByRole('cell').textContent()) ?? '';
  expect(firstLink).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('link', { name: 'Download all 200 links (CSV)' })).toBeVisible();

  await page.goto(`/admin/learners?cohort=${await cohortId(page, cohort)}`);
  await expect(page.getByRole('status').filter({ hasText: 'learners' })).toHaveText('200 learners; page 1 of 4.');
  expect(await wcagViolations(page)).toEqual([]);

  // The users page finds the intake by a piece of their addresses and pages through it rather than listing everyone.
  await page.goto('/admin/users');
  await page.getByRole('form', { name: 'Find people' }).getByLabel('Name or e-mail').fill(`intake-${suffix}`);
  await page.getByRole('form', { name: 'Find people' }).getByLabel('Role').selectOption('learner');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toHaveText('200 people; page 1 of 4.');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(51);
  await page.getByRole('navigation', { name: 'Pages of people' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toHaveText('200 people; page 2 of 4.');

  // The results export of the new cohort, read by an independent CSV parser as a spreadsheet would.
  await page.goto('/admin/exports');
  const results = page.getByRole('region', { name: 'Results per learner and criterion' });
  await results.getByLabel('Cohort').selectOption({ label: cohort });
  const downloading = page.waitForEvent('download');
  await results.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^results-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = parse(await readFile((await download.path()) ?? ''), { bom: true, columns: true }) as Record<string, string>[];
  expect(exported).toHaveLength(200 * 12);
  expect(exported[0]).toMatchObject({ Learner: 'Intake Learner 1', Cohort: cohort, Outcome: 'Not submitted', Criterion: 'AC1.1' });
  expect(exported[0]?.['ID or passport number']).toMatch(/^\d{6} \d{4} \d \d \d$/);
  expect(await wcagViolations(page)).toEqual([]);

  const learnerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  const password = 'Green-kettle-on-a-warm-stove-4';
  await setPasswordFromLink(learnerPage, new URL(firstLink).pathname, password);
  await signIn(learnerPage, { email: learners[0]?.email ?? '', password });
  await expect(learnerPage).toHaveURL(/\/learn/);
  await learnerContext.close();
});

async function cohortId(page: Page, name: string): Promise<string> {
  await page.goto('/admin/cohorts');
  const href = await page.getByRole('link', { name }).getAttribute('href');
  return new URL(href ?? '', 'http://x').searchParams.get('cohort') ?? '';
}
