'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import type { FormState } from '@/lib/forms/form-state';
import { invalidForm } from '@/lib/portfolio/assessor-evidence/invalid-form';
import { refusedForm } from '@/lib/portfolio/assessor-evidence/refused-form';
import { ObservationFormSchema, observationFormObject } from '@/lib/portfolio/observation/observation-schema';
import { recordObservation } from '@/lib/portfolio/observation/record-observation';
import { getPracticalContent } from '@/lib/portfolio/practical-content';

export async function recordObservationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const assessor = await requirePermission('observation:record', { learnerId: String(formData.get('learnerId') ?? '') }, '/assess');
  const parsed = ObservationFormSchema.safeParse(observationFormObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const { observations } = await getPracticalContent();
  try {
    await recordObservation(await getDb(), { actor: { id: assessor.id, role: assessor.role }, form: parsed.data, password: String(formData.get('password') ?? ''), scenarios: observations });
  } catch (error) {
    return refusedForm(error, formData);
  }
  revalidatePath(`/assess/learners/${parsed.data.learnerId}`);
  redirect(`/assess/learners/${parsed.data.learnerId}?recorded=observation`);
}
