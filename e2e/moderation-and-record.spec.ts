import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { assignAssessor, createUser, signIn, uniqueAccount } from './support/accounts';
import { judgeAndSign, readyLearner, submitAttempt } from './support/learner-flow';
import { givePortfolio } from './support/witness';
import { wcagViolations } from './support/axe';
import { pdfPageCount, pdfText } from './support/pdf-text';

test('learner to assessor to moderator, with one referral and its reassessment, ends in a final, verifiable record on screen, paper and PDF', async ({ browser }) => {
  test.setTimeout(240_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Thandi Nkosi Mbatha'), 'MICT/ASS/2024/0117');
  const moderator = await createUser(browser, uniqueAccount('moderator', 'Pieter van der Merwe'), 'MICT/MOD/2023/0042');
  const learner = await readyLearner(browser, 'Lerato Mokoena');
  await givePortfolio(browser, learner.page);
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);

  const assessorContext = await browser.newContext();
  const assessorPage = await assessorContext.newPage();
  await signIn(assessorPage, assessor);
  await judgeAndSign(assessorPage, submissionId, assessor.password);

  const moderatorContext = await browser.newContext();
  const moderatorPage = await moderatorContext.newPage();
  await signIn(moderatorPage, moderator);
  await expect(moderatorPage).toHaveURL(/\/moderate$/);
  await moderatorPage.getByLabel('Batch name').fill('March 2026, Thandi Nkosi');
  await moderatorPage.getByLabel('Assessor', { exact: true }).selectOption({ label: assessor.fullName });
  await moderatorPage.getByRole('button', { name: 'Gather the batch and propose a sample' }).click();
  await expect(moderatorPage.getByRole('heading', { name: 'March 2026, Thandi Nkosi' })).toBeVisible();
  await expect(moderatorPage.getByText(/first 5 decisions/).first()).toBeVisible();

  await moderatorPage.getByRole('link', { name: 'Lerato Mokoena', exact: true }).click();
  await expect(moderatorPage.getByText('Signed: Competent')).toBeVisible();
  await moderatorPage.getByRole('radio', { name: 'Refer back to the assessor with reasons' }).check();
  await moderatorPage.getByLabel('Comment (optional)').fill('Sampled as a first decision.');
  await moderatorPage.getByRole('button', { name: 'Refer back to the assessor' }).click();
  await expect(moderatorPage.getByText(/Give the reason for at least one criterion/)).toBeVisible();
  // A refused decision keeps what the moderator chose and wrote.
  await expect(moderatorPage.getByRole('radio', { name: 'Refer back to the assessor with reasons' })).toBeChecked();
  await expect(moderatorPage.getByRole('radio', { name: /^Agree/ })).not.toBeChecked();
  await expect(moderatorPage.getByLabel('Comment (optional)')).toHaveValue('Sampled as a first decision.');
  await moderatorPage.getByRole('textbox', { name: /AC3\.1 Unresolved problems/ }).fill('The escalation message names no outcome or deadline. Check it against the marking guide.');
  await moderatorPage.getByRole('button', { name: 'Refer back to the assessor' }).click();
  await expect(moderatorPage.getByText('Referred back to the assessor with your reasons.')).toBeVisible();
  await moderatorPage.getByLabel('Your password, to confirm it is you').fill(moderator.password);
  await moderatorPage.getByRole('button', { name: 'Sign the batch' }).click();
  await expect(moderatorPage.getByText(/1 sampled record is not agreed yet/)).toBeVisible();

  await assessorPage.goto('/assess');
  await expect(assessorPage.getByText('Referred back by the moderator: 1')).toBeVisible();
  await assessorPage.goto(`/assess/${submissionId}`);
  await expect(assessorPage.getByText('The escalation message names no outcome or deadline.')).toBeVisible();
  await judgeAndSign(assessorPage, submissionId, assessor.password);

  await moderatorPage.goto('/moderate');
  await moderatorPage.getByRole('link', { name: 'March 2026, Thandi Nkosi' }).click();
  await moderatorPage.getByRole('link', { name: 'Lerato Mokoena', exact: true }).click();
  await expect(moderatorPage.getByText('Signed: Competent (round 2)')).toBeVisible();
  // The moderator sees the evidence the signed judgement sealed, and where each rule was met.
  const sealed = moderatorPage.getByRole('table', { name: 'Evidence sealed by the judgement of Lerato Mokoena, attempt 1' });
  await expect(sealed.getByRole('columnheader', { name: 'Witness testimony' })).toBeVisible();
  await expect(sealed.getByRole('row').filter({ has: moderatorPage.getByRole('rowheader', { name: /^AC1\.3 / }) })).toContainText('Rule met when signed');
  await moderatorPage.getByRole('button', { name: 'Record agreement' }).click();
  await expect(moderatorPage.getByText('Agreed.', { exact: true })).toBeVisible();
  await moderatorPage.getByLabel('Your password, to confirm it is you').fill('not-my-password');
  await moderatorPage.getByRole('button', { name: 'Sign the batch' }).click();
  await expect(moderatorPage.getByText('Your password is not right. Enter it again to sign.').first()).toBeVisible();
  await moderatorPage.getByLabel('Your password, to confirm it is you').fill(moderator.password);
  await moderatorPage.getByRole('button', { name: 'Sign the batch' }).click();
  await expect(moderatorPage.getByText('Batch signed. 1 record is now final.')).toBeVisible();
  await moderatorPage.getByRole('link', { name: 'Moderation report' }).click();
  await expect(moderatorPage.getByText(/Signed by Pieter van der Merwe, moderator registration number MICT\/MOD\/2023\/0042/)).toBeVisible();
  await expect(moderatorPage.getByText('1 referral back to the assessor', { exact: false })).toBeVisible();

  // The learner's final record: on screen, printed on A4, and as the server's PDF.
  const page = learner.page;
  await page.goto('/record');
  await expect(page.getByRole('heading', { name: 'Record of learning', level: 1 })).toBeVisible();
  await expect(page.getByText('NOT FINAL')).toHaveCount(0);
  const code = (await page.locator('main').textContent())?.match(/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/)?.[0] ?? '';
  expect(code).not.toBe('');
  const facts = ['Lerato Mokoena', '8001015009087', 'Thandi Nkosi', 'MICT/ASS/2024/0117', 'Pieter van der Merwe', 'MICT/MOD/2023/0042', 'Competent', code];
  for (const fact of facts) await expect(page.locator('main')).toContainText(fact);
  // The evidence behind each criterion, as the judgement sealed it.
  const evidenceSection = page.getByRole('region', { name: 'Evidence per criterion' });
  await expect(evidenceSection.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^AC1\.3 / }) })).toContainText(
    /Rule met[\s\S]*Witness testimony: Testimony of Thandi Mokoena, Service desk team leader, \d{1,2} \w+ \d{4}, attested by Thandi Mokoena \(workplace witness\)/,
  );

  await page.emulateMedia({ media: 'print' });
  const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const printedText = pdfText(printed);
  for (const fact of facts) expect(printedText, `printout has ${fact}`).toContain(fact);
  expect(printedText).not.toContain('Skip to main content');
  const pages = pdfPageCount(printed);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(6);
  await page.emulateMedia({ media: 'screen' });

  const download = await page.request.get('/record/pdf');
  expect(download.headers()['content-type']).toBe('application/pdf');
  const downloadText = pdfText(await download.body());
  for (const fact of facts) expect(downloadText, `PDF has ${fact}`).toContain(fact);
  expect(downloadText).toMatch(/AC1\.3 - Rule met \(needs[^)]*\):[\s\S]*?Witness testimony \(\d{1,2} \w+ \d{4}\)/);

  // Anyone holding the printout can check it.
  const visitor = await browser.newContext();
  const check = await visitor.newPage();
  await check.goto(`/verify/${code.toLowerCase()}`);
  await expect(check.getByText('Genuine: this is a final record, unchanged since it was signed.')).toBeVisible();
  expect(await wcagViolations(check)).toEqual([]);
  await expect(check.locator('main')).toContainText('Lerato Mokoena');
  await expect(check.locator('main')).not.toContainText('8001015009087');
  await expect(check.locator('main')).toContainText('••••••••••087');
  await expect(check.getByRole('region', { name: 'Evidence per criterion' })).toContainText(/AC1\.3\s*Rule met: .*Witness testimony \(\d{1,2} \w+ \d{4}\)/);
  await check.goto('/verify/ZZZZ-ZZZZ-ZZZZ');
  await expect(check.getByRole('heading', { name: 'No record has this code' })).toBeVisible();
  await check.goto('/verify?code=not-a-code');
  await expect(check.getByText(/is not a verification code/)).toBeVisible();

  // Nobody else reaches the record.
  const stranger = await readyLearner(browser, 'Sipho Dlamini');
  await moderatorPage.goto('/moderate');
  await moderatorPage.getByRole('link', { name: 'March 2026, Thandi Nkosi' }).click();
  const recordHref = (await moderatorPage.getByRole('link', { name: 'Record of Lerato Mokoena' }).getAttribute('href')) ?? '';
  expect((await moderatorPage.request.get(recordHref)).status()).toBe(200);
  expect((await stranger.page.request.get(recordHref)).status()).toBe(404);
  expect((await stranger.page.request.get(`${recordHref}/pdf`)).status()).toBe(404);
  await visitor.close();
  await stranger.close();
  await assessorContext.close();
  await moderatorContext.close();
  await learner.close();
});

