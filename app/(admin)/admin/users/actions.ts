'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';
import { NewUserSchema, RoleSchema } from '@/lib/users/account-schemas';
import { createAccount, EmailTakenError, EnrolmentClosedError } from '@/lib/users/create-account';
import { assignAssessor, setRole, UserRuleError } from '@/lib/users/manage-users';

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
