import { expect, test } from 'vitest';
import {
  luhnCheckDigit,
  SA_ID_NUMBER_ERROR_CODES,
  type SaIdNumberErrorCode,
  validateSaIdNumber,
} from '@/lib/identity/sa-id-number';

// Synthetic numbers only (BRIEF §4), or ones built here with their own check digit.
const TODAY = new Date(2025, 5, 15); // 15 June 2025, local time

/** A synthetic number: the date and sequence given, citizen, A = 8, correct check digit. */
function synthetic(yymmdd: string, sequence = '5000', citizenship = '0'): string {
  const first12 = `${yymmdd}${sequence}${citizenship}8`;
  return first12 + luhnCheckDigit(first12);
}

function codeOf(input: string, today: Date = TODAY): SaIdNumberErrorCode | 'ok' {
  const result = validateSaIdNumber(input, today);
  return result.ok ? 'ok' : result.code;
}

function dateOf(input: string, today: Date = TODAY): string | null {
  const result = validateSaIdNumber(input, today);
  return result.ok ? result.value.dateOfBirth : null;
}

test('the brief’s example 7503305044089 is a male citizen born 1975-03-30', () => {
  expect(validateSaIdNumber('7503305044089', TODAY)).toEqual({
    ok: true,
    value: { number: '7503305044089', dateOfBirth: '1975-03-30', sex: 'male', citizenship: 'citizen' },
  });
});

test('the brief’s synthetic numbers are valid and read correctly', () => {
  expect(validateSaIdNumber('8001015009087', TODAY)).toEqual({
    ok: true,
    value: { number: '8001015009087', dateOfBirth: '1980-01-01', sex: 'male', citizenship: 'citizen' },
  });
  expect(validateSaIdNumber('9506150123088', TODAY)).toEqual({
    ok: true,
    value: { number: '9506150123088', dateOfBirth: '1995-06-15', sex: 'female', citizenship: 'citizen' },
  });
});

test('8503305044089 fails only on its check digit, with the typing-mistake message', () => {
  expect(validateSaIdNumber('8503305044089', TODAY)).toEqual({
    ok: false,
    code: 'invalid-check-digit',
    message: 'The last digit does not match the rest of the number; check for a typing mistake',
  });
});

test('spaces and other whitespace between digit groups are removed', () => {
  for (const input of ['750330 5044 089', ' 7503305044089 ', '750330\t5044089', '7 5 0 3 3 0 5 0 4 4 0 8 9']) {
    const result = validateSaIdNumber(input, TODAY);
    expect(result.ok && result.value.number).toBe('7503305044089');
  }
});

test('an empty or blank entry asks for the number', () => {
  for (const input of ['', '   ', '\n']) {
    expect(validateSaIdNumber(input, TODAY)).toEqual({ ok: false, code: 'empty', message: 'Enter the 13-digit ID number' });
  }
});

test('letters or symbols are reported before the length', () => {
  for (const input of ['750330-5044-089', '7503305O44089', 'ID 7503305044089', '７５０３３０５０４４０８９']) {
    expect(validateSaIdNumber(input, TODAY)).toEqual({
      ok: false,
      code: 'not-digits',
      message: 'An ID number has digits only; remove the letters or symbols',
    });
  }
});

test('a wrong length says how many digits were entered', () => {
  expect(validateSaIdNumber('750330504408', TODAY)).toEqual({
    ok: false,
    code: 'wrong-length',
    message: 'An ID number has 13 digits; you entered 12',
  });
  const tooLong = validateSaIdNumber('75033050440890', TODAY);
  expect(!tooLong.ok && tooLong.message).toBe('An ID number has 13 digits; you entered 14');
  const spaced = validateSaIdNumber('750 330 504', TODAY);
  expect(!spaced.ok && spaced.message).toBe('An ID number has 13 digits; you entered 9');
});

test('a date of birth that does not exist is rejected', () => {
  for (const yymmdd of ['750030', '751330', '759930', '750300', '750332', '750431', '750631', '750931', '751131', '750230']) {
    expect(codeOf(synthetic(yymmdd)), yymmdd).toBe('invalid-date');
  }
  const result = validateSaIdNumber(synthetic('751301'), TODAY);
  expect(!result.ok && result.message).toBe(
    'The first 6 digits must be a real date of birth (YYMMDD); check the year, month and day',
  );
});

