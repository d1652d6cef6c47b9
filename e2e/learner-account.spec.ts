import { expect, type Page, test } from '@playwright/test';
import { ensureAdmin } from './support/accounts';

/** After sign-up the learner lands on the sign-in page (the same for a new or a taken address) and signs in. */
async function signInAfterSignUp(page: Page, email: string, password: string) {
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signing in hashes the password: give a busy machine time before judging where it landed.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') || url.search.includes('error'), { timeout: 20_000 }).catch(() => undefined);
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await ensureAdmin(page);
  await page.close();
});

test('a learner signs up, and each kind of bad ID number gets its own message', async ({ page }) => {
  const email = `signup-${Date.now()}@example.co.za`;
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Lerato Mokoena');
  await page.getByLabel('E-mail address').fill(email);
  // Passwords are never sent back into the form after an error, so they are typed again each time.
  const typePasswords = async () => {
    await page.getByLabel('Password', { exact: true }).fill('a-long-password-1');
    await page.getByLabel('Password again').fill('a-long-password-1');
  };
  const id = page.getByLabel('South African ID number', { exact: true });
  const submit = page.getByRole('button', { name: 'Create my account' });
  for (const [value, message] of [
    ['750330504408', /13 digits/],
    ['8503305044089', /last digit does not match/i],
    ['7513305044089', /date/i],
  ] as const) {
    await id.fill(value);
    await typePasswords();
    await submit.click();
    await expect(page.locator('#field-idNumber-error')).toHaveText(message);
  }
  await id.fill('8001015009087');
  await typePasswords();
  await submit.click();
  await signInAfterSignUp(page, email, 'a-long-password-1');
  await expect(page).toHaveURL(/\/learn/);
  await expect(page.getByText('Welcome, Lerato Mokoena.')).toBeVisible();
});

test('signing up with an address that already has an account answers exactly as for a new one, and changes nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  const taken = `taken-${Date.now()}@example.co.za`;
  const fresh = `fresh-${Date.now()}@example.co.za`;
  const answers: string[] = [];
  for (const [email, password] of [
    [taken, 'first-kettle-password'],
    [taken, 'second-kettle-password'],
    [fresh, 'third-kettle-password'],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill('Sizwe Mbatha');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('South African ID number', { exact: true }).fill('8001015009087');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Password again').fill(password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/sign-in\?registered=1/);
    answers.push(`${new URL(page.url()).search} ${await page.getByRole('main').innerText()}`);
    await context.close();
  }
  // The second sign-up of the taken address looks like the first and like a new address's.
  expect(new Set(answers).size).toBe(1);
  const check = await browser.newContext();
  const page = await check.newPage();
  await page.goto('/sign-in');
  await signInAfterSignUp(page, taken, 'second-kettle-password');
  await expect(page.getByText(/not right|do not match|incorrect/i).first()).toBeVisible();
  await page.goto('/sign-in');
  await signInAfterSignUp(page, taken, 'first-kettle-password');
  await expect(page).toHaveURL(/\/learn/);
  await check.close();
});

test('a learner resumes on a second browser, and signing out leaves nothing in local storage', async ({ browser }) => {
  const email = `resume-${Date.now()}@example.co.za`;
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto('/lessons/01-welcome-and-assessment');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  // Signing up afterwards brings the anonymous progress into the new account.
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Zanele Booysen');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('South African ID number', { exact: true }).fill('9506150123088');
  await page.getByLabel('Password', { exact: true }).fill('a-long-password-2');
  await page.getByLabel('Password again').fill('a-long-password-2');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await signInAfterSignUp(page, email, 'a-long-password-2');
  await expect(page).toHaveURL(/\/learn/);
  await page.goto('/lessons/02-customer-relationships-and-slas');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect.poll(async () => (await page.request.get('/api/progress').then((r) => r.json())).lessons['02-customer-relationships-and-slas']?.completedAt ?? null).not.toBeNull();

  // A lesson is a plain page: its header's "Sign out" leads to the sign-out page, whose button signs out.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-out$/);
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/\?signed-out=1/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('progress')).map((key) => localStorage.getItem(key)))).toEqual(
    expect.not.arrayContaining([expect.stringContaining('01-welcome')]),
  );

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto('/sign-in');
  await other.getByLabel('E-mail address').fill(email);
  await other.getByLabel('Password').fill('a-long-password-2');
  await other.getByRole('button', { name: 'Sign in' }).click();
  // The course's lesson count grows with its content; what this journey checks is the two completed lessons.
  await expect(other.getByText(/^2 of \d+ lessons complete\./)).toBeVisible();
  await other.goto('/');
  await expect(other.getByRole('link', { name: /Continue where you left off: Priorities/ })).toBeVisible();
  await first.close();
  await second.close();
});

test('a refused sign-up moves focus to a summary linked to each field and keeps everything typed, passwords too', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Ayanda Nkosi');
  await page.getByLabel('E-mail address').fill(`kept-${Date.now()}@example.co.za`);
  await page.getByLabel('South African ID number', { exact: true }).fill('8001015009088');
  await page.getByLabel('Password', { exact: true }).fill('Fresh-kettle-on-stove-9');
  await page.getByLabel('Password again').fill('Fresh-kettle-on-stove-8');
  await page.getByRole('button', { name: 'Create my account' }).click();
  // Known in the browser: the two passwords differ. Nothing went to the server, nothing was cleared.
  const summary = page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Password again: The two passwords do not match' })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('Fresh-kettle-on-stove-9');
  await page.getByLabel('Password again').fill('Fresh-kettle-on-stove-9');
  await page.getByRole('button', { name: 'Create my account' }).click();
  // Known only to the server: the ID number's check digit. The summary takes focus again and links to the field.
  await expect(summary).toBeFocused();
  const idLink = summary.getByRole('link', { name: /^South African ID number: / });
  await expect(idLink).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('Fresh-kettle-on-stove-9');
  await expect(page.getByLabel('Password again')).toHaveValue('Fresh-kettle-on-stove-9');
  await expect(page.getByLabel('Full name')).toHaveValue('Ayanda Nkosi');
  await idLink.click();
  await expect(page.getByLabel('South African ID number', { exact: true })).toBeFocused();
});
