import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { job, mailDelivery } from '@/lib/db/schema';
import type { ClaimedJob } from '@/lib/jobs/claim-job';
import { composeNotice } from '@/lib/mail/compose-notice';
import { deliver } from '@/lib/mail/deliver';
import type { MailConfig } from '@/lib/mail/mail-config';
import { NoticeSchema } from '@/lib/mail/notices';
import { renderMessage } from '@/lib/mail/render-message';
import { readSettings } from '@/lib/settings/settings-store';

export type SendOutcome = 'sent' | 'already-sent' | 'nothing-to-send';

/**
 * Sends the notice a mail job carries. A job already delivered (its id in `mail_delivery`) sends
 * nothing again, so a job run a second time (a worker that stopped before marking it done) does not
 * mail twice. Sending and recording are two steps: a crash between them can still send twice, which
 * is better than never.
 */
export async function sendNoticeJob(db: Db, claimed: Pick<ClaimedJob, 'id' | 'payload'>, config: MailConfig): Promise<SendOutcome> {
  const [done] = await db.select({ jobId: mailDelivery.jobId }).from(mailDelivery).where(eq(mailDelivery.jobId, claimed.id));
  if (done) {
    await forgetToken(db, claimed);
    return 'already-sent';
  }
  const notice = NoticeSchema.parse(claimed.payload);
  const addressed = await composeNotice(db, notice, config.baseUrl);
  if (!addressed) {
    await forgetToken(db, claimed);
    return 'nothing-to-send';
  }
  const { providerName } = await readSettings(db);
  const message = renderMessage(addressed.body, providerName || 'Customer care course');
  await deliver(config, { to: addressed.to, ...message, messageId: `<${claimed.id}@course.notice>` });
  await db.insert(mailDelivery).values({ jobId: claimed.id }).onConflictDoNothing();
  await forgetToken(db, claimed);
  return 'sent';
}

/**
 * A link's token (a witness's or a password link's) is a credential: once it is in the mailbox, or
 * there is nothing left to send it for, the queue forgets it. A job that failed keeps it, to try again.
 */
async function forgetToken(db: Db, claimed: Pick<ClaimedJob, 'id' | 'payload'>): Promise<void> {
  const payload = claimed.payload;
  if (typeof payload !== 'object' || payload === null || !('token' in payload)) return;
  await db.update(job).set({ payload: sql`${job.payload} - 'token'` }).where(eq(job.id, claimed.id));
}
