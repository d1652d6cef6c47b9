'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { baseUrl } from '@/lib/auth/create-auth';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';
import { NewUserSchema, RoleSchema } from '@/lib/users/account-schemas';
import { issueResetLinkByAdmin, type ResetLinkState } from '@/lib/users/admin-reset-link';
import { createAccount, EmailTakenError, EnrolmentClosedError } from '@/lib/users/create-account';
import { assignAssessor, setRole, UserRuleError } from '@/lib/users/manage-users';
import { passwordLinkPath } from '@/lib/users/password-links';

const UserIdSchema = z.string().uuid('That user does not exist.');

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('users:manage', null, '/admin/users');
  const parsed = NewUserSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await createAccount(await getDb(), { ...parsed.data, registrationNumber: parsed.data.registrationNumber ?? null }, { id: admin.id, role: admin.role }, 'user.created');
  } catch (error) {
    if (error instanceof EmailTakenError) return failed(error.message, formData, { email: error.message });
    if (error instanceof EnrolmentClosedError) return failed(error.message, formData);
    throw error;
  }
  revalidatePath('/admin/users');
  return succeeded(`Created ${parsed.data.fullName} (${parsed.data.role}). Give them their e-mail address and password.`);
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('users:manage', null, '/admin/users');
  const parsed = z.object({ userId: UserIdSchema, role: RoleSchema }).safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData, parsed.error.issues[0]?.message);
  try {
    await setRole(await getDb(), { id: admin.id, role: admin.role }, parsed.data.userId, parsed.data.role);
  } catch (error) {
    if (error instanceof UserRuleError) return failed(error.message, formData);
    throw error;
  }
  revalidatePath('/admin/users');
  return succeeded('Role saved.');
}

export async function assignAssessorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('users:manage', null, '/admin/users');
  const schema = z.object({ learnerId: UserIdSchema, assessorId: z.union([z.literal(''), UserIdSchema]) });
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData, parsed.error.issues[0]?.message);
  try {
    await assignAssessor(await getDb(), { id: admin.id, role: admin.role }, parsed.data.learnerId, parsed.data.assessorId || null);
  } catch (error) {
    if (error instanceof UserRuleError) return failed(error.message, formData);
    throw error;
  }
  revalidatePath('/admin/users');
  return succeeded(parsed.data.assessorId ? 'Assessor assigned.' : 'Assessor removed.');
}

/**
 * Makes a reset link for someone and e-mails it to them. The link comes back in this answer once,
 * for the administrator to hand over if the e-mail does not arrive; it is kept nowhere else.
 */
export async function issueResetLinkAction(_previous: ResetLinkState, formData: FormData): Promise<ResetLinkState> {
  const admin = await requirePermission('users:manage', null, '/admin/users');
  const parsed = z.object({ userId: UserIdSchema }).safeParse(formObject(formData));
  if (!parsed.success) return { ...invalid(parsed.error, formData, parsed.error.issues[0]?.message), link: null };
  try {
    const issued = await issueResetLinkByAdmin(await getDb(), { id: admin.id, role: admin.role }, parsed.data.userId);
    const link = `${baseUrl().replace(/\/$/, '')}${passwordLinkPath(issued.token)}`;
    const message = `Reset link made for ${issued.fullName} and e-mailed to ${issued.email}. It works once, until ${formatSastTime(issued.expiresAt)}, and replaces any earlier link. It is shown only this once: copy it now if you hand it over yourself.`;
    return { ...succeeded(message), link };
  } catch (error) {
    if (error instanceof UserRuleError) return { ...failed(error.message, formData), link: null };
    throw error;
  }
}
