import { expect, test } from 'vitest';
import { markItem } from '@/lib/quiz/mark';
import { MarkingError } from '@/lib/quiz/mark-types';
import type { QuizResponse } from '@/lib/quiz/response';
import {
  dateTimeQuestion,
  everyQuestion,
  multipleQuestion,
  numericQuestion,
  singleQuestion,
  trueFalseQuestion,
  writtenQuestion,
} from '@/lib/quiz/test-questions';

test('single choice: the right option scores 1 with its feedback', () => {
  expect(markItem(singleQuestion(), { type: 'single', optionId: 'acknowledge' })).toEqual({
    score: 1,
    correct: true,
    status: 'marked',
    feedback: ['Correct: response is the first contact.'],
  });
});

test('single choice: a wrong option scores 0 and explains that option', () => {
  expect(markItem(singleQuestion(), { type: 'single', optionId: 'restore' })).toEqual({
    score: 0,
    correct: false,
    status: 'marked',
    feedback: ['Not quite: that is the resolution time.'],
  });
});

test('single choice: an unknown option id is a marking error, not a zero', () => {
  expect(() => markItem(singleQuestion(), { type: 'single', optionId: 'reboot' })).toThrow(MarkingError);
  expect(() => markItem(singleQuestion(), { type: 'single', optionId: 'reboot' })).toThrow(
    'Question "response-vs-resolution": "reboot" is not one of its options',
  );
});

test('multiple response: all correct and nothing wrong scores 1', () => {
  const result = markItem(multipleQuestion(), { type: 'multiple', optionIds: ['ticket', 'name'] });
  expect(result.score).toBe(1);
  expect(result.correct).toBe(true);
});

test('multiple response: one of two correct options scores 0.5 and names the one left out', () => {
  const result = markItem(multipleQuestion(), { type: 'multiple', optionIds: ['name'] });
  expect(result.score).toBe(0.5);
  expect(result.correct).toBe(false);
  expect(result.feedback).toEqual([
    'You chose "Your name". Right: the caller knows who is helping.',
    'You did not choose "An offer to log a ticket". Right: the call is recorded.',
  ]);
});

test('multiple response: each wrong option chosen cancels one correct option', () => {
  expect(markItem(multipleQuestion(), { type: 'multiple', optionIds: ['name', 'ticket', 'blame'] }).score).toBe(0.5);
});

test('multiple response: choosing every option earns nothing', () => {
  const result = markItem(multipleQuestion(), { type: 'multiple', optionIds: ['name', 'ticket', 'blame', 'promise'] });
  expect(result.score).toBe(0);
  expect(result.feedback).toHaveLength(4);
});

test('multiple response: more wrong than right is floored at 0, not negative', () => {
  expect(markItem(multipleQuestion(), { type: 'multiple', optionIds: ['name', 'blame', 'promise'] }).score).toBe(0);
  expect(markItem(multipleQuestion(), { type: 'multiple', optionIds: ['blame'] }).score).toBe(0);
});

test('multiple response: choosing nothing scores 0 and lists the correct options', () => {
  const result = markItem(multipleQuestion(), { type: 'multiple', optionIds: [] });
  expect(result.score).toBe(0);
  expect(result.feedback).toHaveLength(2);
});

test('multiple response: an unknown or repeated option id is a marking error', () => {
  expect(() => markItem(multipleQuestion(), { type: 'multiple', optionIds: ['name', 'smile'] })).toThrow('"smile" is not one of its options');
  expect(() => markItem(multipleQuestion(), { type: 'multiple', optionIds: ['name', 'name'] })).toThrow(
    'option "name" is chosen more than once',
  );
});

test('true/false: the right value scores 1 and shows the feedback for the value chosen', () => {
  expect(markItem(trueFalseQuestion(), { type: 'truefalse', value: false })).toEqual({
    score: 1,
    correct: true,
    status: 'marked',
    feedback: ['Correct: the clock pauses while you wait.'],
  });
  expect(markItem(trueFalseQuestion(), { type: 'truefalse', value: true })).toEqual({
    score: 0,
    correct: false,
    status: 'marked',
    feedback: ['Not quite: most SLAs pause the clock.'],
  });
});

