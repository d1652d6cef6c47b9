'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';
import { addToSample } from '@/lib/moderation/create-batch';
import { decideRecord } from '@/lib/moderation/decide';
import { ModerationRuleError } from '@/lib/moderation/moderation-errors';
import { signBatch } from '@/lib/moderation/sign-batch';
import { recordDeps } from '@/lib/record/record-service';
import { storableText } from '@/lib/forms/storable-text';

const Ids = z.object({ batchId: storableText().uuid('There is no such batch.'), submissionId: storableText().uuid('There is no such record.') });

function refused(error: unknown, formData: FormData): FormState {
  if (error instanceof ModerationRuleError) return failed(error.message, formData, error.code === 'password' ? { password: error.message } : {});
  throw error;
}

export async function addToSampleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePermission('batch:moderate', { batchId: String(formData.get('batchId') ?? '') }, '/moderate');
  const parsed = Ids.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData, parsed.error.issues[0]?.message);
  try {
    await addToSample(await getDb(), { id: actor.id, role: actor.role }, parsed.data.batchId, parsed.data.submissionId);
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(`/moderate/${parsed.data.batchId}`);
  return succeeded('Added to the sample.');
}

export async function decideAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePermission('batch:moderate', { batchId: String(formData.get('batchId') ?? '') }, '/moderate');
  const values = formObject(formData);
  const parsed = Ids.extend({ decision: z.enum(['agree', 'refer'], { error: 'Choose agree or refer back' }), comment: storableText().max(5000) }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, formData, parsed.error.issues[0]?.message);
  const reasons = Object.fromEntries(Object.entries(values).filter(([key]) => key.startsWith('reason:')).map(([key, value]) => [key.slice('reason:'.length), value.slice(0, 2000)]));
  try {
    await decideRecord(await getDb(), { id: actor.id, role: actor.role }, { ...parsed.data, reasons });
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(`/moderate/${parsed.data.batchId}`);
  redirect(`/moderate/${parsed.data.batchId}?decided=${parsed.data.decision}`);
}

export async function signBatchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePermission('batch:moderate', { batchId: String(formData.get('batchId') ?? '') }, '/moderate');
  const parsed = z.object({ batchId: storableText().uuid('There is no such batch.'), password: storableText().max(128) }).safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData, parsed.error.issues[0]?.message);
  const deps = await recordDeps();
  let count: number;
  try {
    count = await signBatch(await getDb(), { id: actor.id, role: actor.role }, deps, parsed.data.batchId, parsed.data.password);
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(`/moderate/${parsed.data.batchId}`);
  redirect(`/moderate/${parsed.data.batchId}?signed=${count}`);
}
