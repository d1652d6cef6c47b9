import { expect, test } from 'vitest';
import type { z } from 'zod';
import { JudgementFormSchema } from '@/lib/assessing/judgement-schema';
import { UNSTORABLE_TEXT_MESSAGE } from '@/lib/forms/storable-text';
import { InterviewFormSchema } from '@/lib/portfolio/interview/interview-schema';
import { LogbookEntryInputSchema } from '@/lib/portfolio/logbook/entry-schema';
import { ObservationFormSchema } from '@/lib/portfolio/observation/observation-schema';
import { RecordingNoteSchema } from '@/lib/portfolio/role-play/role-play-schemas';
import { InvitationFormSchema } from '@/lib/portfolio/witness/invitation-schema';
import { testimonyFormSchema } from '@/lib/portfolio/witness/testimony-schema';
import { ResponseSchema } from '@/lib/quiz/response';
import { SettingsPatchSchema } from '@/lib/settings/settings-schema';
import { ChangePasswordSchema, NewUserSchema, SignUpSchema } from '@/lib/users/account-schemas';

const NUL = 'Thandi\u0000 Mokoena';
const LONE = 'Thandi \uD800Mokoena';

/** The message each issue carries, by its dotted path. */
function messages(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  const byPath: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.join('.');
    byPath[path] = [...(byPath[path] ?? []), issue.message];
  }
  return byPath;
}

// Each form's free-text field, given a NUL or a lone surrogate: once the database refused it (500);
// now the field itself says why, whatever else is wrong with the form.
const CASES: [string, z.ZodType, (text: string) => unknown, string][] = [
  ['sign-up name', SignUpSchema, (text) => ({ fullName: text, email: 'a@example.co.za', password: 'x', confirmPassword: 'x' }), 'fullName'],
  ['admin new user name', NewUserSchema, (text) => ({ fullName: text }), 'fullName'],
  ['current password', ChangePasswordSchema, (text) => ({ currentPassword: text }), 'currentPassword'],
  ['settings provider name', SettingsPatchSchema, (text) => ({ providerName: text }), 'providerName'],
  ['witness invitation organisation', InvitationFormSchema, (text) => ({ organisation: text }), 'organisation'],
  ['logbook customer', LogbookEntryInputSchema, (text) => ({ customer: text }), 'customer'],
  ['observation place', ObservationFormSchema, (text) => ({ place: text }), 'place'],
  ['interview notes', InterviewFormSchema, (text) => ({ notes: text }), 'notes'],
  ['recording note', RecordingNoteSchema, (text) => ({ criterion: 'AC1.1', note: text }), 'note'],
  ['judgement feedback', JudgementFormSchema, (text) => ({ feedback: text }), 'feedback'],
  ['written answer', ResponseSchema, (text) => ({ type: 'written', text }), 'text'],
  ['witness testimony', testimonyFormSchema(['AC1.1']), (text) => ({ 'saw:AC1.1': text, 'frequency:AC1.1': 'once', 'context:AC1.1': 'At the desk', 'channel:AC1.1': 'phone' }), 'saw:AC1.1'],
];

for (const [name, schema, input, field] of CASES) {
  test(`${name}: a NUL or a lone surrogate is refused in its own field with a clear message`, () => {
    expect(messages(schema, input(NUL))[field]).toContain(UNSTORABLE_TEXT_MESSAGE);
    expect(messages(schema, input(LONE))[field]).toContain(UNSTORABLE_TEXT_MESSAGE);
    expect(messages(schema, input('Thandi Mokoena'))[field] ?? []).not.toContain(UNSTORABLE_TEXT_MESSAGE);
  });
}
