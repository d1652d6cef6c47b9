import type { QuestionTable } from '@/lib/quiz/schema';

/**
 * The figures a question asks the learner to read, such as a month's SLA report. The first cell of
 * each row names the row, so a screen reader announces "P1, resolution met: 83%" rather than bare numbers.
 */
export function QuestionTables({ tables }: { tables: readonly QuestionTable[] | undefined }) {
  if (!tables || tables.length === 0) return null;
  return (
    <div className="mt-3 space-y-4">
      {tables.map((table) => (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
        <section key={table.caption} className="relative overflow-x-auto" tabIndex={0} aria-label={`${table.caption} (scrolls sideways on small screens)`}>
          <table className="w-full min-w-[28rem] border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold text-slate-900">{table.caption}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {table.columns.map((column) => (
                  <th key={column} scope="col" className="py-1.5 pr-3 font-semibold">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.join('\u0000')} className="border-b border-slate-200">
                  {table.columns.map((column, index) =>
                    index === 0 ? (
                      <th key={column} scope="row" className="py-1.5 pr-3 font-normal">
                        {row[index]}
                      </th>
                    ) : (
                      <td key={column} className="py-1.5 pr-3 tabular-nums">
                        {row[index]}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
