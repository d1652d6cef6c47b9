import { expect, type Page, test } from '@playwright/test';
import { assignAssessor, createUser, signIn, uniqueAccount } from './support/accounts';
import { formPost, unescapeHtml } from './support/form-post';
import { judgeAndSign, readyLearner, submitAttempt, tryToSign } from './support/learner-flow';
import { givePortfolio, SUPERVISOR } from './support/witness';

const PRACTICAL = 'observation, role-play, witness, logbook or simulated ticket';
/** The criteria the simulated ticket serves: with the knowledge test its practical piece meets their rules. */
const TICKET_CRITERIA = ['AC2.1', 'AC2.2', 'AC2.3', 'AC2.4'];
const UNMET = ['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC3.1', 'AC3.2', 'AC3.3', 'AC3.4'];
const REFUSED = `The evidence is not yet sufficient to judge ${UNMET.join(', ')} met. Judge them not yet met, or gather the missing evidence first.`;
/**
 * What signing says of a criterion whose rule the summative answers alone do not meet: its text and
 * rule, then what it has and lacks, which depend on the items drawn (read from the matrix beside
 * the form), and the practical evidence it lacks whatever was drawn.
 */
const REFUSALS: Record<string, { rule: string; lacks: string }> = {
  'AC1.2': { rule: "AC1.2 (Active listening and questioning confirm the customer's request.) needs 3 pieces of evidence, from 2 methods, 2 of them practical.", lacks: `2 more practical pieces (${PRACTICAL}).` },
  'AC1.3': {
    rule: 'AC1.3 (Conduct is professional by phone, e-mail and in person.) needs 3 pieces of evidence, from 2 methods, 2 of them practical, practical evidence on 2 channels.',
    lacks: `2 more practical pieces (${PRACTICAL}); practical evidence on 2 more channels.`,
  },
  'AC3.1': { rule: 'AC3.1 (Unresolved problems are escalated to the right person with facts and documentation.) needs 2 pieces of evidence, from 2 methods, one of them practical.', lacks: `1 more practical piece (${PRACTICAL}).` },
};

