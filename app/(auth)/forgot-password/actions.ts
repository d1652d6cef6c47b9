'use server';

import { headers } from 'next/headers';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';
import { clientAddress } from '@/lib/http/client-address';
import { resetRequestLimits, waitMessage } from '@/lib/users/password-link-limits';
import { ForgotPasswordSchema } from '@/lib/users/password-link-schemas';
import { RESET_REQUESTED, requestPasswordReset } from '@/lib/users/request-password-reset';

/** Validates, rate limits and queues the e-mail: the same answer for every address, known or not. */
export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = ForgotPasswordSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const outcome = await requestPasswordReset(await getDb(), resetRequestLimits(), parsed.data.email, clientAddress(await headers()));
  if (!outcome.ok) return failed(waitMessage(outcome.retryAfterSeconds, 'requests for a link'), formData);
  return succeeded(RESET_REQUESTED);
}
