export type ByteRange = { start: number; end: number };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * The part of a file of `size` bytes that a Range header asks for (both ends inclusive), so a
 * player can seek in a recording without fetching all of it. 'whole' when there is no header or
 * it is one this server does not serve in parts (several ranges, another unit, malformed): RFC
 * 9110 lets a server answer those with the whole file. 'unsatisfiable' when the range starts past
 * the end, which is answered 416.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | 'whole' | 'unsatisfiable' {
  const match = header === null ? null : SINGLE_RANGE.exec(header.replace(/\s+/g, ''));
  if (!match) return 'whole';
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return 'whole';
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Number.POSITIVE_INFINITY : Number(last);
  if (end < start) return 'whole';
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}
