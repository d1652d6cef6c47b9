import { z } from 'zod';
import { parseClock } from '@/lib/portfolio/role-play/clock-time';
import { IdSchema } from '@/lib/quiz/schema';
import { storableText } from '@/lib/forms/storable-text';

export const BriefIdSchema = IdSchema;
export const RecordingIdSchema = z.uuid();

// Six hours: longer than any role-play, short enough to catch a time typed wrongly.
export const MAX_RECORDING_SECONDS = 6 * 3600;
export const MAX_NOTE_LENGTH = 2000;

/** What the recorder reports about a take it uploads; absent for a chosen file. */
export const ReportedSecondsSchema = z
  .preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : null), z.number().int().min(0).max(MAX_RECORDING_SECONDS).nullable())
  .catch(null);

/** A time-stamped note on a recording, as the assessor's or moderator's form sends it. */
export const RecordingNoteSchema = z.object({
  recordingId: RecordingIdSchema,
  at: storableText()
    .transform((text, context) => {
      const seconds = parseClock(text);
      if (seconds === null || seconds > MAX_RECORDING_SECONDS) {
        context.addIssue({ code: 'custom', message: 'Enter the time as minutes and seconds, such as 1:05.' });
        return z.NEVER;
      }
      return seconds;
    }),
  criterion: storableText().trim().min(1, 'Choose the criterion the note is about.'),
  note: storableText().trim().min(1, 'Write the note.').max(MAX_NOTE_LENGTH, `Keep the note to ${MAX_NOTE_LENGTH} characters.`),
});
export type RecordingNote = z.output<typeof RecordingNoteSchema>;
