import { expect, test } from 'vitest';
import { formativeView } from '@/components/quiz/formative-view';
import { sampleQuestion, sampleQuiz } from '@/components/quiz/sample-quiz';
import { PublicQuestionSchema } from '@/lib/quiz/public-question';

test('every view is a valid public question, with no key in it', () => {
  for (const question of sampleQuiz.questions) {
    const shown = formativeView(question);
    expect(PublicQuestionSchema.safeParse(shown).success, question.type).toBe(true);
  }
});

test('options keep the author order', () => {
  const shown = formativeView(sampleQuestion('multiple'));
  expect(shown.type === 'multiple' && shown.options.map((option) => option.id)).toEqual(['update', 'name-time', 'wait']);
});

test('ordering items are shuffled the same way every time, never into the right order', () => {
  const question = sampleQuestion('ordering');
  const first = formativeView(question);
  const order = first.type === 'ordering' ? first.items.map((item) => item.id) : [];
  expect(order).not.toEqual(['listen', 'acknowledge', 'solve']);
  expect([...order].sort()).toEqual(['acknowledge', 'listen', 'solve']);
  expect(formativeView(question)).toEqual(first);
});

test('matching keeps the pairs in order and shuffles the choices by the question id', () => {
  const shown = formativeView(sampleQuestion('matching'));
  expect(shown.type === 'matching' && shown.pairs.map((pair) => pair.id)).toEqual(['dns', 'reimage']);
  expect(shown.type === 'matching' && [...shown.choices.map((choice) => choice.id)].sort()).toEqual(['address-list', 'new-laptop', 'wipe-setup']);
});
