import { hashLinkToken, isWellFormedToken, newLinkToken } from '@/lib/auth/link-token';

export { hashLinkToken as hashWitnessToken, isWellFormedToken, newLinkToken as newWitnessToken };

/** The address a witness opens; the token is shown once to the learner and never stored. */
export function witnessLinkPath(token: string): string {
  return `/witness/${token}`;
}
