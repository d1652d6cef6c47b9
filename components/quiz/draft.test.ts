import { expect, test } from 'vitest';
import { draftFromResponse, emptyDraft, missingAnswerMessage, responseFromDraft } from '@/components/quiz/draft';
import { formativeView } from '@/components/quiz/formative-view';
import { sampleQuestion, sampleQuiz } from '@/components/quiz/sample-quiz';

const view = (type: Parameters<typeof sampleQuestion>[0]) => formativeView(sampleQuestion(type));

test('an empty draft is unfinished for every type except ordering', () => {
  for (const question of sampleQuiz.questions) {
    const shown = formativeView(question);
    const response = responseFromDraft(shown, emptyDraft(shown));
    if (question.type === 'ordering') expect(response).toEqual({ type: 'ordering', order: shown.type === 'ordering' ? shown.items.map((item) => item.id) : [] });
    else expect(response, question.type).toBeNull();
  }
});

test('a chosen option becomes a single response; an unknown option does not', () => {
  expect(responseFromDraft(view('single'), { type: 'single', optionId: 'restore' })).toEqual({ type: 'single', optionId: 'restore' });
  expect(responseFromDraft(view('single'), { type: 'single', optionId: 'made-up' })).toBeNull();
});

test('a multiple response needs at least one option', () => {
  expect(responseFromDraft(view('multiple'), { type: 'multiple', optionIds: [] })).toBeNull();
  expect(responseFromDraft(view('multiple'), { type: 'multiple', optionIds: ['update'] })).toEqual({ type: 'multiple', optionIds: ['update'] });
});

test('false is an answer to a true/false question, unlike no choice', () => {
  expect(responseFromDraft(view('truefalse'), { type: 'truefalse', value: false })).toEqual({ type: 'truefalse', value: false });
  expect(responseFromDraft(view('truefalse'), { type: 'truefalse', value: null })).toBeNull();
});

test('matching is finished only when every pair has a choice', () => {
  const shown = view('matching');
  expect(responseFromDraft(shown, { type: 'matching', matches: { dns: 'address-list' } })).toBeNull();
  expect(responseFromDraft(shown, { type: 'matching', matches: { dns: 'address-list', reimage: '' } })).toBeNull();
  expect(responseFromDraft(shown, { type: 'matching', matches: { dns: 'address-list', reimage: 'new-laptop' } })).toEqual({
    type: 'matching',
    matches: { dns: 'address-list', reimage: 'new-laptop' },
  });
});

test('a number is read from the field text, blank or not a number is unfinished', () => {
  expect(responseFromDraft(view('numeric'), { type: 'numeric', text: ' 2.5 ' })).toEqual({ type: 'numeric', value: 2.5 });
  expect(responseFromDraft(view('numeric'), { type: 'numeric', text: '' })).toBeNull();
  expect(responseFromDraft(view('numeric'), { type: 'numeric', text: 'three' })).toBeNull();
});

test('a date-time is kept to the minute and must be a real date', () => {
  expect(responseFromDraft(view('datetime'), { type: 'datetime', value: '2026-04-28T11:00:00' })).toEqual({ type: 'datetime', value: '2026-04-28T11:00' });
  expect(responseFromDraft(view('datetime'), { type: 'datetime', value: '2026-02-30T11:00' })).toBeNull();
  expect(responseFromDraft(view('datetime'), { type: 'datetime', value: '' })).toBeNull();
});

test('a written answer of only spaces is unfinished', () => {
  expect(responseFromDraft(view('written'), { type: 'written', text: '   ' })).toBeNull();
  expect(responseFromDraft(view('written'), { type: 'written', text: 'Because.' })).toEqual({ type: 'written', text: 'Because.' });
});

test('a scenario path is finished only at an ending', () => {
  expect(responseFromDraft(view('scenario'), { type: 'scenario', path: ['sorry'] })).toBeNull();
  expect(responseFromDraft(view('scenario'), { type: 'scenario', path: ['sorry', 'update'] })).toEqual({ type: 'scenario', path: ['sorry', 'update'] });
});

test('a draft of another type is unfinished', () => {
  expect(responseFromDraft(view('single'), { type: 'truefalse', value: true })).toBeNull();
});

test('a saved response shows again as the same draft', () => {
  expect(draftFromResponse(view('numeric'), { type: 'numeric', value: 3 })).toEqual({ type: 'numeric', text: '3' });
  expect(draftFromResponse(view('single'), { type: 'single', optionId: 'restore' })).toEqual({ type: 'single', optionId: 'restore' });
  expect(draftFromResponse(view('single'), { type: 'truefalse', value: true })).toBeNull();
});

test('the missing-answer message asks for what is missing', () => {
  expect(missingAnswerMessage(view('single'))).toBe('Choose an answer before checking.');
  expect(missingAnswerMessage(view('numeric'))).toBe('Enter a number before checking.');
  expect(missingAnswerMessage(view('matching'))).toBe('Choose a match for every item before checking.');
});
