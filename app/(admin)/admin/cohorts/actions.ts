'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/require-permission';
import { NewCohortSchema } from '@/lib/cohorts/cohort-schema';
import { CohortRuleError, createCohort } from '@/lib/cohorts/cohorts';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';

export async function createCohortAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('users:manage', null, '/admin/cohorts');
  const parsed = NewCohortSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await createCohort(await getDb(), { id: admin.id, role: admin.role }, parsed.data);
  } catch (error) {
    if (error instanceof CohortRuleError) return failed(error.message, formData, error.field ? { [error.field]: error.message } : {});
    throw error;
  }
  revalidatePath('/admin/cohorts');
  return succeeded(`Created the cohort ${parsed.data.name}.`);
}
