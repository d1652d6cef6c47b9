import type { JobHandlers } from '@/lib/jobs/run-next-job';
import { mailConfigFromEnvironment } from '@/lib/mail/mail-config';
import { MAIL_JOB } from '@/lib/mail/notices';
import { sendNoticeJob } from '@/lib/mail/send-notice-job';
import { keepRecordPdf, RECORD_PDF_JOB } from '@/lib/record/keep-record-pdf';
import { recordPdfRenderer } from '@/lib/record/pdf-renderer';
import { recordDeps } from '@/lib/record/record-service';
import { renderedFileCache } from '@/lib/storage/rendered-file-cache';
import { deliverStatementJob } from '@/lib/xapi/deliver-statement';
import { XAPI_JOB } from '@/lib/xapi/outbox';

/** Every kind of background job the server runs, by the `kind` stored with it. */
export function jobHandlers(): JobHandlers {
  return {
    [MAIL_JOB]: async (db, claimed) => {
      await sendNoticeJob(db, claimed, mailConfigFromEnvironment());
    },
    [XAPI_JOB]: async (_db, claimed) => {
      await deliverStatementJob(claimed);
    },
    [RECORD_PDF_JOB]: async (db, claimed) => {
      await keepRecordPdf(db, claimed.payload, { recordDeps, renderer: recordPdfRenderer(), cache: renderedFileCache() });
    },
  };
}
