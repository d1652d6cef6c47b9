'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid } from '@/lib/forms/form-state';
import { createBatch } from '@/lib/moderation/create-batch';
import { ModerationRuleError } from '@/lib/moderation/moderation-errors';
import { storableText } from '@/lib/forms/storable-text';

const optionalDate = z.preprocess((value) => (value === '' ? null : value), z.iso.date({ error: 'Enter a date such as 2026-03-31' }).nullable());

const CreateBatchSchema = z.object({
  name: storableText().trim().min(3, 'Name the batch, for example "March 2026, Thandi Nkosi"').max(120),
  moderatorId: storableText().uuid('Choose the moderator'),
  assessorId: z.union([z.literal(''), storableText().uuid()]),
  cohortId: z.union([z.literal(''), storableText().uuid('Choose a cohort from the list')]).default(''),
  from: optionalDate,
  to: optionalDate,
});

export async function createBatchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePermission('batch:create', null, '/moderate');
  const values = formObject(formData);
  // A moderator gathers batches for themselves; an administrator names the moderator.
  const parsed = CreateBatchSchema.safeParse({ ...values, moderatorId: can(actor, 'batch:assign') ? values.moderatorId : actor.id });
  if (!parsed.success) return invalid(parsed.error, formData);
  const { from, to } = parsed.data;
  if (from && to && from > to) return failed('The period ends before it starts.', formData, { to: 'The end date must be on or after the start date.' });
  let id: string;
  try {
    id = await createBatch(await getDb(), { id: actor.id, role: actor.role }, {
      name: parsed.data.name,
      moderatorId: parsed.data.moderatorId,
      scope: {
        assessorId: parsed.data.assessorId || null,
        cohortId: parsed.data.cohortId || null,
        from: from ? new Date(`${from}T00:00:00+02:00`) : null,
        to: to ? new Date(`${to}T23:59:59+02:00`) : null,
      },
    });
  } catch (error) {
    if (error instanceof ModerationRuleError) return failed(error.message, formData);
    throw error;
  }
  revalidatePath('/moderate');
  redirect(`/moderate/${id}`);
}
