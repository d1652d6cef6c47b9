import { expect, test } from 'vitest';
import { maskForLog, maskIdentity } from '@/lib/identity/mask';
import { luhnCheckDigit } from '@/lib/identity/sa-id-number';

const BRIEF_NUMBERS = ['7503305044089', '8001015009087', '9506150123088'];

/** Every run of digits in the text, so a test can see exactly which digits are shown. */
function digitRuns(text: string): string[] {
  return text.match(/[0-9]+/g) ?? [];
}

test('an SA ID number shows only its last 3 digits behind 10 bullets', () => {
  expect(maskIdentity({ kind: 'sa-id', idNumber: '7503305044089' })).toEqual({
    text: '••••••••••089',
    label: 'ID number ending 089',
  });
});

test('no masked SA ID number shows more than its last 3 digits', () => {
  // The brief's numbers and 200 synthetic ones with their own check digits.
  const synthetic = Array.from({ length: 200 }, (_, index) => {
    const first12 = `9001${String((index % 28) + 1).padStart(2, '0')}${String(index * 37).padStart(4, '0')}08`;
    return first12 + luhnCheckDigit(first12);
  });
  for (const idNumber of [...BRIEF_NUMBERS, ...synthetic]) {
    const masked = maskIdentity({ kind: 'sa-id', idNumber });
    expect(digitRuns(masked.text)).toEqual([idNumber.slice(-3)]);
    expect(digitRuns(masked.label)).toEqual([idNumber.slice(-3)]);
    expect(masked.text).toHaveLength(13);
    expect(masked.text).not.toContain(idNumber.slice(0, 6));
  }
});

test('a passport shows its country and last 3 characters, and not its length', () => {
  expect(maskIdentity({ kind: 'passport', passportNumber: 'DN1234567', country: 'ZW' })).toEqual({
    text: 'ZW ••••••567',
    label: 'Passport from Zimbabwe, number ending 567',
  });
  const short = maskIdentity({ kind: 'passport', passportNumber: 'AB1234', country: 'ZW' });
  const long = maskIdentity({ kind: 'passport', passportNumber: 'AB1234567234', country: 'ZW' });
  expect(short.text).toHaveLength(long.text.length);
});

test('a passport from a country without a listed name is labelled by its code', () => {
  expect(maskIdentity({ kind: 'passport', passportNumber: 'A9876543', country: 'IS' }).label).toBe(
    'Passport from IS, number ending 543',
  );
});

test('a masked passport never shows more than its last 3 characters', () => {
  for (const passportNumber of ['AB1234', 'XY98765432', 'A12345678901', 'LETTERSONLY']) {
    const masked = maskIdentity({ kind: 'passport', passportNumber, country: 'GB' });
    const shown = `${masked.text} ${masked.label}`;
    expect(shown).toContain(passportNumber.slice(-3));
    expect(shown).not.toContain(passportNumber.slice(-4));
  }
});

test('a number too short to mask safely shows none of it', () => {
  expect(maskIdentity({ kind: 'sa-id', idNumber: '089' })).toEqual({ text: '•••••••••••••', label: 'ID number (hidden)' });
  const passport = maskIdentity({ kind: 'passport', passportNumber: 'AB12', country: 'ZA' });
  expect(passport).toEqual({ text: 'ZA ••••••', label: 'Passport from South Africa (number hidden)' });
});

test('maskForLog names the kind and nothing else', () => {
  expect(maskForLog({ kind: 'sa-id', idNumber: '7503305044089' })).toBe('[sa-id redacted]');
  const passport = maskForLog({ kind: 'passport', passportNumber: 'DN1234567', country: 'ZW' });
  expect(passport).toBe('[passport redacted]');
  expect(digitRuns(passport)).toEqual([]);
  expect(passport).not.toContain('ZW');
});
