'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, succeeded } from '@/lib/forms/form-state';
import { RolePlayError } from '@/lib/portfolio/role-play/role-play-errors';
import { withdrawRecording } from '@/lib/portfolio/role-play/withdraw-recording';

export async function withdrawRecordingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const learner = await requirePermission('recording:keep', { self: true }, '/portfolio/role-plays');
  try {
    await withdrawRecording(await getDb(), { id: learner.id, role: learner.role }, String(formData.get('recordingId') ?? ''));
  } catch (error) {
    if (error instanceof RolePlayError) return failed(error.message, formData);
    throw error;
  }
  revalidatePath('/portfolio/role-plays', 'layout');
  return succeeded('Withdrawn: it no longer counts as evidence, and stays in the audit trail.');
}
