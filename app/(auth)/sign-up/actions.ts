'use server';

import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/sign-in';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid } from '@/lib/forms/form-state';
import { readSettings } from '@/lib/settings/settings-store';
import { SignUpSchema } from '@/lib/users/account-schemas';
import { createAccount, EmailTakenError, EnrolmentClosedError } from '@/lib/users/create-account';

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const db = await getDb();
  if (!(await readSettings(db)).selfSignUp) notFound();
  const parsed = SignUpSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const input = parsed.data;
  const identity =
    input.identityKind === 'sa-id'
      ? { identityKind: 'sa-id' as const, idNumber: input.idNumber }
      : { identityKind: 'passport' as const, passportNumber: input.passportNumber, passportCountry: input.passportCountry };
  try {
    await createAccount(db, { email: input.email, password: input.password, fullName: input.fullName, role: 'learner', identity }, null, 'user.signed_up');
  } catch (error) {
    if (error instanceof EmailTakenError) return failed(error.message, formData, { email: error.message });
    if (error instanceof EnrolmentClosedError) return failed(error.message, formData);
    throw error;
  }
  const outcome = await signIn(input.email, input.password, await headers());
  redirect(outcome.ok ? '/learn?welcome=1' : '/sign-in');
}
