import { expect, test } from 'vitest';
import { countryName, lookUpCountry } from '@/lib/identity/countries';

const SADC = {
  Angola: 'AO',
  Botswana: 'BW',
  Comoros: 'KM',
  'Democratic Republic of the Congo': 'CD',
  Eswatini: 'SZ',
  Lesotho: 'LS',
  Madagascar: 'MG',
  Malawi: 'MW',
  Mauritius: 'MU',
  Mozambique: 'MZ',
  Namibia: 'NA',
  Seychelles: 'SC',
  'South Africa': 'ZA',
  Tanzania: 'TZ',
  Zambia: 'ZM',
  Zimbabwe: 'ZW',
};

test('every SADC member is found by its English name', () => {
  for (const [name, code] of Object.entries(SADC)) expect(lookUpCountry(name), name).toEqual({ ok: true, code });
});

test('common countries outside SADC are found by name', () => {
  const expected = {
    'United Kingdom': 'GB',
    'United States': 'US',
    India: 'IN',
    China: 'CN',
    Nigeria: 'NG',
    Germany: 'DE',
    Portugal: 'PT',
  };
  for (const [name, code] of Object.entries(expected)) expect(lookUpCountry(name), name).toEqual({ ok: true, code });
});

test('names people commonly type find the same country', () => {
  const expected = { UK: 'GB', Britain: 'GB', USA: 'US', RSA: 'ZA', Swaziland: 'SZ', DRC: 'CD', 'Ivory Coast': 'CI', Turkey: 'TR' };
  for (const [name, code] of Object.entries(expected)) expect(lookUpCountry(name), name).toEqual({ ok: true, code });
});

test('case, accents, punctuation, spacing and a leading "the" do not matter', () => {
  for (const input of ['  south   africa ', 'SOUTH AFRICA', 'South-Africa', 'the South Africa']) {
    expect(lookUpCountry(input), input).toEqual({ ok: true, code: 'ZA' });
  }
  for (const input of ["Côte d'Ivoire", 'cote divoire', 'Côte d’Ivoire', 'COTE D IVOIRE']) {
    expect(lookUpCountry(input), input).toEqual({ ok: true, code: 'CI' });
  }
  expect(lookUpCountry('U.S.A.')).toEqual({ ok: true, code: 'US' });
  expect(lookUpCountry('The Netherlands')).toEqual({ ok: true, code: 'NL' });
});

test('any assigned alpha-2 code is accepted in either case, even for countries without a listed name', () => {
  expect(lookUpCountry('ZW')).toEqual({ ok: true, code: 'ZW' });
  expect(lookUpCountry('za')).toEqual({ ok: true, code: 'ZA' });
  expect(lookUpCountry(' is ')).toEqual({ ok: true, code: 'IS' });
  expect(lookUpCountry('AQ')).toEqual({ ok: true, code: 'AQ' });
});

test('unassigned or reserved codes and unknown names are not accepted', () => {
  for (const input of ['ZZ', 'XK', 'EU', 'UN', 'AA', 'Atlantis', 'ZAF', 'Z', '', '12', 'ß']) {
    expect(lookUpCountry(input), input).toEqual({ ok: false, reason: 'unknown' });
  }
});

test('"Congo" alone is ambiguous, while either full name is not', () => {
  expect(lookUpCountry('Congo')).toEqual({ ok: false, reason: 'ambiguous' });
  expect(lookUpCountry('the Congo')).toEqual({ ok: false, reason: 'ambiguous' });
  expect(lookUpCountry('Republic of the Congo')).toEqual({ ok: true, code: 'CG' });
  expect(lookUpCountry('DR Congo')).toEqual({ ok: true, code: 'CD' });
});

test('countryName gives the listed English name, or null for a code without one', () => {
  expect(countryName('ZW')).toBe('Zimbabwe');
  expect(countryName('GB')).toBe('United Kingdom');
  expect(countryName('IS')).toBeNull();
});
