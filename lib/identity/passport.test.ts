import { expect, test } from 'vitest';
import { CountrySchema, PASSPORT_MESSAGES, PassportNumberSchema, PassportSchema } from '@/lib/identity/passport';

function messagesOf(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

test('a passport number is uppercased with spaces removed', () => {
  expect(PassportNumberSchema.parse('ab123456')).toBe('AB123456');
  expect(PassportNumberSchema.parse(' FN 12 34 56 ')).toBe('FN123456');
});

test('6 and 12 characters are the shortest and longest accepted', () => {
  expect(PassportNumberSchema.parse('A12345')).toBe('A12345');
  expect(PassportNumberSchema.parse('a12345678901')).toBe('A12345678901');
});

test('a number that is too short or too long says how many characters were entered', () => {
  expect(messagesOf(PassportNumberSchema.safeParse('A1234'))).toEqual([
    { path: '', message: 'A passport number has 6 to 12 letters and digits; you entered 5' },
  ]);
  expect(messagesOf(PassportNumberSchema.safeParse('A123456789012'))).toEqual([
    { path: '', message: 'A passport number has 6 to 12 letters and digits; you entered 13' },
  ]);
});

test('symbols and letters outside A–Z are rejected before the length', () => {
  for (const input of ['AB-123456', 'AB/1', 'ÄB123456', 'straße1', 'AB12345!']) {
    expect(messagesOf(PassportNumberSchema.safeParse(input)), input).toEqual([
      { path: '', message: PASSPORT_MESSAGES.numberCharacters },
    ]);
  }
});

test('an empty or missing passport number asks for it', () => {
  for (const input of ['', '   ', undefined, null]) {
    expect(messagesOf(PassportNumberSchema.safeParse(input))).toEqual([{ path: '', message: 'Enter the passport number' }]);
  }
});

test('a country is stored as its alpha-2 code whether typed as a name or a code', () => {
  expect(CountrySchema.parse('Zimbabwe')).toBe('ZW');
  expect(CountrySchema.parse('zw')).toBe('ZW');
  expect(CountrySchema.parse('United Kingdom')).toBe('GB');
});

test('each country failure has its own message', () => {
  expect(messagesOf(CountrySchema.safeParse(''))).toEqual([{ path: '', message: PASSPORT_MESSAGES.countryEmpty }]);
  expect(messagesOf(CountrySchema.safeParse(undefined))).toEqual([{ path: '', message: PASSPORT_MESSAGES.countryEmpty }]);
  expect(messagesOf(CountrySchema.safeParse('Atlantis'))).toEqual([{ path: '', message: PASSPORT_MESSAGES.countryUnknown }]);
  expect(messagesOf(CountrySchema.safeParse('Congo'))).toEqual([{ path: '', message: PASSPORT_MESSAGES.countryAmbiguous }]);
  expect(new Set(Object.values(PASSPORT_MESSAGES)).size).toBe(Object.keys(PASSPORT_MESSAGES).length);
});

test('PassportSchema parses both fields and reports each problem under its field', () => {
  expect(PassportSchema.parse({ passportNumber: 'dn 123456', country: 'Zimbabwe' })).toEqual({
    passportNumber: 'DN123456',
    country: 'ZW',
  });
  expect(messagesOf(PassportSchema.safeParse({ passportNumber: '12', country: 'Narnia' }))).toEqual([
    { path: 'passportNumber', message: 'A passport number has 6 to 12 letters and digits; you entered 2' },
    { path: 'country', message: PASSPORT_MESSAGES.countryUnknown },
  ]);
});

test('a passport error never carries the number', () => {
  const result = PassportSchema.safeParse({ passportNumber: 'DN12345!', country: 'ZW' });
  expect(result.success).toBe(false);
  expect(JSON.stringify(result.error?.issues)).not.toContain('DN12345');
});
