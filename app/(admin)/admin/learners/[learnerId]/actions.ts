'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { RecordIdSchema, storableText } from '@/lib/forms/storable-text';
import { type FormState, failed, succeeded } from '@/lib/forms/form-state';
import { anonymiseLearner, DataRightsError, eraseLearner } from '@/lib/privacy/erase-learner';

const DataRightSchema = z.object({
  learnerId: RecordIdSchema,
  right: z.enum(['erase', 'anonymise'], { error: 'Choose to erase or to anonymise.' }),
  confirmName: storableText().trim().min(1, "Type the learner's full name to confirm.").max(200, 'That is longer than any name here.'),
});

/** Erases or anonymises one learner after the admin typed their name; both are checked again inside. */
export async function dataRightAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('users:manage', null, '/admin/learners');
  const parsed = DataRightSchema.safeParse({ learnerId: formData.get('learnerId'), right: formData.get('right'), confirmName: formData.get('confirmName') });
  if (!parsed.success) return failed(parsed.error.issues[0]?.message ?? 'Check the form.', formData, { confirmName: parsed.error.issues[0]?.message ?? '' });
  const { learnerId, right, confirmName } = parsed.data;
  const actor = { id: admin.id, role: admin.role };
  let erasedName: string | null = null;
  try {
    if (right === 'erase') erasedName = (await eraseLearner(await getDb(), actor, learnerId, confirmName)).fullName;
    else await anonymiseLearner(await getDb(), actor, learnerId, confirmName);
  } catch (error) {
    if (error instanceof DataRightsError) return failed(error.message, formData, { confirmName: error.message });
    throw error;
  }
  revalidatePath('/admin/learners');
  if (erasedName !== null) redirect(`/admin/learners?erased=${encodeURIComponent(erasedName)}`);
  revalidatePath(`/admin/learners/${learnerId}`);
  return { ...succeeded('The learner is anonymised. Their final records are kept as they were signed.'), values: {} };
}
