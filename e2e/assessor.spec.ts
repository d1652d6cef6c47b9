import { expect, test } from '@playwright/test';
import { assignAssessor, createUser, signIn, uniqueAccount } from './support/accounts';
import { judgeAndSign, judgeEveryCriterion, readyLearner, submitAttempt } from './support/learner-flow';
import { wcagViolations } from './support/axe';
import { givePortfolio } from './support/witness';

test('an assessor signs Competent for one learner and Not Yet Competent for another, who reads the feedback, resubmits and is signed again', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Thandi Nkosi'), 'MICT/ASS/2024/0117');
  const first = await readyLearner(browser, 'Lerato Mokoena');
  const second = await readyLearner(browser, 'Sipho Dlamini');
  await givePortfolio(browser, first.page);
  await givePortfolio(browser, second.page);
  await assignAssessor(browser, first.account, assessor);
  await assignAssessor(browser, second.account, assessor);
  const firstAttempt = await submitAttempt(first.page, first.account);
  const secondAttempt = await submitAttempt(second.page, second.account);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  await expect(page.getByText('Awaiting assessment: 2')).toBeVisible();
  await page.getByRole('link', { name: 'Lerato Mokoena, attempt 1' }).click();
  await expect(page.getByRole('heading', { name: 'Lerato Mokoena: attempt 1' })).toBeVisible();
  await expect(page.getByText('Expected answer').first()).toBeVisible();
  await expect(page.getByText('Marking guide').first()).toBeVisible();
  // The decision on AC3.1 shares its region with an answer serving AC3.1, not a page of answers away.
  const ac31 = page.getByRole('region', { name: /^AC3\.1 / });
  await expect(ac31.getByRole('group', { name: /^AC3\.1 / }).getByRole('radio', { name: 'Not yet met', exact: true })).toBeVisible();
  // The article's line naming the criteria it serves, read alone: its text runs into the next heading otherwise.
  await expect(ac31.getByRole('article').first().getByText(/serves (.*, )?AC3\.1(,|$)/)).toBeVisible();

  // A wrong password is refused and nothing is signed.
  await page.getByRole('radio', { name: 'Met', exact: true }).first().check();
  await page.getByLabel('Your password, to confirm it is you').fill('not-my-password');
  await page.getByRole('button', { name: /^Sign: / }).click();
  await expect(page.getByText(/Decide every criterion|Your password is not right/).first()).toBeVisible();

  await judgeAndSign(page, firstAttempt, assessor.password);
  await expect(page.getByText('Signed Competent.')).toBeVisible();
  await judgeAndSign(page, secondAttempt, assessor.password, ['AC3.1'], 'Your escalation message gives the facts but not the outcome you need or by when. Add both.');
  await expect(page.getByText('Signed Not Yet Competent.')).toBeVisible();
  await expect(page.getByText('Returned to the learner: 1')).toBeVisible();

  await second.page.goto(`/assessment/${secondAttempt}`);
  await expect(second.page.getByRole('heading', { name: "Your assessor's decision: Not Yet Competent" })).toBeVisible();
  await expect(second.page.getByText('Your escalation message gives the facts but not the outcome you need')).toBeVisible();
  await expect(second.page.getByText(/✗ Not yet met: AC3\.1/)).toBeVisible();
  const resubmission = await submitAttempt(second.page, second.account);
  expect(resubmission).not.toBe(secondAttempt);
  await second.page.goto(`/assessment/${secondAttempt}`);
  await expect(second.page.locator('fieldset[data-item-key] input').first()).toBeDisabled();

  await page.goto('/assess');
  await expect(page.getByText('Resubmitted: 1')).toBeVisible();
  await page.getByRole('link', { name: 'Sipho Dlamini, attempt 2' }).click();
  await expect(page.getByText(/Last attempt: not yet met/)).toBeVisible();
  await judgeAndSign(page, resubmission, assessor.password);
  await expect(page.getByText('Signed Competent.')).toBeVisible();
  await second.page.goto(`/assessment/${resubmission}`);
  await expect(second.page.getByRole('heading', { name: "Your assessor's decision: Competent" })).toBeVisible();

  await context.close();
  await first.close();
  await second.close();
});

test('a learner cannot reach assessor pages, and an assessor cannot open an unassigned learner\'s submission', async ({ browser }) => {
  const learner = await readyLearner(browser, 'Ayesha Patel');
  const submissionId = await submitAttempt(learner.page, learner.account);
  expect((await learner.page.goto(`/assess/${submissionId}`))?.status()).toBe(404);
  const stranger = await createUser(browser, uniqueAccount('assessor', 'Unassigned Assessor'), 'REG-9');
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, stranger);
  expect((await page.goto(`/assess/${submissionId}`))?.status()).toBe(404);
  await context.close();
  await learner.close();
});

