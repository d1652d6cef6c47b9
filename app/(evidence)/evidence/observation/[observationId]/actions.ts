'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, succeeded } from '@/lib/forms/form-state';
import { refusedForm } from '@/lib/portfolio/assessor-evidence/refused-form';
import { withdrawObservation } from '@/lib/portfolio/observation/withdraw-observation';

export async function withdrawObservationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const assessor = await requirePermission('observation:record', { evidence: 'observation', id: String(formData.get('observationId') ?? '') }, '/assess');
  const observationId = String(formData.get('observationId') ?? '');
  try {
    await withdrawObservation(await getDb(), { actor: { id: assessor.id, role: assessor.role }, observationId, reason: String(formData.get('reason') ?? '') });
  } catch (error) {
    return refusedForm(error, formData);
  }
  revalidatePath(`/evidence/observation/${observationId}`);
  return succeeded('Observation withdrawn. It no longer counts as evidence; the reason is on the audit trail.');
}
