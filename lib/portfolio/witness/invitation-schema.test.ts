import { expect, test } from 'vitest';
import { ContactSchema, InvitationFormSchema } from '@/lib/portfolio/witness/invitation-schema';

function contactError(value: string): string | null {
  const result = ContactSchema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'no message');
}

test('a whole e-mail address or a phone number of 10 to 15 digits is a contact', () => {
  for (const value of ['thandi.mokoena@acme.co.za', '082 555 0123', '+27 82 555 0123', '(011) 555-0123', '0115550123']) expect(contactError(value), value).toBeNull();
});

test('each kind of bad contact gets its own message', () => {
  expect(contactError('')).toBe('Enter an e-mail address or a phone number for the witness');
  expect(contactError('thandi@')).toBe('Enter a whole e-mail address, such as thandi@company.co.za');
  expect(contactError('ask at reception')).toBe('Enter an e-mail address, or a phone number in digits such as 082 555 0123');
  expect(contactError('082 555')).toBe('A phone number has 10 to 15 digits (this one has 6), such as 082 555 0123 or +27 82 555 0123');
  expect(contactError('+27 82 555 0123 4567 89')).toMatch(/^A phone number has 10 to 15 digits \(this one has 17\)/);
});

test('the invitation form names every missing field', () => {
  const result = InvitationFormSchema.safeParse({ witnessName: ' ', witnessRole: '', organisation: '', contact: '' });
  expect(result.success).toBe(false);
  const fields = Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
  expect(fields).toEqual({
    witnessName: 'Enter the full name',
    witnessRole: 'Enter the role, for example Service desk team leader',
    organisation: 'Enter the organisation, for example the company where you work together',
    contact: 'Enter an e-mail address or a phone number for the witness',
  });
});

test('the invitation form keeps names as typed, without surrounding spaces', () => {
  const result = InvitationFormSchema.parse({ witnessName: '  Thandi Mokoena ', witnessRole: 'Team leader', organisation: 'Acme IT', contact: ' 082 555 0123 ' });
  expect(result).toEqual({ witnessName: 'Thandi Mokoena', witnessRole: 'Team leader', organisation: 'Acme IT', contact: '082 555 0123' });
});