function matrixRow(page: Page, name: string, code: string) {
  return page
    .getByRole('table', { name })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${code.replace('.', '\\.')} `) }) });
}

/** The exact refusal for each criterion of REFUSALS, with what it has and lacks as the matrix on the assessor's page says. */
async function expectedRefusals(page: Page, matrixName: string): Promise<Record<string, string>> {
  const expected: Record<string, string> = {};
  for (const [code, { rule, lacks }] of Object.entries(REFUSALS)) {
    const row = matrixRow(page, matrixName, code);
    const has = (await row.getByText(/^Has: /).innerText()).replace(/^Has: /, '');
    const missing = (await row.getByText(/^Missing: /).innerText()).replace(/^Missing: /, '');
    expect(missing.endsWith(lacks), `${code} lacks ${lacks}`).toBe(true);
    expected[code] = `${rule} It has ${has} Missing: ${missing}`;
  }
  return expected;
}

function criterionError(page: Page, code: string) {
  return page.locator(`[id="met-error-${code}"]`);
}

/** The record as the learner reads it, less the minute it was generated. */
async function recordText(page: Page): Promise<string> {
  await page.goto('/record');
  return (await page.locator('main').innerText()).replace(/Record generated\n[^\n]*/, 'Record generated');
}

/** Nothing signed: the attempt waits in the assessor's queue, the learner sees no decision and the record reads as before. */
async function expectNothingSigned(assessorPage: Page, learnerPage: Page, submissionId: string, learnerName: string, recordBefore: string) {
  await assessorPage.goto('/assess');
  await expect(assessorPage.getByText('Awaiting assessment: 1')).toBeVisible();
  await expect(assessorPage.getByRole('link', { name: `${learnerName}, attempt 1` })).toHaveAttribute('href', `/assess/${submissionId}`);
  await learnerPage.goto(`/assessment/${submissionId}`);
  await expect(learnerPage.getByText('Status: Submitted, waiting for the assessor')).toBeVisible();
  await expect(learnerPage.getByRole('heading', { name: /Your assessor's decision/ })).toHaveCount(0);
  expect(await recordText(learnerPage)).toBe(recordBefore);
}

test('Competent on the summative alone is refused, naming every criterion whose rule is unmet and what it lacks, in the form and in a direct post of its action, and nothing is signed; with workplace testimony in the portfolio the same judgement is signed and the record shows the evidence per criterion', async ({ browser }) => {
  test.setTimeout(240_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Nandi Mahlangu'), 'MICT/ASS/2025/0420');
  const learner = await readyLearner(browser, 'Bongani Khoza');
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);
  const recordBefore = await recordText(learner.page);
  expect(recordBefore).toContain('Record generated');
  await expect(learner.page.getByText('NOT FINAL', { exact: true })).toBeVisible();

  // The assessor judges every criterion met and signs Competent: refused, each unmet rule named at its criterion.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, assessor);
  const matrixName = `Evidence for ${learner.account.fullName}, attempt 1`;
  await page.goto(`/assess/${submissionId}`);
  const refusals = await expectedRefusals(page, matrixName);
  await tryToSign(page, submissionId, assessor.password);
  await expect(page.getByText(REFUSED)).toBeVisible();
  for (const [code, refusal] of Object.entries(refusals)) await expect(criterionError(page, code), code).toHaveText(refusal);
  for (const code of UNMET) await expect(criterionError(page, code), code).toContainText(`${code} (`);
  for (const code of TICKET_CRITERIA) await expect(criterionError(page, code), code).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign: Competent' })).toBeVisible();
  await expectNothingSigned(page, learner.page, submissionId, learner.account.fullName, recordBefore);

  // The same judgement posted straight to the signing action, as a browser without the page's script would: refused alike.
  const met = Object.fromEntries([...UNMET, ...TICKET_CRITERIA].flatMap((code) => [[`met:${code}`, 'met'], [`comment:${code}`, `Shown clearly for ${code}.`]]));
  const data = await formPost(page, `/assess/${submissionId}`, 'Sign: ', { ...met, feedback: '', password: assessor.password });
  const posted = await page.request.post(`/assess/${submissionId}`, { multipart: data, headers: { Origin: new URL(page.url()).origin } });
  expect(posted.status()).toBe(200);
  const answer = unescapeHtml(await posted.text());
  expect(answer).toContain(REFUSED);
  for (const refusal of Object.values(refusals)) expect(answer).toContain(refusal);
  expect(posted.url()).not.toContain('signed=');
  await expectNothingSigned(page, learner.page, submissionId, learner.account.fullName, recordBefore);

  // The learner's workplace supervisor testifies twice (by phone and in person), and the assessor reloads: every rule is met.
  await givePortfolio(browser, learner.page);
  await page.goto(`/assess/${submissionId}`);
  const matrix = page.getByRole('table', { name: matrixName });
  await expect(matrix.getByRole('columnheader', { name: 'Witness testimony' })).toBeVisible();
  await expect(page.getByText('Every criterion shown meets its sufficiency rule.')).toBeVisible();
  for (const code of [...UNMET, ...TICKET_CRITERIA]) {
    const row = matrixRow(page, matrixName, code);
    await expect(row, code).toContainText('Rule met');
    await expect(row, code).not.toContainText('Rule not met');
  }
  await expect(page.getByRole('group', { name: /^AC1\.3 / })).not.toContainText('cannot be signed as met');
  await judgeAndSign(page, submissionId, assessor.password);
  await expect(page.getByText('Signed Competent.')).toBeVisible();

  // The learner's record: the decision, and under each criterion the evidence the signature sealed.
  await learner.page.goto(`/assessment/${submissionId}`);
  await expect(learner.page.getByRole('heading', { name: "Your assessor's decision: Competent" })).toBeVisible();
  await learner.page.goto('/record');
  const evidence = learner.page.getByRole('region', { name: 'Evidence per criterion' });
  const testimony = `Witness testimony: Testimony of ${SUPERVISOR.name}, ${SUPERVISOR.role}, `;
  for (const code of [...UNMET, ...TICKET_CRITERIA]) {
    const item = evidence.getByRole('listitem').filter({ has: learner.page.getByRole('heading', { name: new RegExp(`^${code.replace('.', '\\.')} `) }) });
    await expect(item, code).toContainText('Rule met');
    await expect(item, code).not.toContainText('Rule not met');
    await expect(item, code).toContainText(testimony);
    await expect(item, code).toContainText('Knowledge test');
  }
  const ac13 = evidence.getByRole('listitem').filter({ has: learner.page.getByRole('heading', { name: /^AC1\.3 / }) });
  expect(((await ac13.innerText()).match(/Witness testimony: /g) ?? []).length).toBe(2);
  await context.close();
  await learner.close();
});
