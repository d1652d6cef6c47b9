'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/sign-in';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid } from '@/lib/forms/form-state';
import { SetupAdminSchema } from '@/lib/users/account-schemas';
import { createFirstAdmin, SetupClosedError } from '@/lib/users/first-admin';

export async function createAdminAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = SetupAdminSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await createFirstAdmin(await getDb(), parsed.data);
  } catch (error) {
    if (error instanceof SetupClosedError) return failed(error.message, formData);
    throw error;
  }
  const outcome = await signIn(parsed.data.email, parsed.data.password, await headers());
  redirect(outcome.ok ? '/admin/settings?welcome=1' : '/sign-in');
}
