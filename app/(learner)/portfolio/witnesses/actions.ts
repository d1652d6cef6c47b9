'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { baseUrl } from '@/lib/auth/create-auth';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formObject, invalid, succeeded } from '@/lib/forms/form-state';
import { formatSastTime } from '@/lib/format/sast';
import { InvitationFormSchema } from '@/lib/portfolio/witness/invitation-schema';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { revokeWitnessInvitation } from '@/lib/portfolio/witness/revoke-invitation';
import { WitnessRuleError } from '@/lib/portfolio/witness/witness-errors';
import { witnessLinkPath } from '@/lib/portfolio/witness/witness-token';
import { storableText } from '@/lib/forms/storable-text';

const PAGE = '/portfolio/witnesses';

/** The link is in this state only once, in the reply to the learner who asked for it. */
export type IssueState = FormState & { link: string | null; witnessName: string | null };

export async function issueInvitationAction(_previous: IssueState, formData: FormData): Promise<IssueState> {
  const learner = await requirePermission('witness-invitation:issue', { self: true }, PAGE);
  const parsed = InvitationFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return { ...invalid(parsed.error, formData), link: null, witnessName: null };
  try {
    const issued = await issueWitnessInvitation(await getDb(), { id: learner.id, role: learner.role }, parsed.data);
    revalidatePath(PAGE);
    return {
      ...succeeded(
        `Link created for ${parsed.data.witnessName}. It works once, until ${formatSastTime(issued.expiresAt)}.${issued.emailed ? ` It is also being e-mailed to ${parsed.data.contact}.` : ''}`,
      ),
      link: `${baseUrl()}${witnessLinkPath(issued.token)}`,
      witnessName: parsed.data.witnessName,
    };
  } catch (error) {
    if (error instanceof WitnessRuleError) return { ...failed(error.message, formData), link: null, witnessName: null };
    throw error;
  }
}

const RevokeSchema = z.object({ invitationId: storableText().min(1).max(100) });

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const learner = await requirePermission('witness-invitation:issue', { self: true }, PAGE);
  const parsed = RevokeSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData, 'That link was not found among yours.');
  try {
    await revokeWitnessInvitation(await getDb(), { id: learner.id, role: learner.role }, parsed.data.invitationId);
  } catch (error) {
    if (error instanceof WitnessRuleError) return failed(error.message, formData);
    throw error;
  }
  revalidatePath(PAGE);
  return succeeded('Link revoked: it no longer works.');
}
