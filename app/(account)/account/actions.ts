'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/write-audit';
import { getAuth } from '@/lib/auth/auth';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';
import { MailPreferencesSchema, OPTIONAL_BY_ROLE, saveMailPreferences } from '@/lib/mail/mail-preferences';
import { ChangePasswordSchema, FullNameSchema, IdentityFormSchema, RegistrationNumberSchema } from '@/lib/users/account-schemas';
import { updateProfile } from '@/lib/users/update-profile';

const ProfileSchema = z.object({ fullName: FullNameSchema, registrationNumber: RegistrationNumberSchema });

export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const current = await requirePermission('account:manage', { self: true }, '/account');
  const parsed = ProfileSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  // Only assessors and moderators sign with a registration number; a learner's form has no such field.
  const registrationNumber = can(current, 'registration-number:keep', { relationship: 'self' }) ? (parsed.data.registrationNumber ?? null) : undefined;
  const fields = await updateProfile(await getDb(), { id: current.id, role: current.role }, { fullName: parsed.data.fullName, registrationNumber });
  revalidatePath('/account');
  return succeeded(fields.length === 0 ? 'Nothing changed.' : 'Your profile is saved.');
}

export async function updateIdentityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const current = await requirePermission('identity:keep', { self: true }, '/account');
  const parsed = IdentityFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const data = parsed.data;
  const identity =
    data.identityKind === 'sa-id'
      ? { identityKind: 'sa-id' as const, idNumber: data.idNumber }
      : { identityKind: 'passport' as const, passportNumber: data.passportNumber, passportCountry: data.passportCountry };
  const fields = await updateProfile(await getDb(), { id: current.id, role: current.role }, { identity });
  revalidatePath('/account');
  return succeeded(fields.length === 0 ? 'Nothing changed.' : 'Your identity document is saved.');
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const current = await requirePermission('account:manage', { self: true }, '/account');
  const parsed = ChangePasswordSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const auth = await getAuth();
  try {
    await auth.api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch {
    return failed('Your current password is not right.', formData, { currentPassword: 'Your current password is not right.' });
  }
  await writeAudit(await getDb(), { id: current.id, role: current.role }, { type: 'user', id: current.id }, { type: 'auth.password_changed', data: {} });
  // Every session was replaced, this one too: the page is drawn again by a new request carrying the
  // new session cookie, since this request's own cookie now names a session that is gone.
  redirect('/account?password=changed');
}

/** Which e-mails the person wants: each box ticked means "send me this". */
export async function updateMailPreferencesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const current = await requirePermission('account:manage', { self: true }, '/account');
  const wanted = new Set(formData.getAll('notice').map(String));
  const parsed = MailPreferencesSchema.safeParse({
    optedOut: OPTIONAL_BY_ROLE[current.role].filter((notice) => !wanted.has(notice)),
    dailyDigest: formData.get('dailyDigest') === 'on',
  });
  if (!parsed.success) return invalid(parsed.error, formData);
  await saveMailPreferences(await getDb(), current.id, current.role, parsed.data);
  revalidatePath('/account');
  return succeeded('Your e-mail choices are saved.');
}
