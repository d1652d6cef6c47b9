import { expect, test } from 'vitest';
import { looksLikeSaIdNumber } from '@/lib/portfolio/logbook/entry-schema';
import { entryFormInput } from '@/lib/portfolio/logbook/form-input';
import { LogbookRuleError } from '@/lib/portfolio/logbook/logbook-errors';
import { prepareEntry } from '@/lib/portfolio/logbook/prepare-entry';
import { logbookSlaTerms } from '@/lib/portfolio/logbook/sla-terms';
import { requireLocalDateTime as at } from '@/lib/sla/time';

const CLAIMS = { always: ['AC2.1', 'AC2.2'], whenRespondedInTime: ['AC2.3', 'AC3.2'], whenEscalated: ['AC3.1'], whenFollowedUp: ['AC3.3'] };
const context = { now: at('2026-03-10T12:00'), claims: CLAIMS, terms: logbookSlaTerms() };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  const base: Record<string, string> = {
    reference: 'INC-0042',
    loggedAt: '2026-03-03 16:30',
    channel: 'email',
    customer: 'Payroll officer',
    description: 'Outlook will not open',
    impact: 'high',
    urgency: 'medium',
    priority: 'P2',
    respondedAt: '2026-03-04 09:00',
    resolvedAt: '2026-03-04 15:00',
  };
  for (const [name, value] of Object.entries({ ...base, ...fields })) data.set(name, value);
  return data;
}

function refusal(fields: Record<string, string>): Record<string, string> {
  try {
    prepareEntry(entryFormInput(form(fields)), context);
  } catch (error) {
    if (error instanceof LogbookRuleError) return error.fields;
    throw error;
  }
  throw new Error('not refused');
}

test('a complete entry from the form claims what it shows and carries its due times', () => {
  const prepared = prepareEntry(
    entryFormInput(form({ 'escalations.0.to': 'Exchange admin', 'escalations.0.at': '2026-03-04 09:10', 'escalations.0.why': 'Mailbox corrupt', 'followUp.at': '2026-03-05 10:00', 'followUp.how': 'Phoned the user', simulated: 'on' })),
    context,
  );
  expect(prepared.entry).toMatchObject({ reference: 'INC-0042', simulated: true, channel: 'email', priority: 'P2', escalations: [{ to: 'Exchange admin', why: 'Mailbox corrupt' }] });
  expect(prepared.sla.responseDueAt).toEqual(at('2026-03-04T09:30'));
  expect(prepared.sla.resolutionDueAt).toEqual(at('2026-03-04T16:30'));
  expect(prepared.criteria).toEqual(['AC2.1', 'AC2.2', 'AC2.3', 'AC3.1', 'AC3.2', 'AC3.3']);
});

test('an entry answered late, with no escalation or follow-up, claims only the criteria it always claims', () => {
  expect(prepareEntry(entryFormInput(form({ respondedAt: '2026-03-04 11:00' })), context).criteria).toEqual(['AC2.1', 'AC2.2']);
});

test('an open ticket (not yet responded to) may be logged', () => {
  const prepared = prepareEntry(entryFormInput(form({ respondedAt: '', resolvedAt: '' })), context);
  expect(prepared.entry.respondedAt).toBeNull();
  expect(prepared.sla.respondedInTime).toBe(false);
});

test('date-times must be written YYYY-MM-DD HH:MM in 24-hour time and name a real moment', () => {
  expect(refusal({ loggedAt: '3/3/2026 4:30 PM' }).loggedAt).toBe('Write when the ticket was logged as YYYY-MM-DD HH:MM in 24-hour time, for example 2026-03-03 16:30.');
  expect(refusal({ respondedAt: '2026-02-30 09:00' }).respondedAt).toBe('2026-02-30 09:00 is not a real date and time: check the day, month, hour (00–23) and minutes (00–59).');
  expect(refusal({ resolvedAt: '2026-03-04 24:10' }).resolvedAt).toMatch(/is not a real date and time/);
  expect(refusal({ loggedAt: '' }).loggedAt).toBe('Enter when the ticket was logged.');
});

test('an unknown priority, channel or level is refused with the choices', () => {
  const problems = refusal({ priority: 'P5', channel: 'fax', impact: 'huge' });
  expect(problems).toMatchObject({
    priority: 'Choose the priority you assigned: P1, P2, P3 or P4.',
    channel: 'Choose the channel: phone, email, in-person, chat, remote.',
    impact: 'Choose the impact: High, Medium or Low.',
  });
});

test('an ID number in the customer or the description is refused, a ticket number is not', () => {
  const problems = refusal({ customer: 'Mr 800101 5009 087', description: 'Caller gave ID 8001015009088 for verification' });
  expect(problems.customer).toBe('This looks like a South African ID number. Leave it out: the logbook needs no personal numbers (POPIA: collect only what you need).');
  expect(problems.description).toBe(problems.customer);
  expect(prepareEntry(entryFormInput(form({ reference: '8001015009087' })), context).entry.reference).toBe('8001015009087');
});

test('an ID-like number is 13 digits starting with a real date of birth', () => {
  expect(looksLikeSaIdNumber('8001015009087')).toBe(true);
  expect(looksLikeSaIdNumber('ID: 800101-5009-087')).toBe(true);
  expect(looksLikeSaIdNumber('Ticket 9913995009087')).toBe(false);
  expect(looksLikeSaIdNumber('ext 4012, cell 082 555 1234')).toBe(false);
  expect(looksLikeSaIdNumber('80010150090871')).toBe(false);
});

test('a half-filled escalation or follow-up names the missing field', () => {
  const problems = refusal({ 'escalations.0.to': 'Network team', 'escalations.0.at': '', 'escalations.0.why': '', 'followUp.at': '2026-03-05 10:00' });
  expect(problems).toMatchObject({
    'escalations.0.at': 'Enter when you escalated.',
    'escalations.0.why': 'Enter why you escalated.',
    'followUp.how': 'Enter how you followed up.',
  });
});

test('an impossible entry is refused per field after its form is well written', () => {
  expect(refusal({ resolvedAt: '2026-03-03 10:00', respondedAt: '2026-03-03 16:40' })).toEqual({
    resolvedAt: 'The resolution cannot come before the ticket was logged (Tue 3 Mar 2026, 16:30).',
  });
});
