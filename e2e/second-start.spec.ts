import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DatabaseInUseError } from '@/lib/db/pglite-lock.mjs';
import { freePort, startAndWatchPort, stopProcess } from '@/lib/db/testing/lock-processes';

// Only the embedded database has a folder to lock; PostgreSQL serves any number of app instances.
test.skip(Boolean(process.env.DATABASE_URL), 'PostgreSQL needs no folder lock');

const lockHolder = (folder: string) => Number(readFileSync(path.join(folder, 'database.lock'), 'utf8'));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every process descended from `pid`, from /proc (the server start.mjs spawns, and its children). */
function childrenOf(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent's pid is the fourth field, after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [child, of] of parents) if (of === parent) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

test('a second npm start on the folder the running server holds is refused before it ever listens', async ({ request }) => {
  // The journeys' server has opened its database, and taken the folder's lock, by its first answer.
  expect((await request.get('/api/me')).ok()).toBe(true);
  const folder = path.resolve(`.data-e2e-${process.env.E2E_PORT ?? '3100'}`);
  const holder = lockHolder(folder);

  const second = await startAndWatchPort({ folder, port: await freePort() });
  expect(second.answered).toBe(false);
  expect(second.code).toBe(1);
  expect(second.output).toContain(new DatabaseInUseError(folder, holder).message);
  expect((await request.get('/api/me')).ok()).toBe(true);
});

test('npm start holds its folder from before its server listens, and the server carries the lock on', async () => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'start-holds-'));
  const port = await freePort();
  const { DATABASE_URL: _postgres, DATABASE_OWNER_URL: _owner, ...env } = process.env;
  const first = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...env, DATA_DIR: folder, PORT: String(port), BETTER_AUTH_URL: `http://localhost:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let firstOutput = '';
  first.stdout.on('data', (chunk: Buffer) => {
    firstOutput += chunk.toString();
  });
  first.stderr.on('data', (chunk: Buffer) => {
    firstOutput += chunk.toString();
  });
  try {
    await expect.poll(() => existsSync(path.join(folder, 'database.lock'))).toBe(true);
    // The lock is start's own, or already its server's: the server opens the database as it boots
    // (its job worker starts then), so which of the two holds it at this moment is a race.
    const holders = () => [first.pid ?? 0, ...childrenOf(first.pid ?? 0)];
    expect(holders()).toContain(lockHolder(folder));
    // Whoever of the two holds it, a second start is refused before it ever listens.
    const early = await startAndWatchPort({ folder, port: await freePort() });
    expect(early.answered).toBe(false);
    expect(early.code).toBe(1);
    expect(early.output).toMatch(new RegExp(`The database folder ${escapeRegExp(folder)} is already open in another process \\(pid (${holders().join('|')})\\)`));

    // Its own server opens the database all the same, taking the lock over.
    await expect
      .poll(async () => (await fetch(`http://localhost:${port}/api/me`).catch(() => null))?.status ?? 0, { timeout: 60_000, message: firstOutput })
      .toBe(200);
    const server = lockHolder(folder);
    expect(server).not.toBe(first.pid);
    const later = await startAndWatchPort({ folder, port: await freePort() });
    expect(later.code).toBe(1);
    expect(later.output).toContain(new DatabaseInUseError(folder, server).message);

    // Stopped, it leaves the folder free for the next start.
    await stopProcess(first);
    expect(existsSync(path.join(folder, 'database.lock'))).toBe(false);
  } finally {
    await stopProcess(first);
    rmSync(folder, { recursive: true, force: true });
  }
});
