import { expect, test } from '@playwright/test';
import { dateTimeGroup, fillDateTime } from './support/date-time';
import { bestScenarioPath, lessonQuestions, questionForm, questionOfType } from './support/quiz-data';
import { islandsReady } from './support/islands';

const SLA_LESSON = '03-priorities-and-the-sla-clock';

test('single, multiple, matching, numeric and date-time questions are answered by mouse with instant feedback', async ({ page }) => {
  await page.goto(`/lessons/${SLA_LESSON}`);
  await islandsReady(page);

  const single = questionOfType(SLA_LESSON, 'single');
  const singleForm = questionForm(page, single);
  await singleForm.getByLabel(single.options.find((o) => o.id === single.answer)?.text ?? '', { exact: true }).check();
  await singleForm.getByRole('button', { name: 'Check answer' }).click();
  await expect(singleForm.getByRole('heading', { name: 'Correct' })).toBeFocused();

  const multiple = questionOfType(SLA_LESSON, 'multiple');
  const multipleForm = questionForm(page, multiple);
  for (const id of multiple.answers) {
    await multipleForm.getByLabel(multiple.options.find((o) => o.id === id)?.text ?? '', { exact: true }).check();
  }
  await multipleForm.getByRole('button', { name: 'Check answer' }).click();
  await expect(multipleForm.getByRole('heading', { name: 'Correct' })).toBeVisible();

  const matching = questionOfType(SLA_LESSON, 'matching');
  const matchingForm = questionForm(page, matching);
  for (const pair of matching.pairs) {
    const choice = matching.choices.find((c) => c.id === pair.match);
    await matchingForm.getByLabel(pair.text, { exact: true }).selectOption({ label: choice?.text ?? '' });
  }
  await matchingForm.getByRole('button', { name: 'Check answer' }).click();
  await expect(matchingForm.getByRole('heading', { name: 'Correct' })).toBeVisible();

  const numeric = questionOfType(SLA_LESSON, 'numeric');
  const numericForm = questionForm(page, numeric);
  await numericForm.getByRole('spinbutton').fill(String(numeric.answer));
  await numericForm.getByRole('button', { name: 'Check answer' }).click();
  await expect(numericForm.getByRole('heading', { name: 'Correct' })).toBeVisible();

  const datetime = questionOfType(SLA_LESSON, 'datetime');
  const datetimeForm = questionForm(page, datetime);
  await fillDateTime(dateTimeGroup(datetimeForm, 'Date and time'), datetime.answer);
  await datetimeForm.getByRole('button', { name: 'Check answer' }).click();
  await expect(datetimeForm.getByRole('heading', { name: 'Correct' })).toBeVisible();

  await expect(page.getByText(/You have answered 5 of \d+; 5 correct/)).toBeVisible();
  await page.reload();
  await islandsReady(page);
  await expect(questionForm(page, datetime).getByRole('heading', { name: 'Correct' })).toBeVisible();
  await expect(page.getByText(/You have answered 5 of \d+; 5 correct/)).toBeVisible();
});

test('a wrong answer explains why, can be retried, and the correct answer can be shown', async ({ page }) => {
  await page.goto(`/lessons/${SLA_LESSON}`);
  await islandsReady(page);
  const single = questionOfType(SLA_LESSON, 'single');
  const wrong = single.options.find((o) => o.id !== single.answer);
  const form = questionForm(page, single);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByText('Choose an answer before checking', { exact: false })).toBeVisible();
  await form.getByLabel(wrong?.text ?? '', { exact: true }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: 'Not quite' })).toBeVisible();
  await expect(form.getByText(wrong?.feedback ?? '')).toBeVisible();
  await form.getByRole('button', { name: 'Show the correct answer' }).click();
  await expect(form.getByText(single.options.find((o) => o.id === single.answer)?.feedback ?? '').first()).toBeVisible();
  await form.getByRole('button', { name: /Try again/ }).click();
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

