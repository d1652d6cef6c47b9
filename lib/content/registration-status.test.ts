import { expect, test } from 'vitest';
import { registerDate, registrationLines, unitStandardLine } from '@/lib/content/registration-status';

test('a legacy unit standard is described with its end date, its level and who sets the last dates', () => {
  expect(registrationLines({ status: 'legacy', endDate: '2023-06-30', levelNote: 'pre-2009 NQF level 5', lastDatesSetBy: 'SAQA and the QCTO' })).toEqual({
    status: 'Legacy unit standard: its registration ended on 30 June 2023. The last dates for enrolment and achievement are set by SAQA and the QCTO.',
    level: 'pre-2009 NQF level 5',
  });
});

test('a current registration says until when, and no registration facts give nothing to show', () => {
  expect(registrationLines({ status: 'registered', endDate: '2027-06-30', levelNote: 'NQF level 5', lastDatesSetBy: 'SAQA' })?.status).toBe('Registered until 30 June 2027');
  expect(registrationLines(undefined)).toBeNull();
  expect(registerDate('2023-01-09')).toBe('9 January 2023');
});

test('the one-line summary marks a legacy unit standard and its pre-2009 level', () => {
  const legacy = { status: 'legacy' as const, endDate: '2023-06-30', levelNote: 'pre-2009 NQF level 5', lastDatesSetBy: 'SAQA and the QCTO' };
  expect(unitStandardLine({ id: 114052, nqfLevel: 5, credits: 8, registration: legacy })).toBe('SAQA US 114052 (legacy unit standard), pre-2009 NQF level 5, 8 credits');
  expect(unitStandardLine({ id: 114052, nqfLevel: 5, credits: 8 })).toBe('SAQA US 114052, NQF level 5, 8 credits');
});
