import { expect, test } from 'vitest';
import { serverArgs } from '../../scripts/lib/server-command.mjs';
import { SERVER_HEAP_MB, serverHeapMb } from './server-heap.mjs';

test('the server starts with the default heap cap when SERVER_HEAP_MB is not set', () => {
  expect(serverArgs(3000, {})).toEqual([`--max-old-space-size=${SERVER_HEAP_MB.default}`, 'scripts/serve.mjs', '-p', '3000']);
});

test('SERVER_HEAP_MB sets the heap cap', () => {
  expect(serverHeapMb({ SERVER_HEAP_MB: ' 1024 ' })).toBe(1024);
  expect(serverArgs(3000, { SERVER_HEAP_MB: '1024' })[0]).toBe('--max-old-space-size=1024');
});

test.each(['64', '70000', '1.5', 'lots'])('SERVER_HEAP_MB=%s is refused with the range', (value) => {
  expect(() => serverHeapMb({ SERVER_HEAP_MB: value })).toThrow(`SERVER_HEAP_MB must be a whole number from 128 to 65536, not "${value}"`);
});
