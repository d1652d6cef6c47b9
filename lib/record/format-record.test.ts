import { expect, test } from 'vitest';
import {
  attemptLabel,
  criterionLabel,
  formatFileSize,
  formatSast,
  judgementLabel,
  notFinalExplanation,
  shortHash,
} from '@/lib/record/format-record';
import { candidateFields, signatureFields } from '@/lib/record/record-fields';
import { finalRecord, notYetCompetentRecord } from '@/lib/record/sample-records';

test('formatSast shows a UTC instant as South African wall-clock time', () => {
  expect(formatSast('2026-03-03T14:30:00Z')).toBe('3 March 2026, 16:30');
  expect(formatSast('2026-03-03T16:30:00+02:00')).toBe('3 March 2026, 16:30');
  expect(formatSast('2025-12-31T22:05:00Z')).toBe('1 January 2026, 00:05');
});

test('results read Competent or Not Yet Competent, never a score', () => {
  expect(judgementLabel('competent')).toBe('Competent');
  expect(judgementLabel('not_yet_competent')).toBe('Not Yet Competent');
  expect([criterionLabel(true), criterionLabel(false), criterionLabel(null)]).toEqual(['Met', 'Not yet met', 'Not assessed']);
});

test('notFinalExplanation is null only for a final record', () => {
  expect(notFinalExplanation({ status: 'final', supersededBy: null })).toBeNull();
  expect(notFinalExplanation({ status: 'in_progress', supersededBy: null })).toMatch(/^in progress: /);
  expect(notFinalExplanation({ status: 'assessed', supersededBy: null })).toMatch(/^assessed, awaiting moderation/);
  expect(notFinalExplanation({ status: 'superseded', supersededBy: 'R-2026-0042' })).toBe(
    'superseded: a newer version of this record replaces it (R-2026-0042)',
  );
});

test('file sizes and hashes are shortened for reading', () => {
  expect(formatFileSize(812)).toBe('812 bytes');
  expect(formatFileSize(184_320)).toBe('184 kB');
  expect(formatFileSize(2_450_000)).toBe('2.5 MB');
  expect(shortHash('1e7b9cc9845fdb24844cd136011bf4d026be48289b2b543877863608781964c2')).toBe('1e7b9cc9...781964c2');
});

test('attemptLabel gives the submission against the limit, or nothing before submission', () => {
  expect(attemptLabel({ number: 2, of: 3 })).toBe('2 of 3');
  expect(attemptLabel(null)).toBeNull();
});

test('a passport holder gets the passport label and a country of issue field', () => {
  expect(candidateFields(finalRecord).map((field) => field.label)).toEqual(["Candidate's name", 'ID number']);
  expect(candidateFields(notYetCompetentRecord)).toEqual([
    { label: "Candidate's name", value: 'Tendai Moyo' },
    { label: 'Passport number', value: 'FN4827163' },
    { label: 'Country of issue', value: 'Zimbabwe' },
  ]);
});

test('an unsigned block has blank name, registration number and date; the learner has no registration number', () => {
  expect(signatureFields(null, 'moderator')).toEqual([
    { label: 'Name', value: null },
    { label: 'Registration number', value: null },
    { label: 'Date and time (SAST)', value: null },
  ]);
  expect(signatureFields(null, 'learner').map((field) => field.label)).toEqual(['Name', 'Date and time (SAST)']);
});
