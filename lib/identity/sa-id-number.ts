import { z } from 'zod';

/**
 * South African ID numbers: `YYMMDD SSSS C A Z` (BRIEF §4). Date of birth; sequence 0000–4999
 * female, 5000–9999 male; C = 0 citizen, 1 permanent resident; A is not checked; Z is the Luhn
 * check digit over the first 12. Pure: runs in the browser and on the server.
 */

export const SA_ID_NUMBER_LENGTH = 13;

/** Failures in the order they are checked; a number is reported for the first one only. */
export const SA_ID_NUMBER_ERROR_CODES = [
  'empty',
  'not-digits',
  'wrong-length',
  'invalid-date',
  'invalid-citizenship',
  'invalid-check-digit',
] as const;

export type SaIdNumberErrorCode = (typeof SA_ID_NUMBER_ERROR_CODES)[number];

export type SaIdNumberDetails = {
  /** The 13 digits, spaces removed. */
  number: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string;
  sex: 'female' | 'male';
  citizenship: 'citizen' | 'permanent-resident';
};

export type SaIdNumberResult =
  | { ok: true; value: SaIdNumberDetails }
  | { ok: false; code: SaIdNumberErrorCode; message: string };

// Messages never quote the number back: a message may end up in a log, and the number must not.
const FIXED_MESSAGES = {
  empty: 'Enter the 13-digit ID number',
  'not-digits': 'An ID number has digits only; remove the letters or symbols',
  'invalid-date': 'The first 6 digits must be a real date of birth (YYMMDD); check the year, month and day',
  'invalid-citizenship': 'The 11th digit must be 0 (South African citizen) or 1 (permanent resident)',
  'invalid-check-digit': 'The last digit does not match the rest of the number; check for a typing mistake',
} as const;

export function validateSaIdNumber(input: string, today: Date = new Date()): SaIdNumberResult {
  // Spaces (and other whitespace, such as a pasted tab) are how people group the digits.
  const number = input.replace(/\s+/g, '');
  if (number === '') return failure('empty');
  if (!/^[0-9]+$/.test(number)) return failure('not-digits');
  if (number.length !== SA_ID_NUMBER_LENGTH) {
    return {
      ok: false,
      code: 'wrong-length',
      message: `An ID number has ${SA_ID_NUMBER_LENGTH} digits; you entered ${number.length}`,
    };
  }
  const dateOfBirth = birthDate(number.slice(0, 6), today);
  if (dateOfBirth === null) return failure('invalid-date');
  const citizenshipDigit = number.charAt(10);
  if (citizenshipDigit !== '0' && citizenshipDigit !== '1') return failure('invalid-citizenship');
  if (luhnCheckDigit(number.slice(0, 12)) !== number.charAt(12)) return failure('invalid-check-digit');
  return {
    ok: true,
    value: {
      number,
      dateOfBirth,
      sex: Number(number.slice(6, 10)) < 5000 ? 'female' : 'male',
      citizenship: citizenshipDigit === '0' ? 'citizen' : 'permanent-resident',
    },
  };
}

function failure(code: keyof typeof FIXED_MESSAGES): SaIdNumberResult {
  return { ok: false, code, message: FIXED_MESSAGES[code] };
}

/**
 * The Luhn check digit for the first 12 digits: from the right, every second digit (starting
 * with the rightmost of the 12) is doubled, and the digit brings the sum to a multiple of 10.
 */
export function luhnCheckDigit(first12: string): string {
  if (!/^[0-9]{12}$/.test(first12)) throw new Error('luhnCheckDigit needs exactly 12 digits');
  let sum = 0;
  for (let index = 0; index < first12.length; index += 1) {
    const digit = Number(first12.charAt(index));
    // With 12 digits, the ones doubled are at odd indexes (the 2nd, 4th, … 12th digit).
    const doubled = index % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * `YYMMDD` as `YYYY-MM-DD`, or null when it is not a real date. The ID does not store the
 * century: take 20YY unless that date is after `today` (or does not exist), then 19YY. So
 * `000229` is 2000-02-29 once that day has passed; before it, 1900-02-29, which never existed.
 */
function birthDate(yymmdd: string, today: Date): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  const todayIso = localIsoDate(today);
  for (const year of [2000 + yy, 1900 + yy]) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
    const iso = isoDate(year, month, day);
    // ISO dates of the same width sort as text.
    if (iso <= todayIso) return iso;
  }
  return null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The calendar date where the code runs: the person typing, or the server, decides "today". */
function localIsoDate(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same checks and messages for forms and server actions; parses to the 13-digit string.
 * The issue carries the failure `code` in `params` and never the input itself.
 */
export const SaIdNumberSchema = z
  .string({ error: FIXED_MESSAGES.empty })
  .transform((input, context) => {
    const result = validateSaIdNumber(input);
    if (result.ok) return result.value.number;
    context.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
    return z.NEVER;
  });