test('the last day of each month is accepted', () => {
  const lastDays = ['0131', '0228', '0331', '0430', '0531', '0630', '0731', '0831', '0930', '1031', '1130', '1231'];
  for (const mmdd of lastDays) expect(dateOf(synthetic(`75${mmdd}`))).toBe(`1975-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
});

test('29 February exists only in leap years', () => {
  expect(dateOf(synthetic('840229'))).toBe('1984-02-29');
  expect(dateOf(synthetic('240229'))).toBe('2024-02-29');
  expect(codeOf(synthetic('750229'))).toBe('invalid-date');
  expect(codeOf(synthetic('230229'))).toBe('invalid-date');
});

test('000229 is 29 Feb 2000 once that day has passed, since 2000 is a leap year', () => {
  expect(dateOf(synthetic('000229'))).toBe('2000-02-29');
  expect(dateOf(synthetic('000229'), new Date(2000, 1, 29))).toBe('2000-02-29');
});

test('000229 before 29 Feb 2000 would mean 1900, which was not a leap year, so it is rejected', () => {
  expect(codeOf(synthetic('000229'), new Date(2000, 1, 28))).toBe('invalid-date');
  expect(codeOf(synthetic('000229'), new Date(1999, 11, 31))).toBe('invalid-date');
  // 1 March has no such problem: it falls back to 1900.
  expect(dateOf(synthetic('000301'), new Date(2000, 1, 28))).toBe('1900-03-01');
});

test('the century is 20xx unless that date is after today, then 19xx', () => {
  expect(dateOf(synthetic('050101'))).toBe('2005-01-01');
  expect(dateOf(synthetic('050101'), new Date(2004, 11, 31))).toBe('1905-01-01');
  expect(dateOf(synthetic('250615'))).toBe('2025-06-15');
  expect(dateOf(synthetic('250616'))).toBe('1925-06-16');
  expect(dateOf(synthetic('991231'))).toBe('1999-12-31');
  expect(dateOf(synthetic('000101'))).toBe('2000-01-01');
});

test('today defaults to the current date', () => {
  const result = validateSaIdNumber('8001015009087');
  expect(result.ok && result.value.dateOfBirth).toBe('1980-01-01');
});

test('sequence 0000–4999 is female and 5000–9999 male', () => {
  const sexOf = (sequence: string) => {
    const result = validateSaIdNumber(synthetic('800101', sequence), TODAY);
    return result.ok ? result.value.sex : result.code;
  };
  expect([sexOf('0000'), sexOf('4999'), sexOf('5000'), sexOf('9999')]).toEqual(['female', 'female', 'male', 'male']);
});

test('citizenship digit 1 is a permanent resident and 2–9 are rejected', () => {
  const resident = validateSaIdNumber(synthetic('800101', '5009', '1'), TODAY);
  expect(resident.ok && resident.value.citizenship).toBe('permanent-resident');
  for (const digit of ['2', '3', '8', '9']) {
    expect(validateSaIdNumber(synthetic('800101', '5009', digit), TODAY)).toEqual({
      ok: false,
      code: 'invalid-citizenship',
      message: 'The 11th digit must be 0 (South African citizen) or 1 (permanent resident)',
    });
  }
});

test('failures are reported in order: date before citizenship before check digit', () => {
  // Bad date, bad citizenship digit and bad check digit together: the date is named.
  expect(codeOf('7513305044290')).toBe('invalid-date');
  // Bad citizenship digit and bad check digit: the citizenship digit is named.
  const badCitizenship = synthetic('800101', '5009', '2');
  const wrongCheck = badCitizenship.slice(0, 12) + String((Number(badCitizenship.charAt(12)) + 1) % 10);
  expect(codeOf(wrongCheck)).toBe('invalid-citizenship');
  // Bad date with the wrong length: the length is named.
  expect(codeOf('751330504408')).toBe('wrong-length');
});

test('every failure code has its own message', () => {
  const messages = new Map<SaIdNumberErrorCode, string>();
  for (const input of ['', 'abc', '123', synthetic('751330'), synthetic('800101', '5009', '5'), '8503305044089']) {
    const result = validateSaIdNumber(input, TODAY);
    if (!result.ok) messages.set(result.code, result.message);
  }
  expect([...messages.keys()].sort()).toEqual([...SA_ID_NUMBER_ERROR_CODES].sort());
  expect(new Set(messages.values()).size).toBe(SA_ID_NUMBER_ERROR_CODES.length);
});

test('luhnCheckDigit gives the check digit of the brief’s numbers', () => {
  expect(luhnCheckDigit('750330504408')).toBe('9');
  expect(luhnCheckDigit('800101500908')).toBe('7');
  expect(luhnCheckDigit('950615012308')).toBe('8');
  expect(luhnCheckDigit('850330504408')).not.toBe('9');
});

test('luhnCheckDigit catches every single-digit typing mistake', () => {
  const first12 = '800101500908';
  const check = luhnCheckDigit(first12);
  for (let index = 0; index < 12; index += 1) {
    for (let digit = 0; digit <= 9; digit += 1) {
      const typo = first12.slice(0, index) + String(digit) + first12.slice(index + 1);
      if (typo !== first12) expect(luhnCheckDigit(typo), typo).not.toBe(check);
    }
  }
});

test('luhnCheckDigit refuses anything but 12 digits', () => {
  expect(() => luhnCheckDigit('75033050440')).toThrow('exactly 12 digits');
  expect(() => luhnCheckDigit('7503305044089')).toThrow('exactly 12 digits');
  expect(() => luhnCheckDigit('75033050440a')).toThrow('exactly 12 digits');
});