test('a record that is not final says so on screen, on paper and in the PDF', async ({ browser }) => {
  const learner = await readyLearner(browser, 'Ayesha Patel');
  await learner.page.goto('/record');
  await expect(learner.page.getByText(/NOT FINAL/).first()).toBeVisible();
  await learner.page.emulateMedia({ media: 'print' });
  expect(pdfText(await learner.page.pdf({ preferCSSPageSize: true }))).toContain('NOT FINAL');
  expect(pdfText(await (await learner.page.request.get('/record/pdf')).body())).toContain('NOT FINAL');
  await learner.close();
});

test('a record printed from a screen set to dark prints exactly as from a light one, black on white', async ({ browser }) => {
  const learner = await readyLearner(browser, 'Bongani Zulu');
  const page = learner.page;
  await page.goto('/record');
  const printed = async (colorScheme: 'light' | 'dark') => {
    await page.emulateMedia({ media: 'print', colorScheme });
    return page.screenshot({ fullPage: true });
  };
  const light = await printed('light');
  const dark = await printed('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(dark.equals(light)).toBe(true);
  await learner.close();
});

test('"Download PDF" saves the record as a file named after the learner, and "View PDF" opens it in the browser', async ({ browser }) => {
  const learner = await readyLearner(browser, 'Zoë van Wyk');
  const page = learner.page;
  await page.goto('/record');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('record-of-learning-zoe-van-wyk.pdf');
  expect(pdfText(await readFile((await download.path()) ?? ''))).toContain('Zoë van Wyk');

  const saved = await page.request.get('/record/pdf');
  expect(saved.headers()['content-type']).toBe('application/pdf');
  expect(saved.headers()['content-disposition']).toBe('attachment; filename="record-of-learning-zoe-van-wyk.pdf"');
  const viewHref = (await page.getByRole('link', { name: /View PDF/ }).getAttribute('href')) ?? '';
  const viewed = await page.request.get(viewHref);
  expect(viewed.headers()['content-type']).toBe('application/pdf');
  expect(viewed.headers()['content-disposition']).toBe('inline; filename="record-of-learning-zoe-van-wyk.pdf"');
  await learner.close();
});

test('an unknown verification code answers 404 and says that no record has it', async ({ page }) => {
  const response = await page.goto('/verify/XXXX-XXXX-XXXX');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No record has this code' })).toBeVisible();
  await expect(page.getByText('“XXXX-XXXX-XXXX” does not match any final record of learning.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Enter a code' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test('a visitor without an account prints a practice record with blank lines for the names', async ({ page }) => {
  await page.goto('/lessons/01-welcome-and-assessment');
  await page.getByRole('button', { name: 'Mark this lesson complete' }).click();
  await page.goto('/practice-record');
  await expect(page.getByRole('heading', { name: 'Practice record: knowledge checks' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ preferCSSPageSize: true }));
  for (const label of ["Candidate's name", 'ID number', "Assessor's name", 'Assessor registration number', "Moderator's name", 'Moderator registration number', 'NOT FINAL']) {
    expect(text).toContain(label);
  }
  expect(text).toMatch(/Welcome[^\n]*\d{4}\/\d{2}\/\d{2}|Welcome[^\n]*\d{1,2}[ /]/);
});
