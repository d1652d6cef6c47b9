import { LEVEL_NAMES, LEVELS, PRIORITY_MATRIX, PRIORITY_NAMES } from '@/lib/sla/priority';
import { PRIORITY_STYLES } from './priority-styles';

/** Impact × urgency → P1–P4 as a data table, drawn from the same matrix the calculator uses. */
export function PriorityMatrix() {
  return (
    <div className="not-prose my-6 relative overflow-x-auto">
      <table className="w-full min-w-[18rem] border-separate border-spacing-1 text-center text-sm sm:text-base">
        <caption className="mb-2 text-left font-semibold text-slate-900">
          Priority matrix: the impact (rows) and the urgency (columns) of an incident give its priority, from P1
          (critical) to P4 (low).
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={3} className="px-2 py-1 font-semibold text-slate-700">
              Urgency
            </th>
          </tr>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-semibold text-slate-700">
              Impact
            </th>
            {LEVELS.map((urgency) => (
              <th key={urgency} scope="col" className="rounded bg-slate-100 px-2 py-1 font-semibold text-slate-900">
                {LEVEL_NAMES[urgency]}
                <span className="sr-only"> urgency</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((impact) => (
            <tr key={impact}>
              <th scope="row" className="rounded bg-slate-100 px-2 py-2 text-left font-semibold text-slate-900">
                {LEVEL_NAMES[impact]}
                <span className="sr-only"> impact</span>
              </th>
              {LEVELS.map((urgency) => {
                const priority = PRIORITY_MATRIX[impact][urgency];
                return (
                  <td key={urgency} className={`rounded border-2 px-2 py-2 ${PRIORITY_STYLES[priority]}`}>
                    <span className="block text-lg font-bold">{priority}</span>
                    <span className="block text-xs">{PRIORITY_NAMES[priority]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
