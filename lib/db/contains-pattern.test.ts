import { expect, test } from 'vitest';
import { containsPattern } from '@/lib/db/contains-pattern';

test('a search is wrapped to match anywhere, and its %, _ and backslash are escaped so they match only themselves', () => {
  expect(containsPattern('mokoena')).toBe('%mokoena%');
  expect(containsPattern('50%_off\\x')).toBe('%50\\%\\_off\\\\x%');
});
