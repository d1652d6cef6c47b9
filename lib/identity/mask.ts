import { countryName } from '@/lib/identity/countries';
import type { Identity } from '@/lib/identity/identity-schema';
import { SA_ID_NUMBER_LENGTH } from '@/lib/identity/sa-id-number';

/**
 * POPIA: the ID number is personal information, shown in full only on the record itself for
 * those entitled to it (ARCHITECTURE §6). Everywhere else it is masked, and it is never logged.
 */

const SHOWN_CHARACTERS = 3;
// Too short to mask safely: the last 3 would be most of it. Validated numbers are never this short.
const MIN_LENGTH_TO_SHOW_ANY = 6;
const BULLET = '•';
// A fixed run for passports, so the mask does not tell how long the number is.
const PASSPORT_BULLETS = BULLET.repeat(6);

export type MaskedIdentity = {
  /** For the eye, e.g. `••••••••••089`; mark it `aria-hidden` and give `label` to assistive tech. */
  text: string;
  /** For screen readers and tooltips, e.g. "ID number ending 089". */
  label: string;
};

export function maskIdentity(identity: Identity): MaskedIdentity {
  if (identity.kind === 'sa-id') {
    const ending = visibleEnding(identity.idNumber);
    return {
      text: BULLET.repeat(SA_ID_NUMBER_LENGTH - ending.length) + ending,
      label: ending === '' ? 'ID number (hidden)' : `ID number ending ${ending}`,
    };
  }
  const ending = visibleEnding(identity.passportNumber);
  const country = countryName(identity.country) ?? identity.country;
  return {
    text: `${identity.country} ${PASSPORT_BULLETS}${ending}`,
    label: ending === '' ? `Passport from ${country} (number hidden)` : `Passport from ${country}, number ending ${ending}`,
  };
}

/** For logs and error reports: the kind of identity and nothing else, not even the country. */
export function maskForLog(identity: Identity): string {
  return `[${identity.kind} redacted]`;
}

function visibleEnding(value: string): string {
  const compact = value.replace(/\s+/g, '');
  return compact.length < MIN_LENGTH_TO_SHOW_ANY ? '' : compact.slice(-SHOWN_CHARACTERS);
}
