import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { CriterionAnswers } from '@/components/assessing/criterion-answers';
import type { AssessorItem } from '@/lib/assessing/read-for-assessor';

function item(number: number, acs: string[], prompt: string): AssessorItem {
  return {
    itemKey: `bank/q${number}`,
    number,
    partTitle: 'Knowledge',
    question: { id: `q${number}`, type: 'single', prompt, acs, options: [{ id: 'a', text: 'Ask what the user sees', feedback: 'Yes.' }, { id: 'b', text: 'Reboot it', feedback: 'Not first.' }], answer: 'a' },
    response: { type: 'single', optionId: 'a' },
    autoScore: 1,
    autoStatus: 'marked',
    acs,
  };
}

const ITEMS = new Map([
  [1, item(1, ['AC1.2'], 'What do you ask first?')],
  [2, item(2, ['AC1.1', 'AC1.2'], `A customer says the screen is broken. ${'Which of these responses keeps the language plain and suited to her? '.repeat(3)}`)],
]);

test('answers shown under the criterion are in full, a level below its heading; the others are links that name where they are', () => {
  const html = renderToStaticMarkup(<CriterionAnswers group={{ code: 'AC1.2', shown: [1], seeAlso: [{ number: 2, shownUnder: 'AC1.1' }] }} items={ITEMS} />);
  expect(html).toContain('<article id="q1"');
  expect(html).toContain('<h4 id="q1-title" class="mt-1 font-semibold">Question 1: ');
  expect(html).toContain('Ask what the user sees');
  expect(html).not.toContain('id="q2"');
  expect(html).toContain('Also bearing on this criterion');
  expect(html).toMatch(/<a href="#q2"[^>]*>See question 2<\/a> <span class="text-slate-700">\(shown under AC1\.1\): A customer says the screen is broken\. Which of these/);
  // The linked question is a short peek, not the whole prompt again.
  expect(html).toContain('…</span>');
  expect(html).not.toContain('suited to her? Which of these responses keeps the language plain and suited to her? Which');
});

test('a criterion with only links, or with nothing in this attempt, says so', () => {
  const linksOnly = renderToStaticMarkup(<CriterionAnswers group={{ code: 'AC1.1', shown: [], seeAlso: [{ number: 2, shownUnder: 'AC1.2' }] }} items={ITEMS} />);
  expect(linksOnly).toContain('Answers bearing on this criterion');
  expect(linksOnly).not.toContain('<article');
  const none = renderToStaticMarkup(<CriterionAnswers group={{ code: 'AC3.3', shown: [], seeAlso: [] }} items={ITEMS} />);
  expect(none).toContain('No answer in this attempt bears on this criterion');
});
