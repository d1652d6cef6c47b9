import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { isEvidenceStorageKey, readEvidence, removeUnreferenced, storeEvidence } from '@/lib/evidence/evidence-store';
import { minimalPdf, tinyJpeg, tinyPng } from '@/lib/evidence/testing/sample-files';

let root = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'evidence-store-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const never = async () => false;

test('bytes are stored under evidence/<first 2 hex>/<sha256> and read back unchanged', async () => {
  const pdf = minimalPdf();
  const hash = sha256(pdf);
  const stored = await storeEvidence(root, pdf);
  expect(stored).toEqual({ sha256: hash, storageKey: `evidence/${hash.slice(0, 2)}/${hash}`, size: pdf.length });
  expect(new Uint8Array(await readFile(path.join(root, 'evidence', hash.slice(0, 2), hash)))).toEqual(pdf);
  expect(new Uint8Array(await readEvidence(root, stored.storageKey))).toEqual(pdf);
});

test('storing the same bytes twice keeps one file and does not rewrite it', async () => {
  const png = tinyPng();
  const first = await storeEvidence(root, png);
  const file = path.join(root, first.storageKey);
  const before = await stat(file);
  const second = await storeEvidence(root, Uint8Array.from(png));
  expect(second).toEqual(first);
  expect((await stat(file)).ino).toBe(before.ino);
  expect(await readdir(path.dirname(file))).toEqual([first.sha256]);
});

test('no temporary file remains after stores, including concurrent stores of the same bytes', async () => {
  const jpeg = tinyJpeg();
  const results = await Promise.all([storeEvidence(root, jpeg), storeEvidence(root, jpeg), storeEvidence(root, minimalPdf())]);
  for (const { storageKey, sha256: hash } of results) {
    expect(await readdir(path.dirname(path.join(root, storageKey)))).toEqual([hash]);
  }
});

test('a damaged file already under the final name is replaced by the real content', async () => {
  const pdf = minimalPdf();
  const hash = sha256(pdf);
  await mkdir(path.join(root, 'evidence', hash.slice(0, 2)), { recursive: true });
  await writeFile(path.join(root, 'evidence', hash.slice(0, 2), hash), pdf.subarray(0, 10));
  const stored = await storeEvidence(root, pdf);
  expect(new Uint8Array(await readEvidence(root, stored.storageKey))).toEqual(pdf);
  expect(await readdir(path.join(root, 'evidence', hash.slice(0, 2)))).toEqual([hash]);
});

test('readEvidence refuses keys that reach outside the store or are not exactly a storage key', async () => {
  await writeFile(path.join(root, 'secret.txt'), 'not evidence');
  const hash = sha256(tinyPng());
  const refused = [
    '../secret.txt',
    'evidence/../secret.txt',
    `evidence/${hash.slice(0, 2)}/../../secret.txt`,
    `/evidence/${hash.slice(0, 2)}/${hash}`,
    `evidence\\${hash.slice(0, 2)}\\${hash}`,
    `evidence/${hash.slice(0, 2)}/${hash.toUpperCase()}`,
    `evidence/${hash.slice(0, 2)}/${hash}\n`,
    `evidence/${hash.slice(0, 2)}/${hash}/`,
    `evidence/${hash.slice(0, 2)}/${hash.slice(1)}`,
    `evidence/zz/${hash}`,
    '',
  ];
  for (const key of refused) {
    await expect(readEvidence(root, key), key).rejects.toThrow('Not an evidence storage key');
  }
});

test('a key whose folder does not match the start of its hash is refused', async () => {
  const stored = await storeEvidence(root, tinyPng());
  const otherFolder = stored.sha256.startsWith('00') ? '01' : '00';
  expect(isEvidenceStorageKey(stored.storageKey)).toBe(true);
  await expect(readEvidence(root, `evidence/${otherFolder}/${stored.sha256}`)).rejects.toThrow('Not an evidence storage key');
});

test('a stored file no row refers to is removed', async () => {
  const stored = await storeEvidence(root, minimalPdf());
  expect(await removeUnreferenced(root, stored.storageKey, never)).toBe(true);
  await expect(stat(path.join(root, stored.storageKey))).rejects.toMatchObject({ code: 'ENOENT' });
});

test('a stored file a row refers to is kept', async () => {
  const stored = await storeEvidence(root, minimalPdf());
  expect(await removeUnreferenced(root, stored.storageKey, async () => true)).toBe(false);
  expect(new Uint8Array(await readEvidence(root, stored.storageKey))).toEqual(minimalPdf());
});

test('a failed upload does not remove bytes a concurrent upload of the same file was just given', async () => {
  const [failed, succeeding] = await Promise.all([storeEvidence(root, tinyJpeg()), storeEvidence(root, tinyJpeg())]);
  // The succeeding upload has not written its row yet, so the database says "unreferenced".
  expect(await removeUnreferenced(root, failed.storageKey, never)).toBe(false);
  expect(new Uint8Array(await readEvidence(root, succeeding.storageKey))).toEqual(tinyJpeg());
  // Once the second upload has failed too, the file goes.
  expect(await removeUnreferenced(root, succeeding.storageKey, never)).toBe(true);
});

test('a removal queued before a store of the same bytes cannot delete what that store returns', async () => {
  const first = await storeEvidence(root, tinyPng());
  const removal = removeUnreferenced(root, first.storageKey, never);
  const again = storeEvidence(root, tinyPng());
  expect(await removal).toBe(true);
  const stored = await again;
  expect(new Uint8Array(await readEvidence(root, stored.storageKey))).toEqual(tinyPng());
});

test('removing a file that is already gone reports that nothing was removed', async () => {
  const hash = sha256(tinyPng());
  expect(await removeUnreferenced(root, `evidence/${hash.slice(0, 2)}/${hash}`, never)).toBe(false);
});

test('removeUnreferenced refuses a key outside the store without asking whether it is referenced', async () => {
  await writeFile(path.join(root, 'secret.txt'), 'keep me');
  let asked = false;
  const isReferenced = async () => {
    asked = true;
    return false;
  };
  await expect(removeUnreferenced(root, '../secret.txt', isReferenced)).rejects.toThrow('Not an evidence storage key');
  expect(asked).toBe(false);
  expect(await readFile(path.join(root, 'secret.txt'), 'utf8')).toBe('keep me');
});
