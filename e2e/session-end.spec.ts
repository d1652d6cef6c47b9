import { type Browser, type BrowserContext, expect, test } from '@playwright/test';
import { createUser, signIn, uniqueAccount } from './support/accounts';

/** A second browser holding a copy of the first one's cookies, as a stolen or synced cookie would be. */
async function copyOf(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await context.cookies());
  return copy;
}

/** The copied session is refused at once: a protected page sends it to sign in, a JSON route answers 401. */
async function expectRefused(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto('/learn');
  await expect(page).toHaveURL(/\/sign-in/);
  const progress = await context.request.get('/api/progress');
  expect(progress.status()).toBe(401);
  const me = await context.request.get('/api/me');
  expect((await me.json()).signedIn).toBe(false);
  await page.close();
}

async function expectSignedIn(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto('/learn');
  await expect(page).toHaveURL(/\/learn/);
  expect((await context.request.get('/api/progress')).status()).toBe(200);
  await page.close();
}

test('signing out ends the session at once for every copy of its cookie', async ({ browser }) => {
  const learner = await createUser(browser, uniqueAccount('learner', 'Sipho Ndlovu'));
  const original = await browser.newContext();
  const page = await original.newPage();
  await signIn(page, learner);
  const copy = await copyOf(browser, original);
  await expectSignedIn(copy);

  await page.goto('/sign-out');
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/signed-out=1/);

  await expectRefused(copy);
  await original.close();
  await copy.close();
});

test('changing the password ends the other sessions at once and keeps this one', async ({ browser }) => {
  const learner = await createUser(browser, uniqueAccount('learner', 'Thandi Mthembu'));
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  const page = await here.newPage();
  await signIn(page, learner);
  await signIn(await elsewhere.newPage(), learner);
  const copyOfElsewhere = await copyOf(browser, elsewhere);
  await expectSignedIn(elsewhere);

  await page.goto('/account');
  await page.getByLabel('Current password').fill(learner.password);
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-kettle-password');
  await page.getByLabel('New password again').fill('a-brand-new-kettle-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed. Other devices were signed out.')).toBeVisible();

  await expectRefused(elsewhere);
  await expectRefused(copyOfElsewhere);
  await expectSignedIn(here);
  await here.close();
  await elsewhere.close();
  await copyOfElsewhere.close();
});
