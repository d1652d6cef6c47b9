import type { LearningTimePart } from '@/lib/content/schema';

type Props = { notionalHours: number; credits: number; parts: readonly LearningTimePart[]; lessonMinutes: number; lessonCount: number };

function hours(value: number): string {
  return `${value.toLocaleString('en-ZA')} ${value === 1 ? 'hour' : 'hours'}`;
}

/** Where the unit standard's notional hours go: lessons, practice, the summative and workplace evidence. */
export function LearningTimeTable({ notionalHours, credits, parts, lessonMinutes, lessonCount }: Props) {
  return (
    <section aria-labelledby="learning-time-heading">
      <h2 id="learning-time-heading" className="text-2xl font-bold">
        Notional hours: {notionalHours}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">
        The unit standard carries {credits} credits. One credit stands for 10 notional hours: the time an average learner needs
        for everything the unit standard asks, not only the time spent reading. This is how the {notionalHours} hours split.
      </p>
      <div className="mt-3 relative overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption className="sr-only">How the {notionalHours} notional hours split</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">Part</th>
              <th scope="col" className="py-2 pr-4">Hours</th>
              <th scope="col" className="py-2">What it covers</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.part} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {part.title}
                </th>
                <td className="py-2 pr-4 tabular-nums whitespace-nowrap">{hours(part.hours)}</td>
                <td className="py-2">
                  {part.description}
                  {part.part === 'lessons' ? ` The ${lessonCount} lessons add up to ${lessonMinutes} minutes.` : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-300">
              <th scope="row" className="py-2 pr-4">Total</th>
              <td className="py-2 pr-4 font-semibold tabular-nums whitespace-nowrap">{hours(parts.reduce((sum, part) => sum + part.hours, 0))}</td>
              <td className="py-2" />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
