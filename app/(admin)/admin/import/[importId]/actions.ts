'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { isRecordId } from '@/lib/forms/storable-text';
import { ImportRuleError, type InvitationLink, runImport } from '@/lib/import/import-learners';
import { mailConfigFromEnvironment } from '@/lib/mail/mail-config';

export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'done'; learners: number; invitations: 'mailed' | 'handed-out'; links: InvitationLink[]; expiresAt: string | null };

export async function importLearnersAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const admin = await requirePermission('users:manage', null, '/admin/import');
  const importId = formData.get('importId');
  if (!isRecordId(importId)) return { status: 'error', message: 'There is no such upload. Upload the file again.' };
  const mail = mailConfigFromEnvironment();
  try {
    const outcome = await runImport(await getDb(), { id: admin.id, role: admin.role }, importId, { configured: mail.smtpUrl !== null, baseUrl: mail.baseUrl });
    revalidatePath('/admin/learners');
    revalidatePath('/admin/cohorts');
    return { status: 'done', learners: outcome.learners, invitations: outcome.invitations, links: outcome.links, expiresAt: outcome.expiresAt?.toISOString() ?? null };
  } catch (error) {
    if (error instanceof ImportRuleError) return { status: 'error', message: error.message };
    throw error;
  }
}
