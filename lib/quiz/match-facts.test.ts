import { expect, test } from 'vitest';
import { checkFacts, mentions, normaliseForMatching } from '@/lib/quiz/match-facts';

test('case, accents and punctuation do not matter', () => {
  expect(mentions('The SCANNERS say: "Sync-failed!"', 'sync failed')).toBe(true);
  expect(mentions('Ms Fourie, Mangaung office', 'fourié')).toBe(true);
  expect(mentions('Contact: Thérèse', 'therese')).toBe(true);
});

test('spacing and dashes inside a number do not matter, so phone numbers match however they are written', () => {
  expect(mentions('Cell 082-555-0142 after hours', '082 555 0142')).toBe(true);
  expect(mentions('0825550142', '082 555 0142')).toBe(true);
  expect(mentions('+27 82 555 0142', '+27825550142')).toBe(true);
  expect(normaliseForMatching('(021) 555 0199 ext. 4')).toBe('0215550199 ext 4');
});

test('a phrase must appear as whole words: "error" is not found in "terror", nor a number inside a longer one', () => {
  expect(mentions('A reign of terror', 'error')).toBe(false);
  expect(mentions('082 555 01423', '082 555 0142')).toBe(false);
  expect(mentions('the error came back', 'error')).toBe(true);
});

test('a phrase of punctuation only matches nothing', () => {
  expect(mentions('anything at all', '—')).toBe(false);
});

test('each fact is found when any one of its wordings appears', () => {
  const facts = [
    { fact: 'the device', anyOf: ['laptop', 'notebook'] },
    { fact: 'the error message', anyOf: ['access denied', '0x80070005'] },
  ];
  expect(checkFacts('My notebook says 0x80070005', facts).map((fact) => fact.found)).toEqual([true, true]);
  expect(checkFacts('My laptop will not start', facts).map((fact) => [fact.fact, fact.found])).toEqual([
    ['the device', true],
    ['the error message', false],
  ]);
});
