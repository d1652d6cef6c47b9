import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { storeEvidence } from '@/lib/evidence/evidence-store';
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

test('when the final rename fails the store fails, leaving neither a temporary file nor a final one', async () => {
  renameFails.now = true;
  await expect(storeEvidence(root, minimalPdf())).rejects.toThrow('no space left on device');
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
