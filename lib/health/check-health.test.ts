import { expect, test } from 'vitest';
import { checkHealth } from '@/lib/health/check-health';

const ok = async () => {};
const fails = async () => {
  throw new Error('connect ECONNREFUSED postgres://app:secret@db:5432');
};

test('both parts answering is ok', async () => {
  expect(await checkHealth({ database: ok, storage: ok }, '1.2.3')).toEqual({ status: 'ok', database: 'ok', storage: 'ok', version: '1.2.3' });
});

test('a failing database is named, and its error (with the password) is not repeated', async () => {
  const health = await checkHealth({ database: fails, storage: ok }, '1.2.3');
  expect(health).toEqual({ status: 'failed', database: 'failed', storage: 'ok', version: '1.2.3' });
  expect(JSON.stringify(health)).not.toContain('secret');
});

test('a failing store is named', async () => {
  expect(await checkHealth({ database: ok, storage: fails }, '1.2.3')).toMatchObject({ status: 'failed', database: 'ok', storage: 'failed' });
});

test('the real checks pass on an embedded database and a local disk store, with the version given', async () => {
  const { openDatabase } = await import('@/lib/db/open-database');
  const { localDiskStore } = await import('@/lib/storage/local-disk-store');
  const { databaseAnswers, storageAnswers } = await import('@/lib/health/check-health');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    const folder = mkdtempSync(path.join(tmpdir(), 'health-'));
    const health = await checkHealth({ database: () => databaseAnswers(handle.db), storage: () => storageAnswers(localDiskStore(folder)) }, '0');
    expect(health).toEqual({ status: 'ok', database: 'ok', storage: 'ok', version: '0' });
  } finally {
    await handle.close();
  }
});
