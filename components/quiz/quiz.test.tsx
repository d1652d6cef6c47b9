import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { AnswerKey } from '@/components/quiz/answer-key';
import { FeedbackPanel } from '@/components/quiz/feedback-panel';
import { OrderingInput } from '@/components/quiz/ordering-input';
import { Quiz } from '@/components/quiz/quiz';
import { sampleQuestion, sampleQuiz } from '@/components/quiz/sample-quiz';
import { ScenarioReview } from '@/components/quiz/scenario-review';
import { ScenarioRunner } from '@/components/quiz/scenario-runner';

const html = renderToStaticMarkup(<Quiz quiz={sampleQuiz} />);

function count(pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

/** The text of the <label for="…"> naming the element with this id. */
function labelFor(markup: string, id: string): string | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<label[^>]*for="${escaped}"[^>]*>([^<]*)</label>`).exec(markup)?.[1] ?? null;
}

test('each question is a fieldset whose legend numbers it and holds the prompt', () => {
  // One per question, and one more inside the date-time question grouping its date, hour and minute.
  expect(count(/<fieldset/g)).toBe(10);
  expect(count(/<legend/g)).toBe(10);
  expect(count(/<legend[^>]*>.*?Question \d of 9/g)).toBe(9);
  expect(html).toContain('Question 2 of 9');
  expect(html).toMatch(/<legend[^>]*>.*Question 1 of 9.*What does the response time in an SLA measure\?.*<\/legend>/);
});

test('every question but the conversation has its own Check answer button', () => {
  expect(count(/<button type="submit"[^>]*>Check answer<\/button>/g)).toBe(8);
});

test('the quiz is a section named by its title', () => {
  expect(html).toMatch(/^<section aria-labelledby="([^"]+)"[^>]*><div><h2 id="\1"/);
  expect(html).toContain('Check your understanding');
});

test('choices are labelled radios and checkboxes, with the multiple-response hint', () => {
  expect(count(/type="radio"/g)).toBe(4);
  expect(count(/type="checkbox"/g)).toBe(3);
  expect(html).toContain('Choose all that apply.');
  expect(html).toMatch(/<label[^>]*><input type="radio"[^>]*\/><span>How soon the desk acknowledges the call<\/span><\/label>/);
});

test('each matching statement labels its own list, which starts empty', () => {
  const ids = [...html.matchAll(/<select id="([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(ids.map((id) => labelFor(html, id))).toEqual(['Your DNS cache is corrupt.', 'We need to reimage the device.']);
  expect(count(/<option value="" selected="">Choose…<\/option>/g)).toBe(2);
});

test('the number field shows its unit and takes decimals', () => {
  const id = /<input id="([^"]+)" type="number"/.exec(html)?.[1] ?? '';
  expect(labelFor(html, id)).toBe('Your answer');
  expect(html).toMatch(/type="number" inputMode="decimal"/);
  expect(html).toMatch(/<span id="[^"]+"[^>]*>hours<\/span>/);
});

test('the date-time field is labelled and described as South African time', () => {
  expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Date and time<\/legend>/);
  const match = /<input id="([^"]+)" type="text"[^>]*aria-describedby="([^"]+)"/.exec(html);
  expect(labelFor(html, match?.[1] ?? '')).toBe('Date');
  expect(html).toContain(`<p id="${match?.[2]}" class="text-sm text-slate-700">24-hour time, South African time (SAST). Date as YYYY-MM-DD, for example 2026-03-04.</p>`);
  expect(html).not.toContain('datetime-local');
});

test('the written answer has a labelled box, its limits and a word count', () => {
  const id = /<textarea id="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(labelFor(html, id)).toBe('Your answer');
  expect(html).toContain('Write 20 to 120 words.');
  expect(html).toContain('0 words');
});

test('ordering buttons name the item they move', () => {
  expect(count(/aria-label="Move up: [^"]+"/g)).toBe(3);
  expect(count(/aria-label="Move down: [^"]+"/g)).toBe(3);
  expect(html).toContain('aria-label="Move up: Listen"');
});

test('the conversation starts at its first node with its choices as buttons', () => {
  expect(html).toContain('This is the third time this week!');
  expect(html).toMatch(/<button type="button"[^>]*>I am sorry; that is frustrating.<\/button>/);
});

test('before the saved answers load, the score shows nothing answered and no reset', () => {
  expect(html).toContain('You have answered 0 of 8; 0 correct.');
  expect(html).toContain('Written answers (not scored): 0 of 1 done.');
  expect(html).not.toContain('Reset this knowledge check');
});

test('the first and last ordering buttons stay focusable but say they are unavailable', () => {
  const markup = renderToStaticMarkup(
    <OrderingInput items={[{ id: 'a', text: 'First' }, { id: 'b', text: 'Second' }]} value={['b', 'a']} onChange={() => {}} disabled={false} />,
  );
  expect(markup).toMatch(/aria-disabled="true" aria-label="Move up: Second"/);
  expect(markup).toMatch(/aria-disabled="true" aria-label="Move down: First"/);
  expect(markup).not.toContain('disabled=""');
});

test('a conversation in progress reads as a transcript above the current point', () => {
  const question = sampleQuestion('scenario');
  const markup = renderToStaticMarkup(
    <ScenarioRunner start={question.start} nodes={question.nodes} value={['sorry']} onChange={() => {}} disabled={false} />,
  );
  expect(markup).toContain('aria-label="The conversation so far"');
  expect(markup).toContain('<span class="font-semibold">You: </span>I am sorry; that is frustrating.');
  expect(markup).toContain('Thabo calms down a little.');
  expect(markup).toContain('I will call you back by 11:00.');
});

test('the end of a conversation lists the criteria met and missed in words', () => {
  const markup = renderToStaticMarkup(<ScenarioReview question={sampleQuestion('scenario')} path={['policy']} />);
  expect(markup).toContain('Missed: </span>Shows empathy');
  expect(markup).toContain('Missed: </span>Agrees a next step');
});

test('feedback leads with a focusable heading that states the result in words', () => {
  const markup = renderToStaticMarkup(
    <FeedbackPanel result={{ score: 0.5, correct: false, status: 'marked', feedback: ['One line', 'One line'] }} lines={['One line', 'One line']} attempts={2} headingRef={null} />,
  );
  expect(markup).toMatch(/<h3 tabindex="-1"[^>]*><span aria-hidden="true">◐<\/span>Partly correct \(50%\)<\/h3>/i);
  expect(markup).toContain('Attempt 2');
  expect([...markup.matchAll(/One line/g)]).toHaveLength(1);
});

test('the answer key explains every option of a question', () => {
  const markup = renderToStaticMarkup(<AnswerKey question={sampleQuestion('single')} />);
  expect(markup).toContain('Correct: How soon the desk acknowledges the call');
  expect(markup).toContain('Not correct: How soon the service is restored');
  expect(markup).toContain('Not quite: that is the resolution time.');
});

test('the answer key renders for every type', () => {
  for (const question of sampleQuiz.questions) {
    expect(renderToStaticMarkup(<AnswerKey question={question} />), question.type).toContain('The correct answer');
  }
  expect(renderToStaticMarkup(<AnswerKey question={sampleQuestion('datetime')} />)).toContain('Tuesday 28 April 2026 at 11:00 (SAST)');
  expect(renderToStaticMarkup(<AnswerKey question={sampleQuestion('written')} />)).toContain('What a good answer includes');
});

test('a check beside a section asks only its questions, numbered among themselves, with no score of its own', async () => {
  const { SectionCheck } = await import('@/components/quiz/section-check');
  const placed = { ...sampleQuiz, questions: sampleQuiz.questions.slice(0, 2) };
  const markup = renderToStaticMarkup(<SectionCheck quiz={placed} />);
  expect(markup).toContain('<h3 class="text-lg font-bold text-slate-900">Check this section</h3>');
  expect([...markup.matchAll(/Question \d of 2/g)]).toHaveLength(2);
  expect(markup).not.toContain('Your score');
});

test('the knowledge check at the end asks what was not placed beside a section and says its score takes those in', () => {
  const [first, second, ...rest] = sampleQuiz.questions;
  const elsewhere = [first, second].map((question) => ({ id: question?.id ?? '', type: question?.type ?? 'single' }));
  const markup = renderToStaticMarkup(<Quiz quiz={{ ...sampleQuiz, questions: rest }} elsewhere={elsewhere} />);
  expect(markup).toContain(`Question 1 of ${rest.length}`);
  expect(markup).toContain('The score takes in the 2 questions checked beside the sections above.');
  // The score counts every scored question of the check, the two placed beside sections included.
  expect(markup).toContain(`You have answered 0 of ${sampleQuiz.questions.filter((question) => question.type !== 'written').length};`);
});

test('a check of one question does not number it', async () => {
  const { SectionCheck } = await import('@/components/quiz/section-check');
  const markup = renderToStaticMarkup(<SectionCheck quiz={{ ...sampleQuiz, questions: sampleQuiz.questions.slice(0, 1) }} />);
  expect(markup).not.toContain('Question 1 of 1');
  expect(markup).toContain('Practice question: they count in the score');
});
