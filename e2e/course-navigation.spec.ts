import { expect, test } from '@playwright/test';
import { readingOrder } from '../scripts/lib/reading-order.mjs';

test('a learner goes from home to a module, into its lesson and on to the next lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Customer care in IT support');
  await page.getByRole('link', { name: /Module 2: Customer relationships and the SLA/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer relationships and the SLA' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: /customer relationships/i }).first().click();
  await expect(page).toHaveURL(/\/lessons\/02-/);
  await expect(page.getByText('Lesson 2 of')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' }).first()).toBeVisible();
  await page.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page).toHaveURL(/\/lessons\/03-/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('completed lessons show as progress on the home page after a reload', async ({ page }) => {
  await page.goto('/lessons/01-welcome-and-assessment');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await expect(page.getByText('You completed this lesson.')).toBeVisible();
  await page.goto('/');
  await page.reload();
  await expect(page.getByText('1 of 1 lessons complete').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveAttribute('href', /\/lessons\/02-/);
});

test('an unknown lesson shows a helpful not-found page with a 404 status', async ({ page }) => {
  const response = await page.goto('/lessons/99-no-such-lesson');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the course home page' })).toBeVisible();
});

test('lesson text is in the HTML, readable with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/03-priorities-and-the-sla-clock');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text.split(/\s+/).length).toBeGreaterThan(800);
  // Its knowledge check and SLA explorer say they need JavaScript instead of offering buttons that do nothing.
  // (Read through the DOM: the locators' text matching leaves noscript content out.)
  const notices = page.locator('noscript > p');
  await expect(notices.first()).toBeVisible();
  const said = await notices.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  expect(said).toContain('This knowledge check needs JavaScript, which is off in this browser. The lesson text reads without it; turn JavaScript on to use this part.');
  expect(said.some((text) => text.startsWith('This SLA clock explorer needs JavaScript'))).toBe(true);
  await context.close();
});

test('the outline and the lesson page number a lesson by its place in the course, not its folder', async ({ page }) => {
  const order = readingOrder();
  await page.goto('/outline');
  const links = await page
    .getByRole('main')
    .getByRole('link', { name: /^lesson \d+$/ })
    .evaluateAll((nodes) => nodes.map((node) => ({ href: node.getAttribute('href') ?? '', text: node.textContent ?? '' })));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link.text, link.href).toBe(`lesson ${order.indexOf(link.href.replace('/lessons/', '')) + 1}`);
  const last = order.length;
  await page.goto(`/lessons/${order[last - 1]}`);
  await expect(page.getByText(`Lesson ${last} of ${last}`)).toBeVisible();
});

test('the outline states the notional hours and a split that adds up to them', async ({ page }) => {
  await page.goto('/outline');
  await expect(page.getByRole('heading', { level: 2, name: 'Notional hours: 80' })).toBeVisible();
  const split = page.getByRole('table', { name: 'How the 80 notional hours split' });
  for (const part of ['Lessons', 'Practice', 'Summative assessment', 'Workplace evidence']) {
    await expect(split.getByRole('rowheader', { name: part, exact: false }).first()).toBeVisible();
  }
  await expect(split.getByRole('row', { name: /Total/ })).toContainText('80 hours');
  await expect(split.getByRole('row', { name: /^Lessons/ })).toContainText(/The \d+ lessons add up to \d+ minutes\./);
});

test('a table inside a worked example is laid out like any lesson table, with padded cells', async ({ page }) => {
  await page.goto('/lessons/15-measuring-service');
  const example = page.getByRole('region', { name: 'Worked example: The handling-time target that backfired' });
  const cell = example.getByRole('cell', { name: '72%' });
  await expect(cell).toBeVisible();
  const padding = await cell.evaluate((element) => Number.parseFloat(getComputedStyle(element).paddingLeft) + Number.parseFloat(getComputedStyle(element).paddingRight));
  expect(padding).toBeGreaterThan(0);
});

test('the contents mark the section being read and count it, as the reader moves through the lesson', async ({ page }) => {
  await page.goto('/lessons/03-priorities-and-the-sla-clock');
  const contents = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
  await expect(contents.locator('[aria-current="location"]')).toHaveText('Log the request with complete details');
  await expect(contents.getByText(/^Section 1 of \d+$/)).toBeVisible();
  await page.getByRole('heading', { level: 2, name: 'Pausing the clock' }).evaluate((heading) => heading.scrollIntoView());
  await expect(contents.locator('[aria-current="location"]')).toHaveText('Pausing the clock');
  await expect(contents.getByText(/^Section 5 of \d+$/)).toBeVisible();
  // By keyboard too: following a contents link moves the mark to that section.
  await contents.getByRole('link', { name: 'Impact and urgency', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(contents.locator('[aria-current="location"]')).toHaveText('Impact and urgency');
  // A jump straight past several sections (the End key) lands on the last one.
  await page.locator('body').press('End');
  await expect(contents.locator('[aria-current="location"]')).toHaveText('Key points');
});
