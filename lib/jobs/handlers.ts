import type { JobHandlers } from '@/lib/jobs/run-next-job';
import { mailConfigFromEnvironment } from '@/lib/mail/mail-config';
import { MAIL_JOB } from '@/lib/mail/notices';
import { sendNoticeJob } from '@/lib/mail/send-notice-job';

/** Every kind of background job the server runs, by the `kind` stored with it. */
export function jobHandlers(): JobHandlers {
  return {
    [MAIL_JOB]: async (db, claimed) => {
      await sendNoticeJob(db, claimed, mailConfigFromEnvironment());
    },
  };
}
