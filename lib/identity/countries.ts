/**
 * Countries a passport may come from: every ISO 3166-1 alpha-2 code, plus English names (and the
 * names people commonly type) for the countries most candidates come from: SADC first.
 */

// The 249 officially assigned ISO 3166-1 alpha-2 codes. Kept here, not read from Intl, so the
// browser and the server accept exactly the same codes.
const ALPHA_2_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
    'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
    'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
    'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
    'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
    'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

type Country = { code: string; name: string; aliases?: string[] };

const COUNTRIES: Country[] = [
  // SADC members
  { code: 'AO', name: 'Angola' },
  { code: 'BW', name: 'Botswana' },
  { code: 'KM', name: 'Comoros' },
  { code: 'CD', name: 'Democratic Republic of the Congo', aliases: ['DRC', 'DR Congo', 'Congo-Kinshasa'] },
  { code: 'SZ', name: 'Eswatini', aliases: ['Swaziland'] },
  { code: 'LS', name: 'Lesotho' },
  { code: 'MG', name: 'Madagascar' },
  { code: 'MW', name: 'Malawi' },
  { code: 'MU', name: 'Mauritius' },
  { code: 'MZ', name: 'Mozambique', aliases: ['Moçambique'] },
  { code: 'NA', name: 'Namibia' },
  { code: 'SC', name: 'Seychelles' },
  { code: 'ZA', name: 'South Africa', aliases: ['RSA'] },
  { code: 'TZ', name: 'Tanzania', aliases: ['United Republic of Tanzania'] },
  { code: 'ZM', name: 'Zambia' },
  { code: 'ZW', name: 'Zimbabwe' },
  // Elsewhere in Africa
  { code: 'BI', name: 'Burundi' },
  { code: 'CM', name: 'Cameroon' },
  { code: 'CG', name: 'Republic of the Congo', aliases: ['Congo-Brazzaville'] },
  { code: 'CI', name: "Côte d'Ivoire", aliases: ['Ivory Coast'] },
  { code: 'EG', name: 'Egypt' },
  { code: 'ET', name: 'Ethiopia' },
  { code: 'GH', name: 'Ghana' },
  { code: 'KE', name: 'Kenya' },
  { code: 'MA', name: 'Morocco' },
  { code: 'NG', name: 'Nigeria' },
  { code: 'RW', name: 'Rwanda' },
  { code: 'SN', name: 'Senegal' },
  { code: 'SO', name: 'Somalia' },
  { code: 'SS', name: 'South Sudan' },
  { code: 'SD', name: 'Sudan' },
  { code: 'UG', name: 'Uganda' },
  // Rest of the world
  { code: 'AU', name: 'Australia' },
  { code: 'BD', name: 'Bangladesh' },
  { code: 'BE', name: 'Belgium' },
  { code: 'BR', name: 'Brazil' },
  { code: 'CA', name: 'Canada' },
  { code: 'CN', name: 'China', aliases: ["People's Republic of China"] },
  { code: 'CU', name: 'Cuba' },
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Germany', aliases: ['Deutschland'] },
  { code: 'GR', name: 'Greece' },
  { code: 'IN', name: 'India' },
  { code: 'IE', name: 'Ireland' },
  { code: 'IL', name: 'Israel' },
  { code: 'IT', name: 'Italy' },
  { code: 'JP', name: 'Japan' },
  { code: 'NL', name: 'Netherlands', aliases: ['Holland'] },
  { code: 'NZ', name: 'New Zealand' },
  { code: 'PK', name: 'Pakistan' },
  { code: 'PH', name: 'Philippines' },
  { code: 'PT', name: 'Portugal' },
  { code: 'RU', name: 'Russia', aliases: ['Russian Federation'] },
  { code: 'SA', name: 'Saudi Arabia' },
  { code: 'KR', name: 'South Korea', aliases: ['Republic of Korea', 'Korea'] },
  { code: 'ES', name: 'Spain' },
  { code: 'LK', name: 'Sri Lanka' },
  { code: 'CH', name: 'Switzerland' },
  { code: 'TR', name: 'Türkiye', aliases: ['Turkey'] },
  { code: 'AE', name: 'United Arab Emirates', aliases: ['UAE'] },
  { code: 'GB', name: 'United Kingdom', aliases: ['UK', 'Great Britain', 'Britain'] },
  { code: 'US', name: 'United States', aliases: ['USA', 'United States of America', 'America'] },
  { code: 'VN', name: 'Vietnam', aliases: ['Viet Nam'] },
];

const CODE_BY_NAME = new Map(
  COUNTRIES.flatMap((country) => [country.name, ...(country.aliases ?? [])].map((name) => [normaliseName(name), country.code])),
);

const NAME_BY_CODE = new Map(COUNTRIES.map((country) => [country.code, country.name]));

/** Names that could mean two countries: the candidate must say which. */
const AMBIGUOUS_NAMES = new Set(['congo']);

export type CountryLookup = { ok: true; code: string } | { ok: false; reason: 'unknown' | 'ambiguous' };

/** A country typed as an alpha-2 code (any case) or a listed name, as its alpha-2 code. */
export function lookUpCountry(input: string): CountryLookup {
  const name = normaliseName(input);
  if (AMBIGUOUS_NAMES.has(name)) return { ok: false, reason: 'ambiguous' };
  // Names first: "UK" is a name here, not an assigned ISO code.
  const byName = CODE_BY_NAME.get(name);
  if (byName !== undefined) return { ok: true, code: byName };
  const trimmed = input.trim();
  // Checked before uppercasing: "ß".toUpperCase() is "SS", which is South Sudan.
  const code = /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : null;
  if (code !== null && ALPHA_2_CODES.has(code)) return { ok: true, code };
  return { ok: false, reason: 'unknown' };
}

/** The English name of a listed country, or null for a code without one here. */
export function countryName(code: string): string | null {
  return NAME_BY_CODE.get(code) ?? null;
}

/** Case, accents, punctuation, spacing and a leading "the" do not matter: "the netherlands" ≈ "Netherlands". */
function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    // Then no spaces at all, so "Cote d Ivoire", "Côte d'Ivoire" and "Cote dIvoire" meet.
    .replace(/ /g, '');
}
