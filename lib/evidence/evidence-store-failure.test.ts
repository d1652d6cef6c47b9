import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { StorageFullError, storeEvidence, type WriteBytes } from '@/lib/evidence/evidence-store';
import { minimalPdf } from '@/lib/evidence/testing/sample-files';

// Lets a test make the final rename fail, as a full disk or a kill between the steps would.
const renameFails = vi.hoisted(() => ({ now: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  async function rename(from: string, to: string): Promise<void> {
    if (renameFails.now) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    return actual.rename(from, to);
  }
  return { ...actual, rename };
});

let root = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'evidence-store-failure-'));
  renameFails.now = false;
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

test('when the final rename fails on a full disk the store fails as StorageFullError, leaving neither a temporary file nor a final one', async () => {
  renameFails.now = true;
  await expect(storeEvidence(root, minimalPdf())).rejects.toBeInstanceOf(StorageFullError);
  const [shard] = await readdir(path.join(root, 'evidence'));
  expect(await readdir(path.join(root, 'evidence', shard ?? ''))).toEqual([]);
});

test('after a failed store the same bytes can be stored again', async () => {
  renameFails.now = true;
  await expect(storeEvidence(root, minimalPdf())).rejects.toThrow();
  renameFails.now = false;
  const stored = await storeEvidence(root, minimalPdf());
  expect(await readdir(path.dirname(path.join(root, stored.storageKey)))).toEqual([stored.sha256]);
});

test('a disk that fills up part-way through the write is a StorageFullError, with no partial file left', async () => {
  const fillsUp: WriteBytes = async (file, bytes) => {
    await file.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  const stored = storeEvidence(root, minimalPdf(), fillsUp);
  await expect(stored).rejects.toBeInstanceOf(StorageFullError);
  await expect(stored).rejects.toThrow('no room to store this file');
  const [shard] = await readdir(path.join(root, 'evidence'));
  expect(await readdir(path.join(root, 'evidence', shard ?? ''))).toEqual([]);
  // Once there is room again the same bytes are stored whole.
  const again = await storeEvidence(root, minimalPdf());
  expect(await readdir(path.dirname(path.join(root, again.storageKey)))).toEqual([again.sha256]);
});

test('a failure other than a full disk is passed on as it is', async () => {
  const breaks: WriteBytes = async () => {
    throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
  };
  await expect(storeEvidence(root, minimalPdf(), breaks)).rejects.toThrow('EIO');
});
