import { expect, test } from 'vitest';
import { parseByteRange } from '@/lib/http/byte-range';

test('an open-ended range runs to the end of the file, as players ask when they start', () => {
  expect(parseByteRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
  expect(parseByteRange('bytes=640-', 1000)).toEqual({ start: 640, end: 999 });
});

test('a closed range is served as asked, and cut at the end of the file', () => {
  expect(parseByteRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
  expect(parseByteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
  expect(parseByteRange(' bytes = 5 - 5 ', 1000)).toEqual({ start: 5, end: 5 });
});

test('a suffix range is the last n bytes', () => {
  expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
  expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
});

test('a range starting past the end, or an empty suffix, cannot be satisfied', () => {
  expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
  expect(parseByteRange('bytes=2000-3000', 1000)).toBe('unsatisfiable');
  expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
});

test('no header, several ranges, other units and nonsense get the whole file', () => {
  expect(parseByteRange(null, 1000)).toBe('whole');
  expect(parseByteRange('bytes=0-1,5-9', 1000)).toBe('whole');
  expect(parseByteRange('items=0-5', 1000)).toBe('whole');
  expect(parseByteRange('bytes=50-10', 1000)).toBe('whole');
  expect(parseByteRange('bytes=-', 1000)).toBe('whole');
  expect(parseByteRange('bytes=abc-', 1000)).toBe('whole');
});
