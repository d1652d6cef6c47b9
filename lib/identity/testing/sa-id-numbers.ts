import { luhnCheckDigit } from '@/lib/identity/sa-id-number';

/** A synthetic, valid SA ID number, different for each n below 100,000: born 1 January 1990–2009, citizen, correct check digit. */
export function syntheticIdNumber(n: number): string {
  const year = String(90 + (n % 20)).slice(-2).padStart(2, '0');
  const first12 = `${year}0101${String(n % 10_000).padStart(4, '0')}0${String(Math.floor(n / 10_000) % 10)}`;
  return `${first12}${luhnCheckDigit(first12)}`;
}
