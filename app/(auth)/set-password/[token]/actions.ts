'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid } from '@/lib/forms/form-state';
import { clientAddress } from '@/lib/http/client-address';
import { setPasswordLimiter, waitMessage } from '@/lib/users/password-link-limits';
import { SetPasswordFormSchema } from '@/lib/users/password-link-schemas';
import { PasswordLinkError, setPasswordWithLink } from '@/lib/users/password-links';

const NOT_SET = 'Your password is not set yet. Please correct the fields marked below.';

/**
 * Sets the password through the link. Everything is checked again here: the rate limit per client,
 * the fields with zod, then the link itself inside the transaction that uses it up.
 */
export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const wait = await setPasswordLimiter().take(clientAddress(await headers()));
  if (wait > 0) return failed(waitMessage(wait / 1000, 'attempts'), formData);
  const parsed = SetPasswordFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData, NOT_SET);
  try {
    await setPasswordWithLink(await getDb(), parsed.data.token, parsed.data.password);
  } catch (error) {
    if (!(error instanceof PasswordLinkError)) throw error;
    return error.field ? failed(NOT_SET, formData, { [error.field]: error.message }) : failed(error.message, formData);
  }
  redirect('/sign-in?password=set');
}
