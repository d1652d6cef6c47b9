import { expect, test } from 'vitest';
import { checkReachable, type MethodClaims } from '@/lib/portfolio/check-reachable';
import type { PracticalContent } from '@/lib/portfolio/load-practical-content';
import { SufficiencyFileSchema } from '@/lib/portfolio/sufficiency-schema';

const CODES = new Set(['AC1.1', 'AC1.3']);

function content(overrides: Partial<PracticalContent> = {}): PracticalContent {
  return {
    sufficiency: SufficiencyFileSchema.parse({ currencyMonths: 24, default: { pieces: 2, methods: 2, practical: 1 }, criteria: { 'AC1.3': { pieces: 3, methods: 2, practical: 2, practicalChannels: 2 } } }),
    observations: [{ id: 'call', title: 'A call', channel: 'phone', setting: 'At the desk.', checklist: { 'AC1.3': [{ id: 'greets', behaviour: 'Greets the caller.' }] } }],
    rolePlays: [],
    witness: { introduction: 'Hello.', declaration: 'True.', criteria: {} },
    logbook: { always: ['AC1.1'], whenEscalated: [], whenFollowedUp: [], whenRespondedInTime: [] },
    ...overrides,
  };
}

const KNOWLEDGE: MethodClaims = new Map([['knowledge', new Set(['AC1.1', 'AC1.3'])]]);

test('a criterion whose channel rule only one observed channel could meet is reported', () => {
  expect(checkReachable(content(), CODES, KNOWLEDGE)).toEqual(['AC1.3: the rule asks for practical evidence on 2 channels but the content offers 1']);
});

test('a witness, who may report any channel, makes the channel rule reachable', () => {
  expect(checkReachable(content({ witness: { introduction: 'Hello.', declaration: 'True.', criteria: { 'AC1.3': { prompt: 'How?' } } } }), CODES, KNOWLEDGE)).toEqual([]);
});

test('a criterion only knowledge items and uploads can evidence has no practical route', () => {
  const problems = checkReachable(content({ logbook: { always: ['AC1.3'], whenEscalated: [], whenFollowedUp: [], whenRespondedInTime: [] } }), CODES, KNOWLEDGE);
  expect(problems).toEqual(['AC1.1: the rule asks for practical evidence but no practical method can evidence it']);
});
