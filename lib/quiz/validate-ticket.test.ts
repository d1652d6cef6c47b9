import { expect, test } from 'vitest';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';
import { validateQuestion } from '@/lib/quiz/validate-quiz';

test('the sample ticket is sound', () => {
  expect(validateQuestion(ticketQuestion(), 'q')).toEqual([]);
});

test('a model entry that does not mention its own facts is refused, so an assessor never sees a "right answer" marked wrong', () => {
  const question = ticketQuestion();
  question.log.problem.answer = 'The scanners are broken.';
  expect(validateQuestion(question, 'q')).toEqual([
    { path: 'q › log › problem › answer', message: '"The scanners are broken." does not mention the error message, so the model entry would be marked wrong' },
  ]);
});

test('one due time without the other is refused', () => {
  const question = ticketQuestion();
  question.log.resolutionDue = undefined;
  expect(validateQuestion(question, 'q')).toEqual([{ path: 'q › log', message: 'ask for both due times (responseDue and resolutionDue) or for neither' }]);
});

test('a logging time before the call, and a due time not after logging, are refused', () => {
  const early = ticketQuestion();
  early.callAt = '2026-04-30T15:50';
  expect(validateQuestion(early, 'q')).toEqual([{ path: 'q › log › loggedAt › answer', message: 'is before the call came in (2026-04-30T15:50)' }]);
  const instant = ticketQuestion();
  instant.log.responseDue = { answer: '2026-04-30T15:40', toleranceMinutes: 0 };
  expect(validateQuestion(instant, 'q')).toEqual([
    { path: 'q › log › responseDue › answer', message: 'is not after the logging time (2026-04-30T15:40)' },
    { path: 'q › log › responseDue › answer', message: 'is 2026-04-30T15:40, but the SLA clock (P2 from 2026-04-30T15:40) gives 2026-04-30T16:40' },
  ]);
});

test('a due time the SLA clock does not give is refused, naming the time it does give', () => {
  const question = ticketQuestion();
  // Workers' Day (Friday 1 May) and the weekend were counted as working time.
  question.log.resolutionDue = { answer: '2026-05-01T15:40', toleranceMinutes: 5 };
  expect(validateQuestion(question, 'q')).toEqual([
    { path: 'q › log › resolutionDue › answer', message: 'is 2026-05-01T15:40, but the SLA clock (P2 from 2026-04-30T15:40) gives 2026-05-04T15:40' },
  ]);
});

test('repeated wordings, wordings without letters or digits, a one-sided call and inverted word limits are refused', () => {
  const question = ticketQuestion();
  question.log.contact.facts = [{ fact: 'the number', anyOf: ['082 555 0142', '082 555 0142', '--'] }];
  question.transcript = question.transcript.map((turn) => ({ ...turn, speaker: 'Tebogo Masondo' }));
  if (question.message) question.message = { ...question.message, minWords: 200, maxWords: 120 };
  expect(validateQuestion(question, 'q')).toEqual([
    { path: 'q › log › contact › facts[0] › anyOf', message: 'wording "082 555 0142" appears more than once' },
    { path: 'q › log › contact › facts[0] › anyOf', message: '"--" has no letters or digits, so it matches nothing' },
    { path: 'q › transcript', message: 'a call needs at least two speakers' },
    { path: 'q › message › minWords', message: '200 is more than maxWords (120)' },
  ]);
});

test('a model message outside the word limits given to the learner is refused', () => {
  const question = ticketQuestion();
  if (question.message) question.message = { ...question.message, minWords: 40 };
  expect(validateQuestion(question, 'q')).toEqual([
    { path: 'q › message › modelAnswer', message: 'has 27 words, outside the limits the learner is given (40 to 120)' },
  ]);
});
