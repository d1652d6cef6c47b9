import { expect, test } from '@playwright/test';
import { assignAssessor, createUser, signIn, uniqueAccount } from './support/accounts';
import { judgeAndSign, readyLearner, submitAttempt } from './support/learner-flow';
import { givePortfolio } from './support/witness';
import { pdfText } from './support/pdf-text';

const CODE = /[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/;

test('NYC, resubmission, Competent, a referral, agreement and batch sign-off leave the learner a final record with a code on screen, paper and both PDFs', async ({ browser }) => {
  test.setTimeout(240_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Busisiwe Ndlovu'), 'MICT/ASS/2025/0311');
  const moderator = await createUser(browser, uniqueAccount('moderator', 'Francois Botha'), 'MICT/MOD/2022/0097');
  const learner = await readyLearner(browser, 'Kagiso Molefe');
  await givePortfolio(browser, learner.page);
  await assignAssessor(browser, learner.account, assessor);

  const assessorContext = await browser.newContext();
  const assessorPage = await assessorContext.newPage();
  await signIn(assessorPage, assessor);
  const first = await submitAttempt(learner.page, learner.account);
  await judgeAndSign(assessorPage, first, assessor.password, ['AC2.2'], 'Your priorities do not follow the impact and urgency grid. Work through the triage items again.');
  const second = await submitAttempt(learner.page, learner.account);
  await judgeAndSign(assessorPage, second, assessor.password);

  const moderatorContext = await browser.newContext();
  const moderatorPage = await moderatorContext.newPage();
  await signIn(moderatorPage, moderator);
  const batch = 'Intake 2 resubmissions';
  await moderatorPage.getByLabel('Batch name').fill(batch);
  await moderatorPage.getByLabel('Assessor', { exact: true }).selectOption({ label: assessor.fullName });
  await moderatorPage.getByRole('button', { name: 'Gather the batch and propose a sample' }).click();
  await expect(moderatorPage.getByRole('heading', { name: batch })).toBeVisible();
  // Every sampling reason is said in words the moderator can check against the record.
  await expect(moderatorPage.getByText(/Not Yet Competent on one criterion only \(AC2\.2\)/)).toBeVisible();

  // Both attempts are in the batch: refer the Competent one back, then agree with both.
  const batchUrl = new URL(moderatorPage.url()).pathname;
  const secondHref = `${batchUrl}/${second}`;
  const firstHref = `${batchUrl}/${first}`;
  await moderatorPage.goto(secondHref);
  await moderatorPage.getByRole('radio', { name: 'Refer back to the assessor with reasons' }).check();
  await moderatorPage.getByRole('textbox', { name: /AC1\.2 Active listening/ }).fill('Check the listening evidence against the marking guide again.');
  await moderatorPage.getByRole('button', { name: 'Refer back to the assessor' }).click();
  await expect(moderatorPage.getByText('Referred back to the assessor with your reasons.')).toBeVisible();
  await moderatorPage.goto(firstHref);
  await moderatorPage.getByRole('button', { name: 'Record agreement' }).click();
  await expect(moderatorPage.getByText('Agreed.', { exact: true })).toBeVisible();

  await judgeAndSign(assessorPage, second, assessor.password);
  await moderatorPage.goto(secondHref);
  await moderatorPage.getByRole('button', { name: 'Record agreement' }).click();
  await expect(moderatorPage.getByText('Agreed.', { exact: true })).toBeVisible();
  await moderatorPage.getByLabel('Your password, to confirm it is you').fill(moderator.password);
  await moderatorPage.getByRole('button', { name: 'Sign the batch' }).click();
  await expect(moderatorPage.getByText('Batch signed. 2 records are now final.')).toBeVisible();

  // The learner's current record is the Competent attempt, final, with its code.
  const page = learner.page;
  await page.goto('/record');
  await expect(page.getByText('NOT FINAL')).toHaveCount(0);
  const main = page.locator('main');
  const code = (await main.textContent())?.match(CODE)?.[0] ?? '';
  expect(code).not.toBe('');
  await expect(main).toContainText('Competent');
  await expect(main).not.toContainText('No verification code yet');

  await page.emulateMedia({ media: 'print' });
  const printed = pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(printed).toContain(code);
  expect(printed).not.toContain('NOT FINAL');
  await page.emulateMedia({ media: 'screen' });

  const own = pdfText(await (await page.request.get('/record/pdf')).body());
  expect(own).toContain(code);
  expect(own).not.toContain('NOT FINAL');
  await moderatorPage.goto(batchUrl);
  const recordHref = (await moderatorPage.getByRole('link', { name: 'Record of Kagiso Molefe' }).first().getAttribute('href')) ?? '';
  await moderatorPage.goto(recordHref);
  await expect(moderatorPage.locator('main')).toContainText(code);
  await expect(moderatorPage.getByText('NOT FINAL')).toHaveCount(0);
  const moderatorsPdf = pdfText(await (await moderatorPage.request.get(`${recordHref}/pdf`)).body());
  expect(moderatorsPdf).toContain(code);
  expect(moderatorsPdf).not.toContain('NOT FINAL');

  const visitor = await browser.newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByText('Genuine: this is a final record, unchanged since it was signed.')).toBeVisible();
  await expect(visitor.locator('main')).toContainText('Competent');
  await visitor.close();
  await assessorContext.close();
  await moderatorContext.close();
  await learner.close();
});
