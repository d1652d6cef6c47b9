import { expect, test } from 'vitest';
import { testimonyEvidence } from '@/lib/portfolio/witness/testimony-evidence';

const CODES = ['AC1.1', 'AC1.2', 'AC1.3', 'AC2.1'];
const signedAt = new Date('2026-03-05T10:00:00.000Z');

test('a testimony becomes one signed witness piece per channel, claiming the criteria answered on it', () => {
  const pieces = testimonyEvidence(
    {
      id: 'testimony-1',
      enrolmentId: 'enrolment-1',
      learnerId: 'learner-1',
      witnessName: 'Thandi Mokoena',
      witnessRole: 'Team leader',
      answers: { 'AC2.1': { channel: 'email' }, 'AC1.1': { channel: 'phone' }, 'AC1.3': { channel: 'email' } },
      signedAt,
    },
    CODES,
  );
  expect(pieces.map(({ id: _id, ...piece }) => piece)).toEqual([
    {
      enrolmentId: 'enrolment-1',
      learnerId: 'learner-1',
      method: 'witness',
      criteria: ['AC1.1'],
      channel: 'phone',
      title: 'Testimony of Thandi Mokoena, Team leader',
      state: 'signed',
      submissionId: null,
      detailId: 'testimony-1',
      attesterRole: 'witness',
      attesterId: null,
      attesterName: 'Thandi Mokoena',
      occurredAt: signedAt,
    },
    expect.objectContaining({ channel: 'email', criteria: ['AC1.3', 'AC2.1'] }),
  ]);
  expect(new Set(pieces.map((piece) => piece.id)).size).toBe(2);
});

test('answers on one channel make a single piece', () => {
  const pieces = testimonyEvidence(
    { id: 't', enrolmentId: 'e', learnerId: 'l', witnessName: 'A', witnessRole: 'B', answers: { 'AC1.2': { channel: 'chat' }, 'AC1.1': { channel: 'chat' } }, signedAt },
    CODES,
  );
  expect(pieces).toHaveLength(1);
  expect(pieces[0]?.criteria).toEqual(['AC1.1', 'AC1.2']);
});
