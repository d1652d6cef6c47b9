import { z } from 'zod';
import { CHANNELS } from '@/lib/db/schema/portfolio';
import { postedTime } from '@/lib/forms/sast-date-time-parts';
import { storableText } from '@/lib/forms/storable-text';

const Mark = z.enum(['observed', 'not-observed', '']);
export type BehaviourMark = z.infer<typeof Mark>;

/** Per criterion, per checklist behaviour: the assessor's mark and note as the form sends them. */
export const BehaviourMarksSchema = z.record(storableText(), z.record(storableText(), z.strictObject({ mark: Mark, note: storableText().max(1000, 'A note has at most 1,000 characters.') })));
export type BehaviourMarks = z.infer<typeof BehaviourMarksSchema>;

/** The observation form. Checks that need the scenario or the clock are made by `recordObservation`. */
export const ObservationFormSchema = z.strictObject({
  learnerId: storableText().min(1, 'There is no such learner.'),
  scenarioId: storableText().min(1, 'Choose the scenario you observed.'),
  setting: z.enum(['live', 'simulated'], { message: 'Say whether you observed a live interaction at work or a simulation.' }),
  channel: z.enum(CHANNELS, { message: 'Choose the channel of the interaction.' }),
  date: storableText().trim(),
  time: storableText().trim(),
  place: storableText().trim().min(2, 'Say where the interaction took place.').max(200, 'The place has at most 200 characters.'),
  durationMinutes: storableText()
    .trim()
    .regex(/^\d{1,4}$/, 'Give the duration in whole minutes, for example 20.')
    .transform(Number)
    .pipe(z.number().min(1, 'The duration is at least 1 minute.').max(480, 'An observation lasts at most 480 minutes (8 hours).')),
  context: storableText().trim().min(10, 'Describe the context in a sentence or more: who the customer was and what they needed.').max(2000, 'The context has at most 2,000 characters.'),
  behaviours: BehaviourMarksSchema,
});
export type ObservationForm = z.infer<typeof ObservationFormSchema>;

/** The form's fields as an object for `ObservationFormSchema`: marks and notes gathered per criterion and behaviour. */
export function observationFormObject(formData: FormData): Record<string, unknown> {
  const behaviours: Record<string, Record<string, { mark: string; note: string }>> = {};
  const entry = (code: string, id: string) => {
    behaviours[code] ??= {};
    behaviours[code][id] ??= { mark: '', note: '' };
    return behaviours[code][id];
  };
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string') continue;
    const [kind, code, id] = key.split(':');
    if (!code || !id) continue;
    if (kind === 'behaviour') entry(code, id).mark = value;
    if (kind === 'note') entry(code, id).note = value;
  }
  const text = (name: string) => String(formData.get(name) ?? '');
  return {
    learnerId: text('learnerId'),
    scenarioId: text('scenarioId'),
    setting: text('setting'),
    channel: text('channel'),
    date: text('date'),
    time: postedTime(formData, 'time'),
    place: text('place'),
    durationMinutes: text('durationMinutes'),
    context: text('context'),
    behaviours,
  };
}
