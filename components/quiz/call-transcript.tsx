import { useId } from 'react';
import { describeLocalDateTime } from '@/components/quiz/format-date-time';

export type CallTranscriptProps = {
  /** When the call came in: "2026-10-16T16:20", SAST. */
  callAt: string;
  transcript: readonly { speaker: string; line: string }[];
};

/**
 * A call as a conversation: a list of turns, each with the speaker's name before the words, so a
 * screen reader announces who speaks and how many turns there are. Not a table: a call is read in
 * order, not compared across columns.
 */
export function CallTranscript({ callAt, transcript }: CallTranscriptProps) {
  const headingId = useId();
  const first = transcript[0]?.speaker;
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-slate-300 bg-slate-50 p-3 sm:p-4">
      <h3 id={headingId} className="font-bold text-slate-900">
        The call
      </h3>
      <p className="text-sm text-slate-700">Received {describeLocalDateTime(callAt)} (SAST).</p>
      <ol className="mt-3 space-y-3">
        {transcript.map((turn, index) => (
          // Turns may repeat word for word ("Yes."), so the key counts earlier repeats.
          <li
            key={`${transcript.slice(0, index).filter((earlier) => earlier.speaker === turn.speaker && earlier.line === turn.line).length}:${turn.speaker}:${turn.line}`}
            className={`rounded-md border-l-4 bg-white px-3 py-2 ${turn.speaker === first ? 'border-brand-700' : 'border-slate-500'}`}
          >
            <span className="block text-sm font-semibold text-slate-800">
              {turn.speaker}
              <span className="sr-only">:</span>
            </span>{' '}
            <span className="block text-slate-900">{turn.line}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
