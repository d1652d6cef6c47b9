import { LEARNER_COLUMN_HEADINGS } from '@/lib/import/learner-columns';
import type { PreviewRow } from '@/lib/import/learner-rows';

/** Rows of the file with their row number in the spreadsheet and, for each problem, the column and what is wrong. */
export function PreviewTable({ id, title, rows }: { id: string; title: string; rows: PreviewRow[] }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-3 relative overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">Row</th>
              <th scope="col" className="py-2 pr-4">Learner</th>
              <th scope="col" className="py-2">Result</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4">{row.line}</td>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <span className="font-semibold">{row.fullName || '(no name)'}</span>
                  <span className="block text-sm text-slate-700">{row.email || '(no e-mail)'}</span>
                </th>
                <td className="py-2">
                  {row.problems.length === 0 ? (
                    <span className="text-emerald-800">Ready</span>
                  ) : (
                    <ul className="space-y-1">
                      {row.problems.map((problem) => (
                        <li key={`${problem.field}-${problem.message}`} className="text-red-800">
                          <span className="font-semibold">{LEARNER_COLUMN_HEADINGS[problem.field]}:</span> {problem.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
