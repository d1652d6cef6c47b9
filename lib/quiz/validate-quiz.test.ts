import { expect, test } from 'vitest';
import type { QuizFile } from '@/lib/quiz/schema';
import {
  dateTimeQuestion,
  everyQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  singleQuestion,
  writtenQuestion,
} from '@/lib/quiz/test-questions';
import { validateBank, validateQuestion, validateQuizFile } from '@/lib/quiz/validate-quiz';

const at = 'quizzes[0] (sla-check) › questions[0]';

function fileOf(...questions: QuizFile['quizzes'][number]['questions']): QuizFile {
  return { quizzes: [{ id: 'sla-check', title: 'Check your understanding', questions }] };
}

test('a sound question of every type has no problems', () => {
  for (const question of everyQuestion()) expect(validateQuestion(question, 'q')).toEqual([]);
  expect(validateQuizFile(fileOf(...everyQuestion()))).toEqual([]);
});

test('single choice: an answer naming no option is reported at the answer, listing the options', () => {
  const question = { ...singleQuestion(), answer: 'reboot' };
  expect(validateQuizFile(fileOf(question))).toEqual([
    {
      path: `${at} (response-vs-resolution) › answer`,
      message: '"reboot" names no option (options: acknowledge, restore, close)',
    },
  ]);
});

test('single choice: a repeated option id is reported at the repeat, naming the first use', () => {
  const question = singleQuestion();
  question.options[2] = { id: 'restore', text: 'Something else', feedback: 'No.' };
  expect(validateQuestion(question, 'q')).toEqual([{ path: 'q › options[2] (restore) › id', message: 'duplicate option id "restore" (also options[1])' }]);
});

test('single choice: two options with the same text are reported', () => {
  const question = singleQuestion();
  question.options[2] = { id: 'other', text: ' time until the service works again', feedback: 'No.' };
  expect(validateQuestion(question, 'q')).toEqual([
    { path: 'q › options', message: 'option text " time until the service works again" appears more than once' },
  ]);
});

test('multiple response: answers naming no option and repeated answers are reported', () => {
  const question = { ...multipleQuestion(), answers: ['name', 'smile', 'name'] };
  expect(validateQuestion(question, 'q')).toEqual([
    { path: 'q › answers', message: '"smile" names no option (options: name, ticket, blame, promise)' },
    { path: 'q › answers', message: 'answer "name" appears more than once' },
  ]);
});

test('multiple response: every option being correct is reported', () => {
  const question = { ...multipleQuestion(), answers: ['name', 'ticket', 'blame', 'promise'] };
  expect(validateQuestion(question, 'q')).toEqual([{ path: 'q › answers', message: 'every option is correct; add at least one wrong option' }]);
});

test('ordering: repeated item ids and repeated item texts are reported', () => {
  const question = orderingQuestion();
  question.items[3] = { id: 'listen', text: 'Agree a solution' };
  question.items[4] = { id: 'wrap-up', text: 'LISTEN' };
  expect(validateQuestion(question, 'q')).toEqual([
    { path: 'q › items[3] (listen) › id', message: 'duplicate item id "listen" (also items[0])' },
    { path: 'q › items', message: 'item text "LISTEN" appears more than once' },
  ]);
});

test('matching: a pair whose match names no choice has no solution and is reported', () => {
  const question = matchingQuestion();
  question.pairs[1] = { id: 'printer-jam', text: 'One printer jammed in Pretoria', match: 'p5' };
  expect(validateQuestion(question, 'q')).toEqual([
    {
      path: 'q › pairs[1] (printer-jam) › match',
      message: '"p5" names no choice, so the pair has no right answer (choices: p1, p2, p3, p4)',
    },
  ]);
});

test('matching: repeated pair ids and choice ids are reported', () => {
  const question = matchingQuestion();
  question.pairs[2] = { id: 'payroll-down', text: 'Another', match: 'p4' };
  question.choices[3] = { id: 'p1', text: 'P4 low' };
  expect(validateQuestion(question, 'q').map((problem) => problem.path)).toEqual([
    'q › pairs[2] (payroll-down) › id',
    'q › choices[3] (p1) › id',
    'q › pairs[2] (payroll-down) › match',
  ]);
});

