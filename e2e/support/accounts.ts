import { randomBytes } from 'node:crypto';
import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';

export type Role = 'learner' | 'assessor' | 'moderator' | 'admin';
export type Account = { email: string; password: string; fullName: string; role: Role };

export const ADMIN: Account = { email: 'admin@example.co.za', password: 'e2e-first-setup-Kettle', fullName: 'Nomvula Khumalo', role: 'admin' };

export function uniqueAccount(role: Role, fullName: string): Account {
  const suffix = randomBytes(4).toString('hex');
  return { email: `${role}-${suffix}@example.co.za`, password: `pw-${suffix}-long-enough`, fullName, role };
}

export async function signIn(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** The administrator exists after this, whichever journey runs first. */
export async function ensureAdmin(page: Page): Promise<void> {
  await page.goto('/sign-in');
  if (new URL(page.url()).pathname === '/setup') {
    await page.getByLabel('Your full name').fill(ADMIN.fullName);
    await page.getByLabel('E-mail address').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Password again').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await page.waitForURL('**/admin/settings**');
    return;
  }
  await signIn(page, ADMIN);
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** The administrator's cookies from the last sign-in, so each helper call need not sign in again. */
let adminSession: StorageState | null = null;

/**
 * A new browser context on an administrator's page, signed in with the kept session while it still
 * works; a journey that ended it (signing out, a new password) only costs the next call a sign-in.
 */
async function adminPage(browser: Browser, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(adminSession ? { storageState: adminSession } : {});
  const page = await context.newPage();
  await page.goto(path);
  if (new URL(page.url()).pathname !== new URL(path, 'http://x').pathname) {
    await ensureAdmin(page);
    await page.goto(path);
    adminSession = await context.storageState();
  }
  return { context, page };
}

/** Creates a user through the administrator's own page, as a provider would. */
export async function createUser(browser: Browser, account: Account, registrationNumber?: string): Promise<Account> {
  const { context, page } = await adminPage(browser, '/admin/users');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Create user' }) });
  await form.getByLabel('Full name').fill(account.fullName);
  await form.getByLabel('E-mail address').fill(account.email);
  await form.getByLabel('First password').fill(account.password);
  await form.getByLabel('Role').selectOption(account.role);
  if (registrationNumber) await form.getByLabel(/SETA registration number/).fill(registrationNumber);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText(`Created ${account.fullName}`)).toBeVisible();
  await context.close();
  return account;
}

/** As the administrator, assigns a learner to an assessor on the users page. */
export async function assignAssessor(browser: Browser, learner: Account, assessor: Account): Promise<void> {
  // Journeys reuse names, so people are found by their e-mail address and the assessor by id.
  const { context, page } = await adminPage(browser, `/admin/users?${new URLSearchParams({ q: assessor.email })}`);
  const assessorRow = page.getByRole('row').filter({ hasText: assessor.email });
  const assessorId = ((await assessorRow.locator('select[id^="role-"]').getAttribute('id')) ?? '').replace(/^role-/, '');
  await page.goto(`/admin/users?${new URLSearchParams({ q: learner.email })}`);
  const row = page.getByRole('row').filter({ hasText: learner.email });
  await row.getByLabel(`Assessor of ${learner.fullName}`).selectOption(assessorId);
  await row.getByRole('button', { name: `Assign an assessor to ${learner.fullName}` }).click();
  await expect(row.getByText('Assessor assigned.')).toBeVisible();
  await context.close();
}

/** How long "at once" may take in a journey: far less than a slow /api/me answer. */
export const AT_ONCE = 1_500;

/** Delays every /api/me answer, as a busy server would, so a header waiting for it shows stale links. */
export async function slowAccountAnswers(page: Page): Promise<void> {
  await page.route('**/api/me', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await route.continue().catch(() => {});
  });
}
