import { expect, test } from 'vitest';
import { z } from 'zod';
import { isRecordId, isStorableText, RecordIdSchema, storableText, UNSTORABLE_TEXT_MESSAGE, unstorablePath } from '@/lib/forms/storable-text';

test('ordinary text, accents, emoji and whole surrogate pairs are storable', () => {
  for (const text of ['', 'Thandi Mokoena', 'Zoë Ndlovu-Müller', '😀 ok', '\uD83D\uDE00', 'line\nbreak\ttab']) expect(isStorableText(text)).toBe(true);
});

test('a NUL byte or a lone surrogate anywhere is not storable', () => {
  for (const text of ['\u0000', 'a\u0000b', '\uD800', 'x\uDFFF', '\uDE00\uD83D', 'end\uD83D']) expect(isStorableText(text)).toBe(false);
});

test('a storable text schema refuses a NUL with the field message and keeps its other checks', () => {
  const schema = z.object({ name: storableText().trim().min(2, 'too short') });
  const nul = schema.safeParse({ name: 'Thandi\u0000' });
  expect(nul.success).toBe(false);
  expect(nul.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['name', UNSTORABLE_TEXT_MESSAGE]]);
  expect(schema.safeParse({ name: ' a ' }).error?.issues[0]?.message).toBe('too short');
  expect(schema.parse({ name: ' Thandi ' })).toEqual({ name: 'Thandi' });
});

test('only a UUID is a record id', () => {
  expect(isRecordId('0b9d3c1e-8f6a-4c2b-9d7e-1a2b3c4d5e6f')).toBe(true);
  for (const value of ['', '\u0000', '../etc/passwd', 'learner', '0b9d3c1e-8f6a-4c2b-9d7e-1a2b3c4d5e6f\u0000', 42, null]) expect(isRecordId(value)).toBe(false);
  expect(RecordIdSchema.safeParse('x').error?.issues[0]?.message).toBe('There is no such record.');
});

test('the path to the first unstorable text in a JSON value is found, keys included', () => {
  expect(unstorablePath({ a: ['ok', { b: 'x\u0000' }] })).toBe('a.1.b');
  expect(unstorablePath(Object.fromEntries([['k\uD800', 1]]))).toBe('k\uD800');
  expect(unstorablePath('\uDC00')).toBe('');
  expect(unstorablePath({ a: [1, true, null, 'fine'] })).toBeNull();
});
