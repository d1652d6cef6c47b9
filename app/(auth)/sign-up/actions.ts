'use server';

import { notFound, redirect } from 'next/navigation';
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
    if (error instanceof EnrolmentClosedError) return failed(error.message, formData);
    // An address that already has an account gets exactly the answer a new one gets (the password
    // was hashed either way, so the time taken matches too): sign-up never tells who is registered.
    if (!(error instanceof EmailTakenError)) throw error;
  }
  redirect(`/sign-in?registered=1&next=${encodeURIComponent('/learn?welcome=1')}`);
}
