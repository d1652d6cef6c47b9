import { expect, test } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next';

test('only paths on this site are followed after sign-in', () => {
  expect(safeNextPath('/learn')).toBe('/learn');
  expect(safeNextPath('//evil.example.com')).toBeNull();
  expect(safeNextPath('https://evil.example.com')).toBeNull();
  expect(safeNextPath('/\\evil.example.com')).toBeNull();
  expect(safeNextPath(null)).toBeNull();
});
