import { expect, test } from 'vitest';
import type { LogbookEntryInput } from '@/lib/portfolio/logbook/entry-schema';
import { checkEntrySla } from '@/lib/portfolio/logbook/sla-check';
import { logbookSlaTerms } from '@/lib/portfolio/logbook/sla-terms';
import { formatLocalDateTime, requireLocalDateTime as at } from '@/lib/sla/time';

type Ticket = Pick<LogbookEntryInput, 'loggedAt' | 'impact' | 'urgency' | 'priority' | 'respondedAt' | 'resolvedAt' | 'escalations'>;

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return { loggedAt: at('2026-03-03T16:30'), impact: 'high', urgency: 'medium', priority: 'P2', respondedAt: null, resolvedAt: null, escalations: [], ...overrides };
}

function check(overrides: Partial<Ticket> = {}, terms = logbookSlaTerms()) {
  const result = checkEntrySla(ticket(overrides), terms);
  return { ...result, responseDue: formatLocalDateTime(result.responseDueAt), resolutionDue: formatLocalDateTime(result.resolutionDueAt) };
}

test('a P2 logged at 16:30 on a Tuesday is due a response at 09:30 and a resolution at 16:30 the next working day', () => {
  expect(check()).toMatchObject({ gridPriority: 'P2', responseDue: '2026-03-04T09:30', resolutionDue: '2026-03-04T16:30', flags: [] });
});

test('a ticket logged on a Saturday starts its clock on Monday morning', () => {
  expect(check({ loggedAt: at('2026-03-07T11:00'), impact: 'medium', urgency: 'medium', priority: 'P3' })).toMatchObject({
    gridPriority: 'P3',
    responseDue: '2026-03-09T13:00',
    resolutionDue: '2026-03-11T17:00',
  });
});

test('a ticket logged on Freedom Day starts its clock the next working day', () => {
  expect(check({ loggedAt: at('2026-04-27T10:00') })).toMatchObject({ responseDue: '2026-04-28T10:00', resolutionDue: '2026-04-28T17:00' });
});

test('the due times follow the grid, not the priority the learner chose, and the difference is flagged', () => {
  const result = check({ priority: 'P3' });
  expect(result).toMatchObject({ gridPriority: 'P2', responseDue: '2026-03-04T09:30', resolutionDue: '2026-03-04T16:30' });
  expect(result.flags).toEqual(['The grid gives P2 for High impact and Medium urgency; this entry says P3.']);
});

test('a resolution after the target without an escalation is flagged with the business time it was late', () => {
  const result = check({ respondedAt: at('2026-03-04T09:00'), resolvedAt: at('2026-03-05T10:40') });
  // 16:30–17:00 on the due day and 09:00–10:40 the next: 2 h 10 min of business time.
  expect(result.flags).toEqual(['Resolved 2 h 10 min (business time) after the resolution target, with no escalation before it.']);
  expect(result.respondedInTime).toBe(true);
});

test('lateness across Good Friday and Family Day counts only working time', () => {
  const result = check({ loggedAt: at('2026-04-02T16:30'), respondedAt: at('2026-04-02T16:45'), resolvedAt: at('2026-04-08T09:30') });
  expect(result.resolutionDue).toBe('2026-04-07T16:30');
  expect(result.flags).toEqual(['Resolved 1 h (business time) after the resolution target, with no escalation before it.']);
});

test('an escalation before the target excuses a late resolution, one after it does not', () => {
  const late = { respondedAt: at('2026-03-04T09:00'), resolvedAt: at('2026-03-05T10:40') };
  const before = check({ ...late, escalations: [{ to: 'Network team', at: at('2026-03-04T15:00'), why: 'Switch fault' }] });
  expect(before.flags).toEqual([]);
  const after = check({ ...late, escalations: [{ to: 'Network team', at: at('2026-03-05T09:15'), why: 'Switch fault' }] });
  expect(after.flags).toEqual(['Resolved 2 h 10 min (business time) after the resolution target, with no escalation before it.']);
});

test('a late response is flagged and the entry does not count as responded in time', () => {
  const result = check({ respondedAt: at('2026-03-04T10:05') });
  expect(result.flags).toEqual(['Responded 35 min (business time) after the response target, with no escalation before it.']);
  expect(result.respondedInTime).toBe(false);
});

test('a response exactly at the due time is in time', () => {
  expect(check({ respondedAt: at('2026-03-04T09:30') })).toMatchObject({ respondedInTime: true, flags: [] });
});

test('a response after closing time on the due day is late though no business time has passed', () => {
  const result = check({ loggedAt: at('2026-03-03T16:00'), respondedAt: at('2026-03-03T17:30') });
  expect(result.responseDue).toBe('2026-03-03T17:00');
  expect(result.flags).toEqual(['Responded after the response target (due Tue 3 Mar 2026, 17:00), outside business hours, with no escalation before it.']);
});

test('a wrong priority and a late response are both flagged', () => {
  expect(check({ priority: 'P4', respondedAt: at('2026-03-04T10:05') }).flags).toHaveLength(2);
});

test("the provider's own closed dates stop the clock too", () => {
  expect(check({}, logbookSlaTerms(['2026-03-04']))).toMatchObject({ responseDue: '2026-03-05T09:30', resolutionDue: '2026-03-05T16:30' });
});
