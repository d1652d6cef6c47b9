import { expect, test } from 'vitest';
import { toEntryView } from '@/lib/portfolio/logbook/entry-view';
import { entryFormInput } from '@/lib/portfolio/logbook/form-input';
import { entryFormValues } from '@/lib/portfolio/logbook/form-values';
import { entryColumns, prepareEntry } from '@/lib/portfolio/logbook/prepare-entry';
import { logbookSlaTerms } from '@/lib/portfolio/logbook/sla-terms';
import { entryForm, LOGBOOK_CLAIMS } from '@/lib/portfolio/logbook/testing/entries';
import { requireLocalDateTime as at } from '@/lib/sla/time';

const context = { now: at('2026-03-10T12:00'), claims: LOGBOOK_CLAIMS, terms: logbookSlaTerms() };

test('an entry opened for editing and saved unchanged is the same entry', () => {
  const original = prepareEntry(
    entryForm({
      simulated: true,
      escalations: [
        { to: 'Exchange administrator', at: '2026-03-04 09:10', why: 'Mailbox corrupt' },
        { to: 'Vendor', at: '2026-03-04 11:00', why: 'Licence' },
      ],
      followUp: { at: '2026-03-05 10:00', how: 'Phoned' },
    }),
    context,
  );
  const stored = { id: 'e1', enrolmentId: 'n1', learnerId: 'l1', ...entryColumns(original), countersignedBy: null, countersignedAt: null, createdAt: context.now, updatedAt: context.now };
  const piece = { id: 'p1', enrolmentId: 'n1', learnerId: 'l1', method: 'logbook' as const, criteria: original.criteria, channel: original.entry.channel, title: 'Ticket INC-0042', state: 'submitted' as const, submissionId: null, detailId: 'e1', attesterRole: 'learner' as const, attesterId: 'l1', attesterName: 'T', occurredAt: original.entry.loggedAt, createdAt: context.now, updatedAt: context.now };
  const { values, escalations } = entryFormValues(toEntryView(stored, piece));
  expect(values.loggedAt).toBe('2026-03-03 16:30');
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  escalations.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) data.set(`escalations.${index}.${field}`, value);
  });
  expect(prepareEntry(entryFormInput(data), context)).toEqual(original);
});