test('numeric: an answer within the tolerance scores 1, at the edge included', () => {
  for (const value of [16, 15.5, 16.5, 16.2]) {
    expect(markItem(numericQuestion(), { type: 'numeric', value }).score).toBe(1);
  }
});

test('numeric: an answer outside the tolerance scores 0 and states the answer and range', () => {
  const result = markItem(numericQuestion(), { type: 'numeric', value: 16.6 });
  expect(result.score).toBe(0);
  expect(result.feedback).toEqual([
    'The answer is 16 hours (anything from 15.5 to 16.5 hours counts).',
    'A P3 ticket is resolved within two business days of eight hours.',
  ]);
});

test('numeric: with no tolerance a floating-point rounding error still counts as exact', () => {
  const question = { ...numericQuestion(), answer: 0.3, tolerance: 0, unit: undefined };
  expect(markItem(question, { type: 'numeric', value: 0.1 + 0.2 }).score).toBe(1);
  const wrong = markItem(question, { type: 'numeric', value: 0.31 });
  expect(wrong.score).toBe(0);
  expect(wrong.feedback[0]).toBe('The answer is 0.3.');
});

test('date-time: within toleranceMinutes either side scores 1', () => {
  for (const value of ['2026-03-04T09:30', '2026-03-04T09:25', '2026-03-04T09:35']) {
    expect(markItem(dateTimeQuestion(), { type: 'datetime', value }).score).toBe(1);
  }
});

test('date-time: outside the tolerance scores 0 and shows the due time as a ticket would', () => {
  const result = markItem(dateTimeQuestion(), { type: 'datetime', value: '2026-03-04T09:36' });
  expect(result.score).toBe(0);
  expect(result.feedback[0]).toBe('The answer is 2026-03-04 09:30 (anything within 5 minutes counts).');
});

test('date-time: compares across midnight and month ends as wall-clock minutes', () => {
  const question = { ...dateTimeQuestion(), answer: '2026-03-01T00:02', toleranceMinutes: 5 };
  expect(markItem(question, { type: 'datetime', value: '2026-02-28T23:58' }).score).toBe(1);
  expect(markItem(question, { type: 'datetime', value: '2026-02-28T23:56' }).score).toBe(0);
  expect(markItem(question, { type: 'datetime', value: '2026-03-02T00:02' }).score).toBe(0);
});

test('date-time: a date that does not exist is a marking error', () => {
  expect(() => markItem(dateTimeQuestion(), { type: 'datetime', value: '2026-02-30T09:30' })).toThrow(
    '"2026-02-30T09:30" is not a real date-time',
  );
});

test('written: no automatic score, handed to an assessor with no automatic feedback', () => {
  expect(markItem(writtenQuestion(), { type: 'written', text: 'I would escalate when the SLA target is at risk.' })).toEqual({
    score: 0,
    correct: false,
    status: 'needs-assessor',
    feedback: [],
  });
});

test('a response of another type is a marking error for every question type', () => {
  const wrongType: QuizResponse = { type: 'written', text: 'hello' };
  for (const question of everyQuestion()) {
    const response: QuizResponse = question.type === 'written' ? { type: 'single', optionId: 'x' } : wrongType;
    expect(() => markItem(question, response)).toThrow(
      new MarkingError(question.id, `expected a ${question.type} answer, got a ${response.type} answer`),
    );
  }
});

test('a marking error names the question and keeps its id', () => {
  try {
    markItem(singleQuestion(), { type: 'truefalse', value: true });
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(MarkingError);
    if (error instanceof MarkingError) {
      expect(error.questionId).toBe('response-vs-resolution');
      expect(error.name).toBe('MarkingError');
    }
  }
});

test('numeric: a value that is not a finite number is a marking error, not a zero', () => {
  expect(() => markItem(numericQuestion(), { type: 'numeric', value: Number.NaN })).toThrow('NaN is not a number that can be marked');
  expect(() => markItem(numericQuestion(), { type: 'numeric', value: Number.POSITIVE_INFINITY })).toThrow(MarkingError);
});
