import { RecordDocument } from '@/components/record/record-document';
import { PrintButton } from '@/components/ui/print-button';
import { recordPdfFileName } from '@/lib/record/pdf-file-name';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/** A record with its print and PDF controls (which do not print themselves). */
export function RecordPage({ record, pdfHref }: { record: RecordOfLearning; pdfHref: string }) {
  return (
    <div className="space-y-6">
      <div className="no-print flex flex-wrap gap-3">
        <PrintButton label="Print on A4" />
        <a
          href={pdfHref}
          download={recordPdfFileName(record.candidate.name)}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          Download PDF
        </a>
        <a
          href={`${pdfHref}?view=1`}
          target="_blank"
          rel="noopener"
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50"
        >
          View PDF<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
      <RecordDocument record={record} />
    </div>
  );
}
