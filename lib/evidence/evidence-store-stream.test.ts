import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { evidenceSize, storeEvidence, streamEvidence } from '@/lib/evidence/evidence-store';

let root = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'evidence-stream-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function collect(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

// Compared as buffers: an element-by-element deep equality of 700 kB takes seconds.
function same(actual: Buffer, expected: Uint8Array): boolean {
  return actual.equals(Buffer.from(expected));
}

/** Bytes whose values follow their position, so a wrong offset shows. */
function patterned(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) bytes[index] = (index * 7 + (index >> 8)) & 0xff;
  return bytes;
}

test('a stored file streams whole, or any inclusive range of it, across several chunks', async () => {
  const bytes = patterned(700 * 1024);
  const stored = await storeEvidence(root, bytes);
  expect(await evidenceSize(root, stored.storageKey)).toBe(bytes.length);
  expect(same(await collect(streamEvidence(root, stored.storageKey, 0, bytes.length - 1)), bytes)).toBe(true);
  expect(same(await collect(streamEvidence(root, stored.storageKey, 300_000, 600_123)), bytes.subarray(300_000, 600_124))).toBe(true);
  expect([...(await collect(streamEvidence(root, stored.storageKey, bytes.length - 1, bytes.length - 1)))]).toEqual([...bytes.subarray(bytes.length - 1)]);
});

test('a range running past the end stops at the end of the file', async () => {
  const bytes = patterned(1000);
  const stored = await storeEvidence(root, bytes);
  expect([...(await collect(streamEvidence(root, stored.storageKey, 900, 5000)))]).toEqual([...bytes.subarray(900)]);
});

test('a key reaching outside the store is refused before anything is opened', async () => {
  expect(() => streamEvidence(root, '../../etc/passwd', 0, 10)).toThrow(/Not an evidence storage key/);
  await expect(evidenceSize(root, 'evidence/aa/../../x')).rejects.toThrow(/Not an evidence storage key/);
});
