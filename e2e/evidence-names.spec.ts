import { expect, test } from '@playwright/test';
import { tinyPng } from '@/lib/evidence/testing/sample-files';
import { readyLearner } from './support/learner-flow';

test('a PNG named .pdf is refused with what it really is; a PNG without an extension is listed as .png', async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, close } = await readyLearner(browser, 'Bongani Zulu');
  await page.goto('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
  const submissionId = page.url().split('/').pop() ?? '';
  const png = Buffer.from(tinyPng());

  await page.getByLabel('Add a file').setInputFiles({ name: 'something.pdf', mimeType: 'application/pdf', buffer: png });
  await expect(page.getByText('"something.pdf" is a PNG image, not a PDF: rename it to .png or choose the right file.')).toBeVisible();
  await expect(page.getByText('No evidence files yet.')).toBeVisible();

  // The route refuses it too, whatever type the sender claims.
  const posted = await page.request.post(`/api/submissions/${submissionId}/evidence`, { multipart: { file: { name: 'something.pdf', mimeType: 'image/png', buffer: png } } });
  expect(posted.status()).toBe(400);
  expect(await posted.json()).toMatchObject({ error: '"something.pdf" is a PNG image, not a PDF: rename it to .png or choose the right file.', code: 'name-mismatch' });

  await page.getByLabel('Add a file').setInputFiles({ name: 'screenshot', mimeType: 'image/png', buffer: png });
  await expect(page.getByText('Uploaded "screenshot.png".')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'screenshot.png' })).toBeVisible();
  await expect(page.getByText('(PNG,')).toBeVisible();
  await expect(page.getByRole('link', { name: 'something.pdf' })).toHaveCount(0);
  await close();
});
