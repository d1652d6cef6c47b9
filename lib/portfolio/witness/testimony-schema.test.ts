import { expect, test } from 'vitest';
import { testimonyFormSchema } from '@/lib/portfolio/witness/testimony-schema';

const CODES = ['AC1.1', 'AC1.3', 'AC3.4'];
const TOKEN = 'x'.repeat(43);
const schema = testimonyFormSchema(CODES);

const base = {
  token: TOKEN,
  confirmedName: 'Thandi Mokoena',
  confirmedRole: 'Service desk team leader',
  confirmedOrganisation: 'Acme IT',
  signatureName: 'thandi  mokoena',
  declaration: 'yes',
};

function fieldErrors(input: Record<string, string>): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

test('an answered criterion becomes an answer; blank criteria are left out as not seen', () => {
  const parsed = schema.parse({
    ...base,
    'saw:AC1.3': ' Calm, clear calls with upset users. ',
    'frequency:AC1.3': 'regularly',
    'context:AC1.3': 'Password resets at month end',
    'channel:AC1.3': 'phone',
    'saw:AC1.1': '',
    'countersign:entry-1': 'yes',
  });
  expect(parsed.answers).toEqual({ 'AC1.3': { saw: 'Calm, clear calls with upset users.', frequency: 'regularly', context: 'Password resets at month end', channel: 'phone' } });
  expect(parsed.countersign).toEqual(['entry-1']);
  expect(parsed.signatureName).toBe('thandi  mokoena');
});

test('a testimony with no criterion answered is refused, saying at least one is needed', () => {
  expect(fieldErrors(base)).toEqual({ answers: 'Answer at least one criterion: describe what you saw for any criterion you have seen the learner do.' });
});

test('a criterion answered in part names each missing part in its own field', () => {
  expect(fieldErrors({ ...base, 'context:AC3.4': 'A complaint about a late laptop' })).toEqual({
    'saw:AC3.4': 'Say what you saw the learner do for AC3.4, or clear every answer for AC3.4 if you have not seen it.',
    'frequency:AC3.4': 'Choose how often you saw it for AC3.4: once, a few times or regularly.',
    'channel:AC3.4': 'Choose the channel for AC3.4: phone, e-mail, in person, chat or remote support session.',
  });
});

test('a frequency or channel that is not offered is refused in its field', () => {
  const errors = fieldErrors({ ...base, 'saw:AC1.1': 'Explained VPN setup plainly', 'frequency:AC1.1': 'always', 'context:AC1.1': 'New staff', 'channel:AC1.1': 'fax' });
  expect(Object.keys(errors).sort()).toEqual(['channel:AC1.1', 'frequency:AC1.1']);
});

test('the signature must be the confirmed name, and the declaration ticked, each with its own message', () => {
  const answered = { 'saw:AC1.1': 'Explained VPN setup plainly', 'frequency:AC1.1': 'once', 'context:AC1.1': 'New staff', 'channel:AC1.1': 'in-person' };
  expect(fieldErrors({ ...base, ...answered, signatureName: 'T. Mokoena', declaration: '' })).toEqual({
    signatureName: 'Type your name exactly as you confirmed it above (Thandi Mokoena) to sign.',
    declaration: 'Tick the declaration to sign your testimony.',
  });
  expect(fieldErrors({ ...base, ...answered, signatureName: '' }).signatureName).toBe('Type your full name to sign.');
});

test('identity fields are checked together with the answers, so every message shows at once', () => {
  const errors = fieldErrors({ ...base, confirmedName: '', confirmedRole: '', signatureName: 'Someone' });
  expect(errors.confirmedName).toBe('Enter the full name');
  expect(errors.confirmedRole).toBe('Enter the role, for example Service desk team leader');
  expect(errors.answers).toBeDefined();
});

test('a countersign choice that is not an entry id is refused', () => {
  const errors = fieldErrors({ ...base, 'saw:AC1.1': 'x', 'frequency:AC1.1': 'once', 'context:AC1.1': 'y', 'channel:AC1.1': 'chat', "countersign:'; drop table": 'yes' });
  expect(errors).toEqual({ countersign: 'One of the logbook entries chosen is not recognised. Reload the page and choose again.' });
});