test('ordering and true/false questions work by keyboard alone', async ({ page }) => {
  const lesson = '01-welcome-and-assessment';
  await page.goto(`/lessons/${lesson}`);
  await islandsReady(page);
  const ordering = questionOfType(lesson, 'ordering');
  const form = questionForm(page, ordering);
  // Put each item in place from the top, moving it up with the keyboard.
  for (const [target, item] of ordering.items.entries()) {
    const texts = await form.getByRole('listitem').allInnerTexts();
    let position = texts.findIndex((text) => text.includes(item.text));
    const up = form.getByRole('button', { name: `Move up: ${item.text}`, exact: true });
    await up.focus();
    while (position > target) {
      await page.keyboard.press('Enter');
      position -= 1;
    }
  }
  await form.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByRole('heading', { name: 'Correct' })).toBeFocused();

  const truefalse = questionOfType(lesson, 'truefalse');
  const tfForm = questionForm(page, truefalse);
  await tfForm.getByRole('radio').first().focus();
  await page.keyboard.press(truefalse.answer ? 'Space' : 'ArrowDown');
  if (!truefalse.answer) await expect(tfForm.getByRole('radio', { name: 'False' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(tfForm.getByRole('heading', { name: 'Correct' })).toBeVisible();
});

test('a written answer is saved and shows the model answer instead of a score', async ({ page }) => {
  const lesson = '05-escalating-problems';
  await page.goto(`/lessons/${lesson}`);
  await islandsReady(page);
  const written = questionOfType(lesson, 'written');
  const form = questionForm(page, written);
  const words = Array.from({ length: Math.max(written.minWords, 10) + 5 }, (_, i) => (i % 2 ? 'escalate' : 'facts')).join(' ');
  await form.getByRole('textbox').fill(words);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: /Answer saved/ })).toBeVisible();
  await expect(form.getByText(written.markingGuide[0] ?? '')).toBeVisible();
});

test('the complaint scenario is played by keyboard and scored against the six steps', async ({ page }) => {
  const lesson = '08-handling-complaints';
  await page.goto(`/lessons/${lesson}`);
  await islandsReady(page);
  const scenario = questionOfType(lesson, 'scenario');
  const form = questionForm(page, scenario);
  for (const choice of bestScenarioPath(scenario)) {
    await form.getByRole('button', { name: choice.text, exact: true }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(form.getByRole('heading', { name: 'Correct' })).toBeVisible();
  for (const criterion of scenario.criteria) await expect(form.getByText(criterion.label).first()).toBeVisible();
});

test('a scenario path that skips a step names the step missed', async ({ page }) => {
  const lesson = '08-handling-complaints';
  await page.goto(`/lessons/${lesson}`);
  await islandsReady(page);
  const scenario = questionOfType(lesson, 'scenario');
  const form = questionForm(page, scenario);
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  let node = nodes.get(scenario.start);
  const missedLabels: string[] = [];
  while (node && !node.ending) {
    const choice = node.choices.find((c) => c.misses.length > 0) ?? node.choices[0];
    if (!choice) break;
    for (const id of choice.misses) missedLabels.push(scenario.criteria.find((c) => c.id === id)?.label ?? id);
    await form.getByRole('button', { name: choice.text, exact: true }).click();
    node = nodes.get(choice.next);
  }
  expect(missedLabels.length).toBeGreaterThan(0);
  await expect(form.getByRole('heading', { name: /Partly correct|Not quite/ })).toBeVisible();
  for (const label of missedLabels) {
    await expect(form.getByRole('listitem').filter({ hasText: 'Missed:' }).filter({ hasText: label })).toBeVisible();
  }
});

test('a question asked right after the section it tests counts in the score at the end, and resetting the check there clears it', async ({ page }) => {
  await page.goto(`/lessons/${SLA_LESSON}`);
  await islandsReady(page);
  const urgency = lessonQuestions(SLA_LESSON).find((question) => question.id === 'urgency-deadline');
  if (urgency?.type !== 'single') throw new Error('the SLA lesson asks urgency-deadline as a single choice');
  const form = questionForm(page, urgency);
  // It sits between the section on impact and urgency and the next one, not at the end of the lesson.
  const between = await form.evaluate((element) => {
    const headings = [...document.querySelectorAll('h2')];
    const after = headings.find((h) => h.textContent === 'Impact and urgency');
    const before = headings.find((h) => h.textContent === 'From impact and urgency to priority');
    return Boolean(after && before && after.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && element.compareDocumentPosition(before) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(between).toBe(true);
  await expect(page.getByRole('heading', { name: 'Check this section' }).first()).toBeVisible();

  await form.getByLabel(urgency.options.find((o) => o.id === urgency.answer)?.text ?? '', { exact: true }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: 'Correct' })).toBeFocused();
  const score = page.getByText(/You have answered \d+ of \d+; \d+ correct\./);
  await expect(score).toHaveText(/You have answered 1 of \d+; 1 correct\./);

  await page.getByRole('button', { name: 'Reset this knowledge check' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(score).toHaveText(/You have answered 0 of \d+; 0 correct\./);
  await expect(form.getByRole('heading', { name: 'Correct' })).toHaveCount(0);
  await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible();
});
