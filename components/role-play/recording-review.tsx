'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { addRecordingNoteAction } from '@/app/(evidence)/evidence/role-play/[recordingId]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { formatClock } from '@/lib/portfolio/role-play/clock-time';

export type ReviewNote = { id: string; atSeconds: number; criterion: string; note: string; authorName: string; authorRole: string };

type Props = {
  recordingId: string;
  title: string;
  video: boolean;
  criteria: { code: string; text: string }[];
  notes: ReviewNote[];
  canNote: boolean;
  /** What to say where notes would be when there are none to show. */
  emptyNotes: string;
  /** Said instead of the player when the retention period removed the recording. */
  removedMessage?: string;
};

const fieldClass = 'block min-h-11 w-full max-w-xl rounded-md border px-3 py-2 text-slate-900';

/** The player, the notes in time order (each seeks the player to its moment) and, for the assessor and moderator, the note form. */
export function RecordingReview({ recordingId, title, video, criteria, notes, canNote, emptyNotes, removedMessage }: Props) {
  const player = useRef<HTMLMediaElement | null>(null);
  const [state, action] = useActionState(addRecordingNoteAction, initialFormState);
  const [at, setAt] = useState('');
  const [status, setStatus] = useState('');
  const errors = state.fieldErrors;

  useEffect(() => {
    if (state.status === 'success') setAt('');
    if (state.status === 'error') setAt(state.values.at ?? '');
  }, [state]);

  function seek(seconds: number) {
    const media = player.current;
    if (!media) return;
    media.currentTime = seconds;
    setStatus(`The player is at ${formatClock(seconds)}. Press play to listen from there.`);
  }

  function noteNow() {
    const seconds = Math.floor(player.current?.currentTime ?? 0);
    setAt(formatClock(seconds));
    setStatus(`Time set to ${formatClock(seconds)}.`);
  }

  const Media = video ? 'video' : 'audio';
  return (
    <div className="space-y-6">
      {removedMessage ? (
        <p className="rounded-md bg-slate-100 px-4 py-3 text-slate-800">{removedMessage}</p>
      ) : (
        <Media
          ref={(element: HTMLMediaElement | null) => {
            player.current = element;
          }}
          src={`/api/recordings/${recordingId}`}
          controls
          preload="metadata"
          aria-label={`Recording: ${title}`}
          className={video ? 'w-full max-w-2xl rounded border border-slate-300' : 'w-full max-w-2xl'}
        />
      )}
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-2xl font-bold">
          Notes
        </h2>
        {notes.length === 0 ? (
          <p className="text-slate-700">{emptyNotes}</p>
        ) : (
          <ol className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {notes.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start gap-3 px-3 py-3">
                <button type="button" onClick={() => seek(item.atSeconds)} className="min-h-11 rounded-md border-2 border-brand-700 px-3 font-mono font-semibold text-brand-800">
                  {formatClock(item.atSeconds)}
                  <span className="sr-only">: play from here ({item.criterion})</span>
                </button>
                <div className="min-w-0 flex-1">
                  <p>
                    <span className="font-semibold">{item.criterion}</span> {item.note}
                  </p>
                  <p className="text-sm text-slate-700">
                    {item.authorName}, {item.authorRole}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      {canNote ? (
        <section aria-labelledby="note-form-heading" className="space-y-3">
          <h2 id="note-form-heading" className="text-2xl font-bold">
            Add a note
          </h2>
          <form action={action} noValidate className="space-y-4">
            <FormMessage state={state} />
            <input type="hidden" name="recordingId" value={recordingId} />
            <div className="space-y-1">
              <label htmlFor="note-at" className="block font-semibold">
                Time in the recording
              </label>
              <p id="note-at-hint" className="text-sm text-slate-700">
                Minutes and seconds, such as 1:05, or use the button while the recording plays.
              </p>
              <div className="flex flex-wrap items-center gap-3">
                <input
                  id="note-at"
                  name="at"
                  value={at}
                  onChange={(event) => setAt(event.target.value)}
                  autoComplete="off"
                  aria-describedby={errors.at ? 'note-at-hint note-at-error' : 'note-at-hint'}
                  aria-invalid={errors.at ? true : undefined}
                  className={`${fieldClass} max-w-32 font-mono ${errors.at ? 'border-red-700' : 'border-slate-400'}`}
                />
                <button type="button" onClick={noteNow} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
                  Note at current time
                </button>
              </div>
              <FieldError id="note-at-error" message={errors.at} />
            </div>
            <div className="space-y-1">
              <label htmlFor="note-criterion" className="block font-semibold">
                Criterion
              </label>
              <select
                id="note-criterion"
                name="criterion"
                defaultValue={state.values.criterion ?? criteria[0]?.code}
                aria-describedby={errors.criterion ? 'note-criterion-error' : undefined}
                aria-invalid={errors.criterion ? true : undefined}
                className={`${fieldClass} ${errors.criterion ? 'border-red-700' : 'border-slate-400'}`}
              >
                {criteria.map((criterion) => (
                  <option key={criterion.code} value={criterion.code}>
                    {criterion.code}: {criterion.text}
                  </option>
                ))}
              </select>
              <FieldError id="note-criterion-error" message={errors.criterion} />
            </div>
            <div className="space-y-1">
              <label htmlFor="note-text" className="block font-semibold">
                Note
              </label>
              <textarea
                id="note-text"
                name="note"
                rows={3}
                defaultValue={state.values.note ?? ''}
                aria-describedby={errors.note ? 'note-text-error' : undefined}
                aria-invalid={errors.note ? true : undefined}
                className={`${fieldClass} ${errors.note ? 'border-red-700' : 'border-slate-400'}`}
              />
              <FieldError id="note-text-error" message={errors.note} />
            </div>
            <SubmitButton pendingLabel="Adding…">Add note</SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
