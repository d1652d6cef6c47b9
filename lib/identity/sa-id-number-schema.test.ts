import { expect, test } from 'vitest';
import { luhnCheckDigit, SaIdNumberSchema, validateSaIdNumber } from '@/lib/identity/sa-id-number';

/** Builds a synthetic number whose check digit is right, so only the intended check fails. */
function withCheckDigit(first12: string): string {
  return first12 + luhnCheckDigit(first12);
}

// One input per failure code, in the order they are checked.
const FAILING = ['', 'abc', '123', withCheckDigit('751301500908'), withCheckDigit('800101500958'), '8503305044089'];

test('SaIdNumberSchema parses to the 13 digits without spaces', () => {
  expect(SaIdNumberSchema.parse('750330 5044 089')).toBe('7503305044089');
});

test('SaIdNumberSchema fails with the same message and code as validateSaIdNumber', () => {
  for (const input of FAILING) {
    const expected = validateSaIdNumber(input);
    const parsed = SaIdNumberSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(expected.ok).toBe(false);
    if (parsed.success || expected.ok) continue;
    expect(parsed.error.issues).toHaveLength(1);
    expect(parsed.error.issues[0]).toMatchObject({ message: expected.message, params: { code: expected.code } });
  }
});

test('SaIdNumberSchema asks for the number when none is sent', () => {
  const parsed = SaIdNumberSchema.safeParse(undefined);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.message).toBe('Enter the 13-digit ID number');
});

test('a SaIdNumberSchema error never carries the number, so logging it leaks nothing', () => {
  const parsed = SaIdNumberSchema.safeParse('8503305044089');
  expect(parsed.success).toBe(false);
  expect(JSON.stringify(parsed.error?.issues)).not.toContain('850330');
  expect(String(parsed.error)).not.toContain('850330');
});
