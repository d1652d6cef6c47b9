import { expect, test } from 'vitest';
import { canonicalJson } from '@/lib/record/canonical-json';
import { RecordOfLearningSchema } from '@/lib/record/record-schema';
import { finalRecord } from '@/lib/record/sample-records';

test('a snapshot stored before criteria carried their evidence still parses, and its canonical text is unchanged', () => {
  const older = {
    ...finalRecord,
    outcomes: finalRecord.outcomes.map((outcome) => ({ ...outcome, criteria: outcome.criteria.map(({ evidence: _dropped, ...criterion }) => criterion) })),
  };
  const stored = canonicalJson(older);
  const parsed = RecordOfLearningSchema.parse(JSON.parse(stored));
  expect(parsed.outcomes[0]?.criteria[0]).not.toHaveProperty('evidence');
  expect(canonicalJson(parsed)).toBe(stored);
});

test('a criterion\'s evidence must name each piece\'s attester role from the known ones', () => {
  const criterion = finalRecord.outcomes[0]?.criteria[0];
  const piece = criterion?.evidence?.pieces[0];
  if (!criterion || !piece) throw new Error('the sample record has no evidence');
  const tampered = {
    ...finalRecord,
    outcomes: [{ ...finalRecord.outcomes[0], criteria: [{ ...criterion, evidence: { ...criterion.evidence, pieces: [{ ...piece, attesterRole: 'friend' }] } }] }],
  };
  expect(RecordOfLearningSchema.safeParse(tampered).success).toBe(false);
});
