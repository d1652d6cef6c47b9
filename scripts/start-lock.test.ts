import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DatabaseInUseError } from '@/lib/db/pglite-lock.mjs';
import { freePort, holdLockInAnotherProcess, startAndWatchPort, stopProcess } from '@/lib/db/testing/lock-processes';

test('a second npm start on a data folder another process holds exits non-zero with the lock message and never listens', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'start-lock-'));
  const holder = await holdLockInAnotherProcess(folder);
  try {
    const second = await startAndWatchPort({ folder, port: await freePort() });
    expect(second.answered).toBe(false);
    expect(second.code).toBe(1);
    expect(second.output).toContain(new DatabaseInUseError(folder, holder.pid ?? 0).message);
    expect(second.output).not.toMatch(/Ready|Building/);
  } finally {
    await stopProcess(holder);
    rmSync(folder, { recursive: true, force: true });
  }
});
