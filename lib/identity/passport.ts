import { z } from 'zod';
import { lookUpCountry } from '@/lib/identity/countries';
import { storableText } from '@/lib/forms/storable-text';

/** For a candidate without an SA ID number (BRIEF §4): a passport number and its country. */

export const PASSPORT_NUMBER_MIN_LENGTH = 6;
export const PASSPORT_NUMBER_MAX_LENGTH = 12;

export const PASSPORT_MESSAGES = {
  numberEmpty: 'Enter the passport number',
  numberCharacters: 'A passport number has letters and digits only; remove the symbols',
  countryEmpty: 'Enter the country that issued the passport',
  countryUnknown: 'We do not recognise that country; enter its English name or two-letter code, such as ZW for Zimbabwe',
  countryAmbiguous:
    'Say which Congo: the Democratic Republic of the Congo (CD) or the Republic of the Congo (CG)',
} as const;

function numberLengthMessage(length: number): string {
  return `A passport number has ${PASSPORT_NUMBER_MIN_LENGTH} to ${PASSPORT_NUMBER_MAX_LENGTH} letters and digits; you entered ${length}`;
}

/** Parses to the number in capitals without spaces; messages never quote the number back. */
export const PassportNumberSchema = storableText({ error: PASSPORT_MESSAGES.numberEmpty })
  .transform((input, context) => {
    // People copy the number with spaces; the passport itself has none.
    const compact = input.replace(/\s+/g, '');
    const message = passportNumberProblem(compact);
    if (message === null) return compact.toUpperCase();
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  });

function passportNumberProblem(compact: string): string | null {
  if (compact === '') return PASSPORT_MESSAGES.numberEmpty;
  // ASCII only, tested before uppercasing: "ß".toUpperCase() is "SS".
  if (!/^[A-Za-z0-9]+$/.test(compact)) return PASSPORT_MESSAGES.numberCharacters;
  if (compact.length < PASSPORT_NUMBER_MIN_LENGTH || compact.length > PASSPORT_NUMBER_MAX_LENGTH) {
    return numberLengthMessage(compact.length);
  }
  return null;
}

/** A country typed as a name or an ISO 3166-1 alpha-2 code; parses to the alpha-2 code. */
export const CountrySchema = storableText({ error: PASSPORT_MESSAGES.countryEmpty }).transform((input, context) => {
  if (input.trim() === '') {
    context.addIssue({ code: 'custom', message: PASSPORT_MESSAGES.countryEmpty });
    return z.NEVER;
  }
  const found = lookUpCountry(input);
  if (found.ok) return found.code;
  const message = found.reason === 'ambiguous' ? PASSPORT_MESSAGES.countryAmbiguous : PASSPORT_MESSAGES.countryUnknown;
  context.addIssue({ code: 'custom', message });
  return z.NEVER;
});

export const PassportSchema = z.object({
  passportNumber: PassportNumberSchema,
  country: CountrySchema,
});

export type Passport = z.infer<typeof PassportSchema>;