test('a refused signature keeps every choice, comment and the feedback, and the next signature goes through', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Thandi Nkosi'), 'MICT/ASS/2024/0118');
  const learner = await readyLearner(browser, 'Kagiso Molefe');
  await assignAssessor(browser, learner.account, assessor);
  // Criteria judged met need their evidence, in a Not Yet Competent judgement too.
  await givePortfolio(browser, learner.page);
  const submissionId = await submitAttempt(learner.page, learner.account);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  await page.goto(`/assess/${submissionId}`);
  const chosen = await judgeEveryCriterion(page, ['AC3.1']);
  const feedback = 'Your escalation message names no outcome and no deadline. Add both.';
  await page.getByLabel('Feedback to the learner').fill(feedback);
  const groups = page.locator('fieldset').filter({ has: page.getByRole('radio', { name: 'Met', exact: true }) });
  const expectEverythingKept = async () => {
    for (const { code, choice, comment } of chosen) {
      const group = groups.filter({ has: page.getByLabel(`Comment on ${code}`) });
      await expect(group.getByRole('radio', { name: choice, exact: true }), code).toBeChecked();
      await expect(group.getByLabel(`Comment on ${code}`)).toHaveValue(comment);
    }
    await expect(page.getByLabel('Feedback to the learner')).toHaveValue(feedback);
    await expect(page.getByRole('button', { name: 'Sign: Not Yet Competent' })).toBeVisible();
  };

  // A saved draft, then a refused one (a comment too long), keep the form as it was typed.
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.', { exact: false })).toBeVisible();
  await expectEverythingKept();
  const last = chosen.at(-1);
  if (!last) throw new Error('The form shows no criteria');
  const lastComment = page.getByLabel(`Comment on ${last.code}`);
  await lastComment.fill('x'.repeat(2001));
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('A comment has at most 2,000 characters')).toBeVisible();
  await lastComment.fill(last.comment);
  await expectEverythingKept();

  // A wrong password is refused and every choice, comment and the feedback stay; only the password is cleared.
  await page.getByLabel('Your password, to confirm it is you').fill('not-my-password');
  await page.getByRole('button', { name: 'Sign: Not Yet Competent' }).click();
  await expect(page.getByText('Your password is not right. Enter it again to sign.').first()).toBeVisible();
  await expectEverythingKept();
  await expect(page.getByLabel('Your password, to confirm it is you')).toHaveValue('');

  await page.getByLabel('Your password, to confirm it is you').fill(assessor.password);
  await page.getByRole('button', { name: 'Sign: Not Yet Competent' }).click();
  await page.waitForURL(/\/assess\?signed=/);
  await expect(page.getByText('Signed Not Yet Competent.')).toBeVisible();
  await learner.page.goto(`/assessment/${submissionId}`);
  await expect(learner.page.getByText(feedback)).toBeVisible();
  await expect(learner.page.getByText(/✗ Not yet met: AC3\.1/)).toBeVisible();
  await context.close();
  await learner.close();
});

test('an assessor marks every criterion met after confirming, signs, and goes straight on to the next submission waiting', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Busisiwe Mahlangu'), 'MICT/ASS/2024/0311');
  const first = await readyLearner(browser, 'Khanyisile Mabaso');
  const second = await readyLearner(browser, 'Neo Sithole-Marais');
  for (const learner of [first, second]) {
    await givePortfolio(browser, learner.page);
    await assignAssessor(browser, learner.account, assessor);
  }
  const firstAttempt = await submitAttempt(first.page, first.account);
  const secondAttempt = await submitAttempt(second.page, second.account);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  await page.goto(`/assess/${firstAttempt}`);
  await expect(page.getByRole('link', { name: 'Next submission: Neo Sithole-Marais' })).toHaveAttribute('href', `/assess/${secondAttempt}`);
  const metRadios = page.getByRole('radio', { name: 'Met', exact: true });
  const criteria = await metRadios.count();
  expect(criteria).toBe(12);

  await page.getByRole('button', { name: 'Mark every criterion met…' }).click();
  await expect(page.getByText(`Mark all ${criteria} criteria met?`)).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Mark every criterion met…' })).toBeFocused();
  for (let index = 0; index < criteria; index += 1) await expect(metRadios.nth(index)).not.toBeChecked();

  await page.getByRole('button', { name: 'Mark every criterion met…' }).click();
  await page.getByRole('button', { name: 'Yes, mark them met' }).click();
  for (let index = 0; index < criteria; index += 1) await expect(metRadios.nth(index)).toBeChecked();
  await expect(page.getByText('Outcome: Competent')).toBeVisible();
  await page.getByLabel('Your password, to confirm it is you').fill(assessor.password);
  await page.getByRole('button', { name: 'Sign: Competent' }).click();
  await page.waitForURL(/\/assess\?signed=competent/);
  await page.getByRole('link', { name: 'Next submission: Neo Sithole-Marais' }).click();
  await expect(page).toHaveURL(new RegExp(`/assess/${secondAttempt}$`));
  await expect(page.getByRole('link', { name: /^Next submission/ })).toHaveCount(0);
  await context.close();
  await first.close();
  await second.close();
});

