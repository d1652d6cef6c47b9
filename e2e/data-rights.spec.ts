import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { readZip } from '@/lib/privacy/testing/read-zip';
import { ensureAdmin } from './support/accounts';
import { wcagViolations } from './support/axe';
import { readyLearner, submitAttempt } from './support/learner-flow';

type Held = { account: { id: string; email: string }[]; profile: { fullName: string; idNumber: string | null }[]; lessonProgress: unknown[]; assessmentAttempts: { id: string }[] };

async function downloadArchive(page: Page, linkName: string | RegExp) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  expect(download.suggestedFilename()).toMatch(/^your-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = await readZip(await readFile((await download.path()) ?? ''));
  const everything = [...entries.values()].map((bytes) => bytes.toString('latin1')).join('\n');
  return { entries, everything, data: JSON.parse(entries.get('data.json')?.toString('utf8') ?? '{}') as Held };
}

test('a learner downloads everything held about them and nothing of another learner; an administrator finds a learner without a final record, downloads their data and erases them', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const asked = await readyLearner(browser, 'Sibusiso Archive Ntuli');
  const other = await readyLearner(browser, 'Refilwe Erase Motaung');
  const otherAttempt = await submitAttempt(other.page, other.account);

  await asked.page.goto('/account');
  expect(await wcagViolations(asked.page)).toEqual([]);
  const own = await downloadArchive(asked.page, 'Download your data (ZIP)');
  expect(own.data.profile).toEqual([expect.objectContaining({ fullName: 'Sibusiso Archive Ntuli', idNumber: '8001015009087' })]);
  expect(own.data.account[0]?.email).toBe(asked.account.email);
  expect(own.data.lessonProgress.length).toBeGreaterThan(0);
  expect(own.entries.get('README.txt')?.toString()).toContain('Left out on purpose: your password');
  for (const theirs of [other.account.email, other.account.fullName, otherAttempt]) expect(own.everything).not.toContain(theirs);

  await ensureAdmin(page);
  await page.goto('/admin/learners');
  await page.getByLabel('Name or e-mail').fill('erase motaung');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'learner' })).toHaveText('1 learner.');
  await page.getByRole('link', { name: 'Refilwe Erase Motaung' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Refilwe Erase Motaung');
  await expect(page.getByRole('heading', { name: 'Erase this learner' })).toBeVisible();
  await expect(page.getByText('1 assessment attempt; no final record.')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  const theirs = await downloadArchive(page, /Download Refilwe Erase Motaung.s data/);
  expect(theirs.data.assessmentAttempts.map((row) => row.id)).toEqual([otherAttempt]);
  expect(theirs.everything).not.toContain(asked.account.email);

  await page.getByLabel('Type Refilwe Erase Motaung to confirm').fill('Refilwe');
  await page.getByRole('button', { name: 'Erase Refilwe Erase Motaung' }).click();
  await expect(page.getByText("Type the learner's full name, Refilwe Erase Motaung, exactly as shown to confirm.").first()).toBeVisible();
  await page.getByLabel('Type Refilwe Erase Motaung to confirm').fill('Refilwe Erase Motaung');
  await page.getByRole('button', { name: 'Erase Refilwe Erase Motaung' }).click();
  await expect(page).toHaveURL(/\/admin\/learners\?erased=/);
  await expect(page.getByText('Refilwe Erase Motaung is erased: nothing about them is left but the audit trail.')).toBeVisible();

  // Their session ended with the account, and the address no longer signs in.
  await other.page.goto('/account');
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.page.getByLabel('E-mail address').fill(other.account.email);
  await other.page.getByLabel('Password').fill(other.account.password);
  await other.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.page.getByText('The e-mail address or password is not right.')).toBeVisible();
  await asked.close();
  await other.close();
});

test('a signed-in person who is not a learner gets no archive, and nobody signed out does', async ({ page, request }) => {
  const signedOut = await request.get('/api/account/data-export');
  expect(signedOut.status()).toBe(401);
  await ensureAdmin(page);
  const admin = await page.request.get('/api/account/data-export');
  expect(admin.status()).toBe(404);
  expect((await admin.json()).error).toBe('Only learners have course data to download here.');
  const unknown = await page.request.get('/api/admin/learners/00000000-0000-4000-8000-000000000000/data-export');
  expect(unknown.status()).toBe(404);
});
