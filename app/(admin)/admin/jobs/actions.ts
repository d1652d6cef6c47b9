'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { retryJob } from '@/lib/jobs/retry-job';

const RetrySchema = z.object({ jobId: z.uuid() });

/** Puts a failed job back in the queue; a job that is no longer failed is left as it is. */
export async function retryJobAction(formData: FormData): Promise<void> {
  await requirePermission('jobs:manage', null, '/admin/jobs');
  const parsed = RetrySchema.safeParse({ jobId: formData.get('jobId') });
  if (parsed.success) await retryJob(await getDb(), parsed.data.jobId);
  revalidatePath('/admin/jobs');
}
