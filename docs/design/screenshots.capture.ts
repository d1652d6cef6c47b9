import path from 'node:path';
import { test, type Page } from '@playwright/test';
// Next's own image library, already installed with it.
import sharp from 'sharp';
import { assignAssessor, createUser, signIn, uniqueAccount } from '../../e2e/support/accounts';
import { judgeAndSign, readyLearner, submitAttempt } from '../../e2e/support/learner-flow';
import { givePortfolio } from '../../e2e/support/witness';

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;
// SHOTS=before writes the pictures of the product as it was into before/.
const here = path.join(path.dirname(new URL(import.meta.url).pathname), process.env.SHOTS ?? 'after');

/** One screenful of the page in each theme and width, saved as a small palette PNG. */
async function capture(page: Page, name: string, scrollTo?: string): Promise<void> {
  for (const [width, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.waitForLoadState('networkidle');
      if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      const file = path.join(here, `${name}-${colorScheme}-${width}.png`);
      // 64 colours is plenty for flat UI and keeps each picture a few tens of kilobytes.
      await sharp(await page.screenshot()).png({ palette: true, colours: 64, compressionLevel: 9 }).toFile(file);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('screenshots of the key pages, light and dark, desktop and phone', async ({ browser }) => {
  test.setTimeout(300_000);
  const assessor = await createUser(browser, uniqueAccount('assessor', 'Nandi Khoza'), 'MICT/ASS/0117');
  const learner = await readyLearner(browser, 'Lerato Mokoena');
  await givePortfolio(browser, learner.page);
  await assignAssessor(browser, learner.account, assessor);
  const submissionId = await submitAttempt(learner.page, learner.account);

  await learner.page.goto('/lessons/07-handling-conflict');
  await capture(learner.page, 'lesson');
  await capture(learner.page, 'lesson-diagram', 'figure svg:visible');
  await learner.page.goto('/lessons/03-priorities-and-the-sla-clock');
  await capture(learner.page, 'lesson-sla-tools', 'h2:has-text("explorer"), fieldset');
  await learner.page.goto('/learn');
  await capture(learner.page, 'learner-home');

  const assessorContext = await browser.newContext();
  const assessorPage = await assessorContext.newPage();
  await signIn(assessorPage, assessor);
  await assessorPage.goto(`/assess/${submissionId}`);
  await capture(assessorPage, 'assessor-review');
  await judgeAndSign(assessorPage, submissionId, assessor.password);

  await learner.page.goto('/record');
  await capture(learner.page, 'record');
  await assessorContext.close();
  await learner.close();
});
