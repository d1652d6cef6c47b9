import { expect, test } from 'vitest';
import { IdentitySchema } from '@/lib/identity/identity-schema';
import { PASSPORT_MESSAGES } from '@/lib/identity/passport';

function problems(input: unknown) {
  const result = IdentitySchema.safeParse(input);
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

test('an SA ID identity parses to the 13 digits', () => {
  expect(IdentitySchema.parse({ kind: 'sa-id', idNumber: '800101 5009 087' })).toEqual({
    kind: 'sa-id',
    idNumber: '8001015009087',
  });
});

test('a passport identity parses to the uppercased number and the alpha-2 code', () => {
  expect(IdentitySchema.parse({ kind: 'passport', passportNumber: 'fn123456', country: 'Malawi' })).toEqual({
    kind: 'passport',
    passportNumber: 'FN123456',
    country: 'MW',
  });
});

test('fields of the other kind are dropped rather than kept', () => {
  expect(IdentitySchema.parse({ kind: 'sa-id', idNumber: '8001015009087', passportNumber: 'FN123456' })).toEqual({
    kind: 'sa-id',
    idNumber: '8001015009087',
  });
});

test('an invalid SA ID number is reported under idNumber with its own message', () => {
  expect(problems({ kind: 'sa-id', idNumber: '8503305044089' })).toEqual([
    { path: 'idNumber', message: 'The last digit does not match the rest of the number; check for a typing mistake' },
  ]);
  expect(problems({ kind: 'sa-id' })).toEqual([{ path: 'idNumber', message: 'Enter the 13-digit ID number' }]);
});

test('passport problems are reported under their fields', () => {
  expect(problems({ kind: 'passport', passportNumber: '', country: '' })).toEqual([
    { path: 'passportNumber', message: PASSPORT_MESSAGES.numberEmpty },
    { path: 'country', message: PASSPORT_MESSAGES.countryEmpty },
  ]);
});

test('a missing or unknown kind asks which kind of identity the candidate has', () => {
  const message = 'Choose whether you have a South African ID number or a passport';
  expect(problems({ idNumber: '8001015009087' })).toEqual([{ path: 'kind', message }]);
  expect(problems({ kind: 'driving-licence', idNumber: '8001015009087' })).toEqual([{ path: 'kind', message }]);
});
