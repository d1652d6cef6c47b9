import { RecordDocument } from '@/components/record/record-document';
import { PrintButton } from '@/components/ui/print-button';
import type { RecordOfLearning } from '@/lib/record/record-schema';

/** A record with its print and PDF controls (which do not print themselves). */
export function RecordPage({ record, pdfHref }: { record: RecordOfLearning; pdfHref: string }) {
  return (
    <div className="space-y-6">
      <div className="no-print flex flex-wrap gap-3">
        <PrintButton label="Print on A4" />
        <a href={pdfHref} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          Download PDF
        </a>
      </div>
      <RecordDocument record={record} />
    </div>
  );
}
