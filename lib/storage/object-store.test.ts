import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { localDiskStore } from '@/lib/storage/local-disk-store';
import { ObjectNotFoundError, type ObjectStore, StorageSettingsError, StorageUnavailableError } from '@/lib/storage/object-store';
import { s3Store } from '@/lib/storage/s3-store';
import { type LocalS3, startLocalS3 } from '@/lib/storage/testing/local-s3';
import { newBucket } from '@/lib/storage/testing/test-bucket';

// One contract, two adapters: every test below runs on the local disk and on an S3 server that
// the test starts itself (s3rver), so both stores behave the same for the code that uses them.
let s3: LocalS3;
let root = '';
const stores = new Map<'local' | 's3', () => ObjectStore>();

beforeAll(async () => {
  s3 = await startLocalS3();
});

afterAll(async () => {
  await s3.close();
});

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'object-store-'));
  stores.set('local', () => localDiskStore(root));
  // Each test its own empty bucket on the same server.
  const settings = await newBucket(s3.settings, 'contract');
  stores.set('s3', () => s3Store(settings));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const bytesOf = (length: number) => new Uint8Array(randomBytes(length));
const keyOf = (bytes: Uint8Array) => {
  const hash = createHash('sha256').update(bytes).digest('hex');
  return `evidence/${hash.slice(0, 2)}/${hash}`;
};
const missingKey = keyOf(new TextEncoder().encode('never stored'));
async function drain(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
async function keysIn(store: ObjectStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of store.list()) keys.push(object.key);
  return keys.sort();
}

