import { z } from 'zod';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { PASSWORD_LINK_PURPOSES } from '@/lib/db/schema/administration';
import { enqueueJob } from '@/lib/jobs/enqueue-job';

/** The kind of background job that sends one notice by e-mail. */
export const MAIL_JOB = 'mail';

const Id = z.string().min(1).max(200);

/** Every notice the course sends, each to one person (or, for a witness, one address). */
export const NoticeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submission-waiting'), to: Id, submissionId: Id }),
  z.strictObject({ type: z.literal('result-released'), to: Id, submissionId: Id }),
  z.strictObject({ type: z.literal('referral'), to: Id, submissionId: Id, batchId: Id }),
  z.strictObject({ type: z.literal('batch-ready'), to: Id, batchId: Id }),
  z.strictObject({ type: z.literal('batch-signed'), to: Id, batchId: Id }),
  z.strictObject({ type: z.literal('assessor-digest'), to: Id, day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  // The link's token is needed to write the message; the job forgets it once the message is sent.
  z.strictObject({ type: z.literal('witness-invitation'), invitationId: Id, token: z.string().max(200).optional() }),
  // A password link made for someone (an invitation, or a reset an administrator made): forgotten once sent, like the witness's.
  z.strictObject({ type: z.literal('password-link'), to: Id, purpose: z.enum(PASSWORD_LINK_PURPOSES), token: z.string().max(200).optional() }),
  // Someone asked for a reset by address: the job looks the address up and makes the link only when it sends the message.
  z.strictObject({ type: z.literal('password-reset'), email: z.string().min(3).max(254) }),
]);
export type Notice = z.infer<typeof NoticeSchema>;
export type NoticeType = Notice['type'];

/**
 * Notices a person may turn off on their account page. A learner's own result and a link they
 * asked to be sent are always sent; the digest is a separate choice.
 */
export const OPTIONAL_NOTICES = ['submission-waiting', 'referral', 'batch-ready', 'batch-signed'] as const satisfies readonly NoticeType[];
export type OptionalNotice = (typeof OPTIONAL_NOTICES)[number];

export const OPTIONAL_NOTICE_LABELS: Record<OptionalNotice, string> = {
  'submission-waiting': 'A learner’s submission is waiting for me to assess it',
  referral: 'A moderator referred one of my judgements back to me',
  'batch-ready': 'A moderation batch is ready for me',
  'batch-signed': 'A moderation batch with my judgements was signed',
};

export function isOptional(type: NoticeType): type is OptionalNotice {
  return (OPTIONAL_NOTICES as readonly string[]).includes(type);
}

/** Queues the notice in the caller's transaction: it is sent only if that change commits. */
export async function enqueueNotice(tx: DbOrTx, notice: Notice, runAfter?: Date): Promise<void> {
  await enqueueJob(tx, { kind: MAIL_JOB, payload: NoticeSchema.parse(notice), runAfter });
}
