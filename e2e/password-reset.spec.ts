import { expect, test } from '@playwright/test';
import { createUser, ensureAdmin, signIn, uniqueAccount } from './support/accounts';
import { wcagViolations } from './support/axe';
import { messageTo, passwordLinkIn } from './support/outbox';
import { setPasswordFromLink } from './support/password-links';

const ANSWER = 'If an account uses that address, we have sent it a link to set a new password.';

test('a learner who forgot their password resets it from the e-mailed link: the link works once, the old password and the other session end, and an unknown address gets the same answer', async ({ browser }) => {
  test.setTimeout(120_000);
  const learner = await createUser(browser, uniqueAccount('learner', 'Forgetful Learner'));
  const elsewhere = await browser.newContext();
  const otherDevice = await elsewhere.newPage();
  await signIn(otherDevice, learner);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password?');
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByLabel('E-mail address').fill('nobody-here@example.co.za');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText(ANSWER)).toBeVisible();
  await page.goto('/forgot-password');
  await page.getByLabel('E-mail address').fill(learner.email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText(ANSWER)).toBeVisible();

  const message = await messageTo(learner.email, /set a new password/i);
  const link = passwordLinkIn(message.text);
  await page.goto(link);
  expect(await wcagViolations(page)).toEqual([]);
  const newPassword = 'a-fresh-Kettle-of-fish-42';
  await setPasswordFromLink(page, link, newPassword);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be used');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(learner.email);
  await page.getByLabel('Password').fill(learner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The e-mail address or password is not right.')).toBeVisible();
  await signIn(page, { email: learner.email, password: newPassword });
  await expect(page).toHaveURL(/\/learn/);

  // The session signed in before the reset has ended.
  await otherDevice.goto('/account');
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await context.close();
  await elsewhere.close();
});

test('an administrator issues a reset link for a member of staff, who sets a new password with it', async ({ browser, page }) => {
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Locked Out Assessor'), 'ASS/RESET/1');
  await ensureAdmin(page);
  await page.goto('/admin/users');
  await page.getByRole('form', { name: 'Find people' }).getByLabel('Name or e-mail').fill(assessor.email);
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^1 person\.$/ })).toBeVisible();
  await page.getByRole('button', { name: `Reset link for ${assessor.fullName}` }).click();
  const output = page.locator('output').filter({ hasText: '/set-password/' });
  await expect(output).toBeVisible();
  const link = new URL((await output.textContent()) ?? '').pathname;

  const context = await browser.newContext();
  const staffPage = await context.newPage();
  await setPasswordFromLink(staffPage, link, 'Blue-kettle-on-a-cold-stove-7');
  await signIn(staffPage, { email: assessor.email, password: 'Blue-kettle-on-a-cold-stove-7' });
  await expect(staffPage).toHaveURL(/\/assess/);
  await context.close();
});
