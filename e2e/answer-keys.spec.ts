import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseBank } from '@/lib/quiz/parse-quiz-file';
import { completedLessons, ticketItem } from './support/assessment-data';
import { createUser, signIn, uniqueAccount } from './support/accounts';

/**
 * Every text in the summative banks that only an assessor may see: feedback, explanations, model
 * answers, marking guides, and a ticket's model log entries for the problem and business effect.
 */
function secretTexts(): string[] {
  const dir = path.resolve('content/assessment');
  const secrets: string[] = [];
  const add = (text: string) => secrets.push(text.slice(0, 60));
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yml') && file !== 'assessment.yml')) {
    const parsed = parseBank(readFileSync(path.join(dir, name), 'utf8'), name);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    for (const item of parsed.value.items) {
      if (item.type === 'single' || item.type === 'multiple') for (const option of item.options) add(option.feedback);
      if (item.type === 'truefalse') for (const text of [item.feedback.true, item.feedback.false]) add(text);
      if (item.type === 'ordering' || item.type === 'matching' || item.type === 'numeric' || item.type === 'datetime') add(item.explanation);
      if (item.type === 'written') for (const text of [item.modelAnswer, ...item.markingGuide]) add(text);
      if (item.type === 'scenario') for (const choice of item.nodes.flatMap((node) => node.choices)) add(choice.feedback);
      if (item.type === 'ticket') {
        for (const text of [item.explanation, item.log.problem.answer, item.log.businessEffect.answer]) add(text);
        if (item.message) for (const text of [item.message.modelAnswer, ...item.message.markingGuide]) add(text);
      }
    }
  }
  return [...new Set(secrets)].filter((text) => text.length >= 20);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const secrets = secretTexts();

test('no summative answer key, feedback or marking guide is in any file the browser can download', () => {
  expect(secrets.length).toBeGreaterThan(200);
  const leaks: string[] = [];
  for (const file of filesUnder(path.resolve('.next/static'))) {
    const text = readFileSync(file, 'utf8');
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${path.relative(process.cwd(), file)}: ${secret}`);
  }
  expect(leaks).toEqual([]);
});

test('the page showing a learner their summative questions carries no keys, feedback or marking guides', async ({ browser }) => {
  const learner = await createUser(browser, uniqueAccount('learner', 'Nandi Zulu'));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, learner);
  await page.request.put('/api/progress', { data: completedLessons() });
  await page.goto('/assessment');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain('data-item-key');
  // The simulated ticket is drawn in every attempt: its call is on the page, its log key is not.
  const ticketKey = /data-item-key="(tickets\/[a-z0-9-]+)"/.exec(html)?.[1] ?? '';
  expect(ticketKey).not.toBe('');
  const ticket = ticketItem(ticketKey);
  expect(html).toContain(ticket.callAt);
  for (const due of [ticket.log.responseDue?.answer, ticket.log.resolutionDue?.answer]) expect(html).not.toContain(due ?? 'a due time');
  const leaks = secrets.filter((secret) => html.includes(secret) || html.includes(JSON.stringify(secret).slice(1, -1)));
  expect(leaks).toEqual([]);
  for (const key of ['\\"answer\\":', '\\"answers\\":', '\\"feedback\\":', '\\"explanation\\":', '\\"modelAnswer\\":', '\\"markingGuide\\":', '\\"meets\\":', '\\"log\\":', '\\"facts\\":', '\\"anyOf\\":']) {
    expect(html, key).not.toContain(key);
  }
  await context.close();
});