for (const kind of ['local', 's3'] as const) {
  const store = () => {
    const make = stores.get(kind);
    if (!make) throw new Error('no store');
    return make();
  };

  test(`${kind}: put stores the bytes under their sha256 key; read, stat and stream give them back`, async () => {
    const bytes = bytesOf(70_000);
    const stored = await store().put(bytes);
    expect(stored).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), storageKey: keyOf(bytes), size: bytes.length });
    expect(new Uint8Array(await store().read(stored.storageKey))).toEqual(bytes);
    expect(await store().stat(stored.storageKey)).toMatchObject({ key: stored.storageKey, size: bytes.length });
    expect(await drain(await store().stream(stored.storageKey))).toEqual(bytes);
  });

  test(`${kind}: a byte range streams exactly those bytes, the first, a middle and the last`, async () => {
    const bytes = bytesOf(600_000);
    const { storageKey } = await store().put(bytes);
    // Not 0-0: s3rver answers that one range with the whole object (real S3 does not).
    expect(await drain(await store().stream(storageKey, { start: 0, end: 1 }))).toEqual(bytes.subarray(0, 2));
    expect(await drain(await store().stream(storageKey, { start: 7, end: 7 }))).toEqual(bytes.subarray(7, 8));
    expect(await drain(await store().stream(storageKey, { start: 1000, end: 299_999 }))).toEqual(bytes.subarray(1000, 300_000));
    expect(await drain(await store().stream(storageKey, { start: 599_990, end: 599_999 }))).toEqual(bytes.subarray(599_990));
  });

  test(`${kind}: storing the same content again keeps one object with the same key and bytes`, async () => {
    const bytes = bytesOf(5000);
    const first = await store().put(bytes);
    const second = await store().put(bytes);
    expect(second).toEqual(first);
    expect(await keysIn(store())).toEqual([first.storageKey]);
    expect(new Uint8Array(await store().read(first.storageKey))).toEqual(bytes);
  });

  test(`${kind}: concurrent puts of the same content all succeed and leave one whole object`, async () => {
    const bytes = bytesOf(200_000);
    const results = await Promise.all(Array.from({ length: 6 }, () => store().put(bytes)));
    expect(new Set(results.map((result) => result.storageKey))).toEqual(new Set([keyOf(bytes)]));
    expect(await keysIn(store())).toEqual([keyOf(bytes)]);
    expect(new Uint8Array(await store().read(keyOf(bytes)))).toEqual(bytes);
  });

  test(`${kind}: storing the same content again renews its time, so a sweep's grace period covers the new upload`, async () => {
    const bytes = bytesOf(100);
    const { storageKey } = await store().put(bytes);
    const before = (await store().stat(storageKey)).modifiedAt;
    // S3 keeps whole seconds.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await store().put(bytes);
    expect((await store().stat(storageKey)).modifiedAt.getTime()).toBeGreaterThan(before.getTime());
  });

  test(`${kind}: list gives every stored object with its size, and nothing else`, async () => {
    const files = [bytesOf(10), bytesOf(20), bytesOf(30)];
    for (const bytes of files) await store().put(bytes);
    const listed: { key: string; size: number }[] = [];
    for await (const object of store().list()) listed.push({ key: object.key, size: object.size });
    expect(listed.sort((a, b) => a.key.localeCompare(b.key))).toEqual(files.map((bytes) => ({ key: keyOf(bytes), size: bytes.length })).sort((a, b) => a.key.localeCompare(b.key)));
  });

  test(`${kind}: delete removes the object once; afterwards it is not found`, async () => {
    const { storageKey } = await store().put(bytesOf(64));
    expect(await store().delete(storageKey)).toBe(true);
    expect(await store().delete(storageKey)).toBe(false);
    await expect(store().read(storageKey)).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(await keysIn(store())).toEqual([]);
  });

  test(`${kind}: delete keeps an object stored again at or after the given time`, async () => {
    const since = new Date(Date.now() - 5000);
    const { storageKey } = await store().put(bytesOf(64));
    expect(await store().delete(storageKey, { unlessModifiedSince: since })).toBe(false);
    expect(await keysIn(store())).toEqual([storageKey]);
    expect(await store().delete(storageKey, { unlessModifiedSince: new Date(Date.now() + 5000) })).toBe(true);
  });

  test(`${kind}: a key never stored is ObjectNotFoundError for read, stat and stream`, async () => {
    await expect(store().read(missingKey)).rejects.toBeInstanceOf(ObjectNotFoundError);
    await expect(store().stat(missingKey)).rejects.toBeInstanceOf(ObjectNotFoundError);
    await expect(store().stream(missingKey, { start: 0, end: 9 })).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  test(`${kind}: a key that is not a content address is refused before the store is asked`, async () => {
    await expect(store().read('evidence/../../etc/passwd')).rejects.toThrow(/Not an evidence storage key/);
    await expect(store().stat('other/ab/cd')).rejects.toThrow(/Not an evidence storage key/);
  });
}

test('local: the disk has no download address of its own; files go through the app', async () => {
  const { storageKey } = await localDiskStore(root).put(bytesOf(10));
  expect(await localDiskStore(root).downloadUrl(storageKey, { fileName: 'a.pdf', mediaType: 'application/pdf' })).toBeNull();
});

test('s3: a presigned download address fetches the bytes without credentials', async () => {
  const store = stores.get('s3')?.();
  if (!store) throw new Error('no store');
  const bytes = bytesOf(1000);
  const { storageKey } = await store.put(bytes);
  const url = await store.downloadUrl(storageKey, { fileName: 'ticket.pdf', mediaType: 'application/pdf', expiresInSeconds: 30 });
  expect(url).toMatch(/X-Amz-Expires=30/);
  const response = await fetch(url ?? '');
  expect(response.status).toBe(200);
  expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
});

test('s3: wrong credentials are a StorageSettingsError naming the variables to check', async () => {
  // s3rver refuses an unknown access key id (it does not check the secret).
  const store = s3Store({ ...s3.settings, accessKeyId: 'NOT-A-KEY' }, { maxAttempts: 1 });
  const error = await store.put(bytesOf(10)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StorageSettingsError);
  expect(String(error)).toMatch(/S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
});

test('s3: a bucket that does not exist is a StorageSettingsError naming it', async () => {
  const store = s3Store({ ...s3.settings, bucket: 'no-such-bucket' }, { maxAttempts: 1 });
  const error = await store.put(bytesOf(10)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StorageSettingsError);
  expect(String(error)).toMatch(/no bucket named "no-such-bucket"/);
});

test('s3: an endpoint nobody answers is a StorageUnavailableError, which says to try again later', async () => {
  const store = s3Store({ ...s3.settings, endpoint: 'http://127.0.0.1:9' }, { maxAttempts: 1 });
  const error = await store.put(bytesOf(10)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StorageUnavailableError);
  expect(String(error)).toMatch(/Try again later/);
});
