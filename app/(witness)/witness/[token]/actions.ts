'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authorizeWitness } from '@/lib/auth/witness-actor';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid } from '@/lib/forms/form-state';
import { clientAddress } from '@/lib/http/client-address';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { completeWitnessTestimony } from '@/lib/portfolio/witness/complete-testimony';
import { testimonyFormSchema } from '@/lib/portfolio/witness/testimony-schema';
import { WitnessRuleError } from '@/lib/portfolio/witness/witness-errors';
import { WITNESS_THANKS_PATH } from '@/lib/portfolio/witness/witness-gate';
import { witnessLimiter } from '@/lib/portfolio/witness/witness-limiter';
import { WITNESS_REFUSALS } from '@/lib/portfolio/witness/witness-refusals';

/**
 * The witness signs. Everything is checked again here (the page's form is only a convenience):
 * the rate limit per client, every field with zod, then the link, inside the transaction that writes.
 */
export async function signTestimonyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const wait = await witnessLimiter().take(clientAddress(await headers()));
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60_000));
    return failed(`Too many requests from your connection. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and send again: what you typed is still here.`, formData);
  }
  const codes = Object.keys((await getPracticalContent()).witness.criteria);
  const parsed = testimonyFormSchema(codes).safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData, 'Your testimony is not sent yet. Please correct the fields marked below.');
  // The link is checked again inside the transaction that writes; this refuses early with the same words.
  const access = await authorizeWitness(await getDb(), parsed.data.token);
  if (!access.ok) return failed(`${WITNESS_REFUSALS[access.refusal].title}. ${WITNESS_REFUSALS[access.refusal].whatToDo}`, formData);
  try {
    await completeWitnessTestimony(await getDb(), parsed.data, codes);
  } catch (error) {
    if (!(error instanceof WitnessRuleError)) throw error;
    if (error.code === 'unknown' || error.code === 'used' || error.code === 'expired' || error.code === 'revoked') {
      const refusal = WITNESS_REFUSALS[error.code];
      return failed(`${refusal.title}. ${refusal.whatToDo}`, formData);
    }
    return failed(error.message, formData, error.field ? { [error.field]: error.message } : {});
  }
  redirect(WITNESS_THANKS_PATH);
}
