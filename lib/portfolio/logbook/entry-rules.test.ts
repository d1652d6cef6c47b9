import { expect, test } from 'vitest';
import { impossibleEntryProblems } from '@/lib/portfolio/logbook/entry-rules';
import type { LogbookEntryInput } from '@/lib/portfolio/logbook/entry-schema';
import { requireLocalDateTime as at } from '@/lib/sla/time';

const NOW = at('2026-04-30T12:00');

function entry(overrides: Partial<LogbookEntryInput> = {}): LogbookEntryInput {
  return {
    reference: 'INC-2041',
    simulated: false,
    // Friday 24 April 2026; the Monday after is Freedom Day.
    loggedAt: at('2026-04-24T16:00'),
    channel: 'phone',
    customer: 'Finance clerk',
    description: 'Cannot print payslips',
    impact: 'medium',
    urgency: 'high',
    priority: 'P2',
    respondedAt: at('2026-04-24T16:20'),
    resolvedAt: at('2026-04-28T10:00'),
    escalations: [{ to: 'Print server team', at: at('2026-04-24T16:40'), why: 'Queue stuck' }],
    followUp: { at: at('2026-04-29T09:00'), how: 'Phoned to confirm' },
    ...overrides,
  };
}

test('an entry in order, across a weekend and a public holiday, has no problems', () => {
  expect(impossibleEntryProblems(entry(), NOW)).toEqual({});
});

test('a response before the ticket was logged is refused on the response field', () => {
  expect(impossibleEntryProblems(entry({ respondedAt: at('2026-04-24T15:59') }), NOW)).toEqual({
    respondedAt: 'The response cannot come before the ticket was logged (Fri 24 Apr 2026, 16:00).',
  });
});

test('a resolution before the ticket was logged is refused on the resolution field', () => {
  const problems = impossibleEntryProblems(entry({ respondedAt: at('2026-04-24T09:00'), resolvedAt: at('2026-04-24T10:00'), escalations: [], followUp: null }), NOW);
  expect(problems.resolvedAt).toBe('The resolution cannot come before the ticket was logged (Fri 24 Apr 2026, 16:00).');
});

test('a resolution before the first response is refused', () => {
  expect(impossibleEntryProblems(entry({ respondedAt: at('2026-04-28T11:00'), escalations: [] }), NOW)).toEqual({
    resolvedAt: 'The resolution cannot come before your first response (Tue 28 Apr 2026, 11:00).',
  });
});

test('a resolved ticket without a response is refused on the response field', () => {
  expect(impossibleEntryProblems(entry({ respondedAt: null }), NOW)).toEqual({
    respondedAt: 'Enter when you first responded: a resolved ticket had a response, even if it was the fix itself.',
  });
});

test('an escalation before the ticket was logged is refused on that escalation', () => {
  const escalations = [entry().escalations[0] ?? { to: '', at: NOW, why: '' }, { to: 'Vendor', at: at('2026-04-24T08:00'), why: 'Hardware' }];
  expect(impossibleEntryProblems(entry({ escalations }), NOW)).toEqual({
    'escalations.1.at': 'An escalation cannot come before the ticket was logged (Fri 24 Apr 2026, 16:00).',
  });
});

test('an escalation after the resolution is refused', () => {
  expect(impossibleEntryProblems(entry({ escalations: [{ to: 'Vendor', at: at('2026-04-28T10:01'), why: 'Hardware' }] }), NOW)).toEqual({
    'escalations.0.at': 'An escalation cannot come after the ticket was resolved (Tue 28 Apr 2026, 10:00).',
  });
});

test('a follow-up before the resolution is refused', () => {
  expect(impossibleEntryProblems(entry({ followUp: { at: at('2026-04-27T09:00'), how: 'E-mail' } }), NOW)).toEqual({
    'followUp.at': 'The follow-up cannot come before the ticket was resolved (Tue 28 Apr 2026, 10:00).',
  });
});

test('a follow-up on a ticket not yet resolved asks for the resolution', () => {
  expect(impossibleEntryProblems(entry({ resolvedAt: null }), NOW)).toEqual({
    resolvedAt: 'Enter when the ticket was resolved: a follow-up comes after the fix.',
  });
});

test('every date in the future is refused on its own field', () => {
  const problems = impossibleEntryProblems(
    entry({
      loggedAt: at('2026-05-04T09:00'),
      respondedAt: at('2026-05-04T09:10'),
      resolvedAt: at('2026-05-04T11:00'),
      escalations: [{ to: 'Vendor', at: at('2026-05-04T10:00'), why: 'Hardware' }],
      followUp: { at: at('2026-05-05T09:00'), how: 'Phone' },
    }),
    NOW,
  );
  expect(problems).toEqual({
    loggedAt: 'Mon 4 May 2026, 09:00 is in the future: the logbook records what has already happened.',
    respondedAt: 'Mon 4 May 2026, 09:10 is in the future: the logbook records what has already happened.',
    resolvedAt: 'Mon 4 May 2026, 11:00 is in the future: the logbook records what has already happened.',
    'escalations.0.at': 'Mon 4 May 2026, 10:00 is in the future: the logbook records what has already happened.',
    'followUp.at': 'Tue 5 May 2026, 09:00 is in the future: the logbook records what has already happened.',
  });
});

test('a ticket logged in the current minute is not in the future', () => {
  expect(impossibleEntryProblems(entry({ loggedAt: at('2026-04-30T12:00'), respondedAt: null, resolvedAt: null, escalations: [], followUp: null }), new Date(NOW.getTime() + 30_000))).toEqual({});
});

test('a year before 2000 is taken for a typing mistake', () => {
  expect(impossibleEntryProblems(entry({ loggedAt: at('1926-04-24T16:00'), respondedAt: null, resolvedAt: null, escalations: [], followUp: null }), NOW)).toEqual({
    loggedAt: 'Check the year: the logbook records tickets from 2000 onwards.',
  });
});
