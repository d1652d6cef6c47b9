'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, succeeded } from '@/lib/forms/form-state';
import { retryJob } from '@/lib/jobs/retry-job';

const RetrySchema = z.object({ jobId: z.uuid() });

/** Puts a failed job back in the queue; a job that is no longer failed is left as it is. */
export async function retryJobAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requirePermission('jobs:manage', null, '/admin/jobs');
  const parsed = RetrySchema.safeParse(formObject(formData));
  if (!parsed.success) return failed('There is no such job.', formData);
  const retried = await retryJob(await getDb(), parsed.data.jobId);
  revalidatePath('/admin/jobs');
  return retried ? succeeded('Queued again: it runs within a few seconds.') : failed('That job is not failed (any more): nothing to retry.', formData);
}
