import { expect, test } from 'vitest';
import { ObservationFormSchema, observationFormObject } from '@/lib/portfolio/observation/observation-schema';

function formData(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

const fields = {
  learnerId: 'learner-1',
  scenarioId: 'walk-up-request',
  setting: 'live',
  channel: 'in-person',
  date: '2026-03-02',
  time: '10:15',
  place: 'IT counter',
  durationMinutes: '15',
  context: 'A sales manager needed a laptop set up for a new starter.',
};

test('marks and notes are gathered per criterion and behaviour from the form fields', () => {
  const parsed = ObservationFormSchema.parse(
    observationFormObject(formData({ ...fields, 'behaviour:AC1.2:attentive': 'observed', 'behaviour:AC1.2:confirms-request': 'not-observed', 'note:AC1.2:confirms-request': 'Acted before checking.', password: 'secret' })),
  );
  expect(parsed.behaviours).toEqual({ 'AC1.2': { attentive: { mark: 'observed', note: '' }, 'confirms-request': { mark: 'not-observed', note: 'Acted before checking.' } } });
  expect(parsed.durationMinutes).toBe(15);
});

test('each general field is refused with its own message', () => {
  const result = ObservationFormSchema.safeParse(observationFormObject(formData({ ...fields, setting: 'imagined', channel: 'fax', place: ' ', durationMinutes: 'twenty', context: 'short' })));
  expect(result.success).toBe(false);
  expect(Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]))).toEqual({
    setting: 'Say whether you observed a live interaction at work or a simulation.',
    channel: 'Choose the channel of the interaction.',
    place: 'Say where the interaction took place.',
    durationMinutes: 'Give the duration in whole minutes, for example 20.',
    context: 'Describe the context in a sentence or more: who the customer was and what they needed.',
  });
  expect(ObservationFormSchema.safeParse(observationFormObject(formData({ ...fields, durationMinutes: '600' }))).error?.issues[0]?.message).toBe('An observation lasts at most 480 minutes (8 hours).');
});

test('the date-time field posts its hour and minute apart; they arrive as one 24-hour time', () => {
  const { time: _time, ...rest } = fields;
  expect(ObservationFormSchema.parse(observationFormObject(formData({ ...rest, 'time.hour': '9', 'time.minute': '05' }))).time).toBe('09:05');
  expect(ObservationFormSchema.parse(observationFormObject(formData({ ...rest, 'time.hour': '24', 'time.minute': '00' }))).time).toBe('24:00');
});