test('written: a minimum above the maximum word count is reported', () => {
  const question = { ...writtenQuestion(), minWords: 200, maxWords: 150 };
  expect(validateQuestion(question, 'q')).toEqual([{ path: 'q › minWords', message: '200 is more than maxWords (150)' }]);
});

test('a repeated AC code is reported for any question type', () => {
  const question = { ...writtenQuestion(), acs: ['AC3.2', 'AC3.2'] };
  expect(validateQuestion(question, 'q')).toEqual([{ path: 'q › acs', message: 'AC code "AC3.2" appears more than once' }]);
});

test('a quiz file with repeated quiz ids is reported at the second quiz', () => {
  const file: QuizFile = {
    quizzes: [
      { id: 'sla-check', title: 'One', questions: [singleQuestion()] },
      { id: 'sla-check', title: 'Two', questions: [multipleQuestion()] },
    ],
  };
  expect(validateQuizFile(file)).toEqual([{ path: 'quizzes[1] (sla-check) › id', message: 'duplicate quiz id "sla-check" (also quizzes[0])' }]);
});

test('a question id used twice in one file is reported, even across quizzes', () => {
  const file: QuizFile = {
    quizzes: [
      { id: 'first', title: 'One', questions: [singleQuestion()] },
      { id: 'second', title: 'Two', questions: [multipleQuestion(), { ...singleQuestion(), prompt: 'Again?' }] },
    ],
  };
  expect(validateQuizFile(file)).toEqual([
    {
      path: 'quizzes[1] (second) › questions[1] (response-vs-resolution) › id',
      message: 'duplicate question id "response-vs-resolution" (also quizzes[0] (first) › questions[0] (response-vs-resolution))',
    },
  ]);
});

test('a bank with repeated item ids is reported, and each item is checked', () => {
  const bank = {
    id: 'final',
    title: 'Final',
    draw: 1,
    items: [singleQuestion(), { ...multipleQuestion(), id: 'response-vs-resolution' }, { ...singleQuestion(), id: 'other', answer: 'x' }],
  };
  expect(validateBank(bank)).toEqual([
    { path: 'items[1] (response-vs-resolution) › id', message: 'duplicate item id "response-vs-resolution" (also items[0])' },
    { path: 'items[2] (other) › answer', message: '"x" names no option (options: acknowledge, restore, close)' },
  ]);
});

test('datetime: an answer that is not what its clock facts give is reported with the right moment', () => {
  const question = { ...dateTimeQuestion(), answer: '2026-04-27T10:30', clock: { logged: '2026-04-24T10:30', minutes: 480, pauses: [] } };
  expect(validateQuestion(question, 'q')).toEqual([{ path: 'q › answer', message: 'is 2026-04-27T10:30, but the clock (480 business minutes from 2026-04-24T10:30) gives 2026-04-28T10:30' }]);
  expect(validateQuestion({ ...question, answer: '2026-04-28T10:30' }, 'q')).toEqual([]);
});

test('datetime: a pause that ends before it starts, or starts before logging, is reported at the clock', () => {
  const clock = { logged: '2026-03-10T10:00', minutes: 480, pauses: [{ from: '2026-03-10T14:00', to: '2026-03-10T11:30' }] };
  expect(validateQuestion({ ...dateTimeQuestion(), clock }, 'q')).toEqual([{ path: 'q › clock', message: 'pauses[0] must end after it starts' }]);
  const early = { ...clock, pauses: [{ from: '2026-03-10T09:00', to: '2026-03-10T11:30' }] };
  expect(validateQuestion({ ...dateTimeQuestion(), clock: early }, 'q')).toEqual([{ path: 'q › clock', message: 'pauses[0] starts before the ticket was logged' }]);
});
