'use server';

import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { homeFor } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/auth/safe-next';
import { signIn } from '@/lib/auth/sign-in';
import { getDb } from '@/lib/db/client';
import { profile } from '@/lib/db/schema';
import { type FormState, failed, formObject, invalid } from '@/lib/forms/form-state';
import { SignInSchema } from '@/lib/users/account-schemas';

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignInSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const outcome = await signIn(parsed.data.email, parsed.data.password, await headers());
  if (!outcome.ok) {
    return outcome.reason === 'rate-limited'
      ? failed(`Too many sign-in attempts. Wait ${outcome.retryAfterSeconds} seconds, then try again.`, formData)
      : failed('The e-mail address or password is not right. Check both and try again.', formData);
  }
  const db = await getDb();
  const [row] = await db.select({ role: profile.role }).from(profile).where(eq(profile.userId, outcome.userId));
  redirect(safeNextPath(formData.get('next')) ?? homeFor(row?.role ?? 'learner'));
}
