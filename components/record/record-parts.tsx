import type { ReactNode } from 'react';
import type { RecordField } from '@/lib/record/record-fields';

/** Building blocks of the record page: sections, labelled fields and hand-completion lines. */

export function RecordSection({
  id,
  title,
  children,
  className = '',
  keepTogether = false,
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
  /** Short sections stay on one printed page; long tables may break between rows. */
  keepTogether?: boolean;
}) {
  const headingId = `record-${id}`;
  return (
    <section aria-labelledby={headingId} className={`${keepTogether ? 'print:break-inside-avoid' : ''} ${className}`}>
      <h2 id={headingId} className="mb-3 border-b-2 border-slate-900 pb-1 text-xl font-bold print:mb-2 print:text-[13pt]">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A line to complete by hand on the printed record; screen readers hear that it is blank. */
export function BlankLine({ tall = false }: { tall?: boolean }) {
  return (
    <>
      {/* Inline-block and empty, so its bottom edge is its baseline: the line sits level with the label. */}
      <span aria-hidden="true" className={`inline-block w-full min-w-40 border-b border-slate-900 ${tall ? 'h-10' : 'h-[1.4em]'}`} />
      <span className="sr-only">Blank, to be completed</span>
    </>
  );
}

export function FieldList({ fields }: { fields: RecordField[] }) {
  return (
    <dl className="grid grid-cols-1 items-baseline gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,16rem)_1fr] print:grid-cols-[14rem_1fr] print:gap-y-1">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="text-slate-700 print:text-black">{field.label}</dt>
          <dd className={`font-semibold ${field.mono === true ? 'font-mono text-sm' : ''}`}>
            {field.value === null ? <BlankLine tall={field.tall === true} /> : field.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