test('each criterion\'s decision sits beside the answers that bear on it: side by side and in view together on a wide screen, one after the other on a phone', async ({ browser }) => {
  test.setTimeout(180_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Zanele Dube'), 'MICT/ASS/2024/0412');
  const learner = await readyLearner(browser, 'Mpho Radebe');
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  await page.goto(`/assess/${submissionId}`);
  const sections = page.getByRole('region', { name: /^AC\d\.\d / });
  await expect(sections).toHaveCount(12);
  const articles = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /^Question \d+:/ }) });
  const answered = await articles.count();
  expect(answered).toBeGreaterThan(12);

  // Every criterion: its decision and, in the same region, the answers serving it in full or a link to each.
  const placed = new Set<string>();
  for (let index = 0; index < 12; index += 1) {
    const section = sections.nth(index);
    const code = ((await section.getByRole('heading', { level: 3 }).textContent()) ?? '').split(' ')[0] ?? '';
    const serving = new RegExp(`serves (.*, )?${code.replace('.', '\\.')}(,|$)`);
    const group = section.getByRole('group', { name: new RegExp(`^${code.replace('.', '\\.')} `) });
    await expect(group.getByRole('radio', { name: 'Met', exact: true }), code).toBeVisible();
    await expect(group.getByLabel(`Comment on ${code}`), code).toBeVisible();
    const shown = section.getByRole('article');
    expect(await shown.count(), `${code} has an answer beside its decision`).toBeGreaterThan(0);
    for (const id of await shown.evaluateAll((nodes) => nodes.map((node) => node.id))) {
      await expect(page.locator(`#${id}`).getByText(serving), `${id} under ${code}`).toBeVisible();
      expect(placed.has(id), `${id} is shown once`).toBe(false);
      placed.add(id);
    }
    // The decision's evidence list names the same answers as the section shows or links to.
    const listed = await group.getByRole('link', { name: /^Q\d+$/ }).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const near = await section
      .locator('article[id^="q"], a[href^="#q"]')
      .evaluateAll((nodes) => nodes.filter((node) => !node.closest('fieldset')).map((node) => (node.tagName === 'A' ? node.getAttribute('href') : `#${node.id}`)));
    expect(new Set(near), code).toEqual(new Set(listed));
  }
  expect(placed.size).toBe(answered);

  // A wide screen: the decision is to the right of its answers and stays in view while they scroll past.
  const section = sections.filter({ has: page.getByRole('table', { name: /^Ticket log:/ }) }).first();
  const decision = section.getByRole('group', { name: /^AC\d\.\d / });
  const metRadio = decision.getByRole('radio', { name: 'Met', exact: true });
  const ticket = section.getByRole('article').filter({ has: page.getByRole('table', { name: /^Ticket log:/ }) });
  await metRadio.scrollIntoViewIfNeeded();
  await expect(section.getByRole('article').first()).toBeInViewport();
  await ticket.scrollIntoViewIfNeeded();
  await expect(metRadio).toBeInViewport();
  const [answerBox, decisionBox] = [await ticket.boundingBox(), await decision.boundingBox()];
  expect(decisionBox?.x ?? 0).toBeGreaterThanOrEqual((answerBox?.x ?? 0) + (answerBox?.width ?? 0));
  await ticket.evaluate((node) => node.scrollIntoView({ block: 'end' }));
  await expect(metRadio).toBeInViewport();
  await metRadio.check();
  await expect(metRadio).toBeChecked();

  // An answer bearing on several criteria is linked from the others, and the link lands on it.
  const link = page.getByRole('link', { name: /^See question \d+$/ }).first();
  const target = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();

  // Phones: nothing scrolls sideways at 320 or 360 px, each decision follows its answers, and the page passes axe.
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(`/assess/${submissionId}`);
    await expect(sections).toHaveCount(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBe(0);
  }
  const first = sections.first();
  const [firstAnswer, firstDecision] = [await first.getByRole('article').last().boundingBox(), await first.getByRole('group', { name: /^AC\d\.\d / }).boundingBox()];
  expect(firstDecision?.y ?? 0).toBeGreaterThanOrEqual((firstAnswer?.y ?? 0) + (firstAnswer?.height ?? 0));
  expect(await wcagViolations(page)).toEqual([]);
  await context.close();
  await learner.close();
});
