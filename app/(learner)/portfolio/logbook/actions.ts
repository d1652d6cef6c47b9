'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, succeeded } from '@/lib/forms/form-state';
import { editLogbookEntry } from '@/lib/portfolio/logbook/edit-entry';
import { entryFormInput } from '@/lib/portfolio/logbook/form-input';
import { LogbookRuleError } from '@/lib/portfolio/logbook/logbook-errors';
import { saveLogbookEntry } from '@/lib/portfolio/logbook/save-entry';
import { withdrawLogbookEntry } from '@/lib/portfolio/logbook/withdraw-entry';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { formatReadable } from '@/lib/sla/time';

const LOGBOOK = '/portfolio/logbook';

function refused(error: unknown, formData: FormData): FormState {
  if (error instanceof LogbookRuleError) return failed(error.message, formData, error.fields);
  throw error;
}

export async function saveEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const learner = await requirePermission('logbook:keep', { self: true }, LOGBOOK);
  const { logbook } = await getPracticalContent();
  try {
    const { sla } = await saveLogbookEntry(await getDb(), { actor: { id: learner.id, role: learner.role }, input: entryFormInput(formData), claims: logbook });
    revalidatePath(LOGBOOK);
    const flagged = sla.flags.length === 0 ? 'No flags.' : `${sla.flags.length === 1 ? '1 flag' : `${sla.flags.length} flags`}: ${sla.flags.join(' ')}`;
    return succeeded(`Entry saved. Response due ${formatReadable(sla.responseDueAt)}; resolution due ${formatReadable(sla.resolutionDueAt)}. ${flagged}`);
  } catch (error) {
    return refused(error, formData);
  }
}

export async function editEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const learner = await requirePermission('logbook:keep', { self: true }, LOGBOOK);
  const entryId = String(formData.get('entryId') ?? '');
  const { logbook } = await getPracticalContent();
  try {
    await editLogbookEntry(await getDb(), { actor: { id: learner.id, role: learner.role }, entryId, input: entryFormInput(formData), claims: logbook });
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(LOGBOOK);
  redirect(`${LOGBOOK}?updated=${encodeURIComponent(entryId)}#entry-${encodeURIComponent(entryId)}`);
}

export async function withdrawEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const learner = await requirePermission('logbook:keep', { self: true }, LOGBOOK);
  const entryId = String(formData.get('entryId') ?? '');
  try {
    await withdrawLogbookEntry(await getDb(), { actor: { id: learner.id, role: learner.role }, entryId });
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(LOGBOOK);
  redirect(`${LOGBOOK}?withdrawn=${encodeURIComponent(entryId)}`);
}
