import { expect, test } from 'vitest';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';
import { SufficiencyFileSchema } from '@/lib/portfolio/sufficiency-schema';
import { describeRule, type EvidencePiece, evaluateCriterion, refusalFor } from '@/lib/portfolio/sufficiency';

const NOW = new Date('2026-06-30T10:00:00Z');
const FILE: SufficiencyFile = SufficiencyFileSchema.parse({
  currencyMonths: 24,
  default: { pieces: 2, methods: 2, practical: 1 },
  criteria: { 'AC1.3': { pieces: 3, methods: 2, practical: 2, practicalChannels: 2 } },
});

let next = 0;
function piece(method: EvidencePiece['method'], criteria: string[], overrides: Partial<EvidencePiece> = {}): EvidencePiece {
  next += 1;
  return { id: `p${next}`, method, criteria, channel: null, state: 'submitted', occurredAt: new Date('2026-05-01T08:00:00Z'), ...overrides };
}

test('two pieces from two methods, one practical, meet the default rule', () => {
  const result = evaluateCriterion('AC2.4', [piece('written', ['AC2.4']), piece('observation', ['AC2.4'], { channel: 'phone', state: 'signed' })], FILE, NOW);
  expect(result).toMatchObject({ met: true, missing: [], methods: ['written', 'observation'], practical: 1 });
});

test('two knowledge pieces are not enough: the rule names the missing method and practical piece', () => {
  const result = evaluateCriterion('AC2.4', [piece('knowledge', ['AC2.4']), piece('knowledge', ['AC2.4'])], FILE, NOW);
  expect(result.met).toBe(false);
  expect(result.missing).toEqual(['evidence from 1 more method', '1 more practical piece (observation, role-play, witness, logbook or simulated ticket)']);
});

test('AC1.3 needs practical evidence on two channels: two phone observations leave one channel missing', () => {
  const pieces = [piece('knowledge', ['AC1.3']), piece('observation', ['AC1.3'], { channel: 'phone' }), piece('role-play', ['AC1.3'], { channel: 'phone' })];
  const result = evaluateCriterion('AC1.3', pieces, FILE, NOW);
  expect(result.missing).toEqual(['practical evidence on 1 more channel']);
  const withEmail = evaluateCriterion('AC1.3', [...pieces, piece('witness', ['AC1.3'], { channel: 'email' })], FILE, NOW);
  expect(withEmail.met).toBe(true);
  expect(withEmail.channels.sort()).toEqual(['email', 'phone']);
});

test('drafts, withdrawn pieces, interviews and pieces for other criteria do not count', () => {
  const result = evaluateCriterion('AC2.4', [
    piece('written', ['AC2.4'], { state: 'draft' }),
    piece('observation', ['AC2.4'], { state: 'withdrawn', channel: 'phone' }),
    piece('interview', ['AC2.4'], { state: 'signed' }),
    piece('logbook', ['AC2.1']),
  ], FILE, NOW);
  expect(result.counted).toEqual([]);
  expect(result.met).toBe(false);
});

test('evidence older than the currency window is listed as not current and does not count', () => {
  const old = piece('observation', ['AC2.4'], { channel: 'phone', occurredAt: new Date('2024-06-29T10:00:00Z') });
  const result = evaluateCriterion('AC2.4', [piece('written', ['AC2.4']), old], FILE, NOW);
  expect(result.notCurrent).toEqual([old]);
  expect(result.met).toBe(false);
  const justInside = piece('observation', ['AC2.4'], { channel: 'phone', occurredAt: new Date('2024-06-30T10:00:00Z') });
  expect(evaluateCriterion('AC2.4', [piece('written', ['AC2.4']), justInside], FILE, NOW).met).toBe(true);
});

test('the refusal names the criterion, its rule, what it has and what is missing', () => {
  const result = evaluateCriterion('AC1.3', [piece('knowledge', ['AC1.3']), piece('observation', ['AC1.3'], { channel: 'phone' })], FILE, NOW);
  expect(refusalFor(result, 'Conduct is professional by phone, e-mail and in person.')).toBe(
    'AC1.3 (Conduct is professional by phone, e-mail and in person.) needs 3 pieces of evidence, from 2 methods, 2 of them practical, practical evidence on 2 channels. It has 2 pieces: Knowledge test, Observation (phone). Missing: 1 more piece of evidence; 1 more practical piece (observation, role-play, witness, logbook or simulated ticket); practical evidence on 1 more channel.',
  );
  expect(describeRule(FILE.default)).toBe('2 pieces of evidence, from 2 methods, one of them practical');
});

test('a rule that asks for more methods or channels than pieces is refused with a clear message', () => {
  const bad = SufficiencyFileSchema.safeParse({ currencyMonths: 24, default: { pieces: 1, methods: 2, practical: 1 } });
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0]?.message).toBe('methods cannot be more than pieces: each method needs a piece');
  const channels = SufficiencyFileSchema.safeParse({ currencyMonths: 24, default: { pieces: 3, methods: 2, practical: 1, practicalChannels: 2 } });
  expect(channels.error?.issues[0]?.message).toMatch(/practicalChannels cannot be more than practical/);
});
