'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { addRecordingNote } from '@/lib/portfolio/role-play/add-recording-note';
import { formatClock } from '@/lib/portfolio/role-play/clock-time';
import { RolePlayError } from '@/lib/portfolio/role-play/role-play-errors';
import { RecordingNoteSchema } from '@/lib/portfolio/role-play/role-play-schemas';

export async function addRecordingNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = RecordingNoteSchema.safeParse(formObject(formData));
  const path = parsed.success ? `/evidence/role-play/${parsed.data.recordingId}` : '/';
  const author = await requirePermission('recording:note', { evidence: 'recording', id: String(formData.get('recordingId') ?? '') }, path);
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await addRecordingNote(await getDb(), { id: author.id, role: author.role }, parsed.data, (await getPracticalContent()).rolePlays);
  } catch (error) {
    if (error instanceof RolePlayError) return failed(error.message, formData, error.field ? { [error.field]: error.message } : {});
    throw error;
  }
  revalidatePath(path);
  return succeeded(`Note added at ${formatClock(parsed.data.at)}.`);
}
