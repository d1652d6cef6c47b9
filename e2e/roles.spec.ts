import { expect, test } from '@playwright/test';
import { ADMIN, AT_ONCE, assignAssessor, createUser, ensureAdmin, signIn, slowAccountAnswers, uniqueAccount } from './support/accounts';

const mainNav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });

test('each role signs in and sees only its own navigation', async ({ browser, page }) => {
  // Four people are created and each signs in: password hashing alone takes seconds on a busy machine.
  test.setTimeout(90_000);
  await ensureAdmin(page);
  await expect(mainNav(page).getByRole('link', { name: 'Users' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Audit trail' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'My learning' })).toHaveCount(0);

  const expectations = [
    { role: 'learner' as const, sees: 'My learning', home: /\/learn$/ },
    { role: 'assessor' as const, sees: 'My queue', home: /\/assess$/ },
    { role: 'moderator' as const, sees: 'Moderation', home: /\/moderate$/ },
  ];
  for (const { role, sees, home } of expectations) {
    const account = await createUser(browser, uniqueAccount(role, `Test ${role}`), role === 'learner' ? undefined : 'SETA-REG-001');
    const context = await browser.newContext();
    const rolePage = await context.newPage();
    await signIn(rolePage, account);
    await expect(rolePage).toHaveURL(home);
    await expect(mainNav(rolePage).getByRole('link', { name: sees })).toBeVisible();
    for (const hidden of ['Users', 'Settings', 'Audit trail', 'My learning', 'My queue', 'Moderation'].filter((name) => name !== sees)) {
      await expect(mainNav(rolePage).getByRole('link', { name: hidden, exact: true })).toHaveCount(0);
    }
    await context.close();
  }
});

test('a learner cannot open administrator or assessor pages', async ({ browser, page }) => {
  const learner = await createUser(browser, uniqueAccount('learner', 'Sipho Dlamini'));
  await signIn(page, learner);
  for (const path of ['/admin/users', '/admin/settings', '/admin/audit', '/assess', '/moderate']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test('a signed-out visitor asking for a private page is sent to sign in and back', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers/);
  await page.getByLabel('E-mail address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
});

test('a wrong password gets a clear message and no session', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The e-mail address or password is not right.')).toBeVisible();
  expect(await page.goto('/admin/users').then((r) => r?.url())).toContain('/sign-in');
});

test('an assessor sees only the learners assigned to them', async ({ browser }) => {
  const learner = await createUser(browser, uniqueAccount('learner', 'Ayesha Patel'));
  const other = await createUser(browser, uniqueAccount('learner', 'Pieter van der Merwe'));
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Thandi Nkosi'), 'MICT-ASS-1234');
  await assignAssessor(browser, learner, assessor);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  await expect(page.getByRole('rowheader', { name: /Ayesha Patel/ })).toBeVisible();
  await expect(page.getByText(other.fullName)).toHaveCount(0);
  await context.close();
});

test('the header follows signing out and in at once, however slowly the server answers who is signed in', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/');
  await expect(mainNav(page).getByRole('link', { name: 'Users' })).toBeVisible();
  await slowAccountAnswers(page);
  await mainNav(page).getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/\?signed-out=1$/);
  await expect(mainNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible({ timeout: AT_ONCE });
  await expect(mainNav(page).getByRole('link', { name: 'Users' })).toHaveCount(0, { timeout: AT_ONCE });
  await expect(mainNav(page).getByRole('button', { name: 'Sign out' })).toHaveCount(0, { timeout: AT_ONCE });

  await page.goto('/sign-in?next=%2Fadmin%2Fusers');
  await page.getByLabel('E-mail address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(mainNav(page).getByRole('link', { name: 'Users' })).toBeVisible({ timeout: AT_ONCE });
  await expect(mainNav(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0, { timeout: AT_ONCE });
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the administrator checks the audit trail the journeys wrote and finds every event linked', async ({ page }) => {
  await ensureAdmin(page);
  await page.goto('/admin/audit');
  await page.getByRole('link', { name: 'Check the whole chain now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intact:' })).toContainText(/Intact: [1-9]\d* events verified\. End of the chain: [0-9a-f]{64}/);
});
