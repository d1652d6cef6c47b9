import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localDiskStore } from '@/lib/storage/local-disk-store';
import type { ObjectStore } from '@/lib/storage/object-store';
import { localFileCache, type RenderedFileCache, s3FileCache } from '@/lib/storage/rendered-file-cache';
import { s3Store } from '@/lib/storage/s3-store';
import { type LocalS3, startLocalS3 } from '@/lib/storage/testing/local-s3';
import { newBucket } from '@/lib/storage/testing/test-bucket';

const folder = mkdtempSync(path.join(tmpdir(), 'rendered-cache-'));
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
}, 60_000);
afterAll(async () => {
  await s3.close();
  rmSync(folder, { recursive: true, force: true });
});

const NAME = `record-pdf/${'a'.repeat(64)}.pdf`;

async function listed(store: ObjectStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of store.list()) keys.push(object.key);
  return keys;
}

const kinds: [string, () => Promise<{ cache: RenderedFileCache; store: ObjectStore }>][] = [
  ['on the local disk', async () => ({ cache: localFileCache(folder), store: localDiskStore(folder) })],
  [
    'in an S3 bucket',
    async () => {
      const settings = await newBucket(s3.settings, 'cache');
      return { cache: s3FileCache(settings), store: s3Store(settings) };
    },
  ],
];

describe.each(kinds)('the cache of rendered files %s', (_kind, make) => {
  test('gives back exactly the bytes kept under a name, and null for a name never kept', async () => {
    const { cache } = await make();
    expect(await cache.read(NAME)).toBeNull();
    await cache.write(NAME, new Uint8Array([37, 80, 68, 70, 1, 2, 3]));
    expect(Array.from((await cache.read(NAME)) ?? [])).toEqual([37, 80, 68, 70, 1, 2, 3]);
    await cache.write(NAME, new Uint8Array([9]));
    expect(Array.from((await cache.read(NAME)) ?? [])).toEqual([9]);
  });

  test('refuses a name that could reach outside its folder or is not a hash', async () => {
    const { cache } = await make();
    for (const name of ['../evidence/aa/x.pdf', 'record-pdf/abc.pdf', `record-pdf/${'a'.repeat(64)}.pdf/../../x`, '']) {
      await expect(cache.read(name)).rejects.toThrow('Not a cache name');
      await expect(cache.write(name, new Uint8Array([1]))).rejects.toThrow('Not a cache name');
    }
  });

  test('what it keeps is never listed as evidence, so the evidence sweep never sees it', async () => {
    const { cache, store } = await make();
    await cache.write(NAME, new Uint8Array([1, 2]));
    const evidence = await store.put(new Uint8Array([5, 6, 7]));
    expect(await listed(store)).toEqual([evidence.storageKey]);
  });
});
