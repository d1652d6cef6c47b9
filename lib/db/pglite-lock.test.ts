import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { acquireFolderLock, DatabaseInUseError } from '@/lib/db/pglite-lock.mjs';
import { holdLockInAnotherProcess, stopProcess } from '@/lib/db/testing/lock-processes';

const folders: string[] = [];
function newFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'pglite-lock-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const lockFile = (folder: string) => path.join(folder, 'database.lock');

test('a folder another running process holds is refused, naming the folder and that process', async () => {
  const folder = newFolder();
  const holder = await holdLockInAnotherProcess(folder);
  try {
    expect(() => acquireFolderLock(folder)).toThrow(new DatabaseInUseError(folder, holder.pid ?? 0));
    expect(() => acquireFolderLock(folder)).toThrow(`The database folder ${folder} is already open in another process (pid ${holder.pid}).`);
  } finally {
    await stopProcess(holder);
  }
});

test('a lock left behind by a process that has gone is taken over', () => {
  const folder = newFolder();
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(lockFile(folder), gone.stdout);
  const release = acquireFolderLock(folder);
  expect(readFileSync(lockFile(folder), 'utf8')).toBe(String(process.pid));
  release();
  expect(existsSync(lockFile(folder))).toBe(false);
});

test('a lock held by the parent process is handed on to the child, which removes it when it ends', async () => {
  const folder = newFolder();
  const releaseParent = acquireFolderLock(folder);
  const module = JSON.stringify(pathToFileURL(path.resolve('lib/db/pglite-lock.mjs')).href);
  // The child takes the lock, then prints what the lock file says while it runs.
  const script = `import { readFileSync } from 'node:fs'; import { acquireFolderLock } from ${module}; acquireFolderLock(process.argv[1]); process.stdout.write(readFileSync(process.argv[1] + '/database.lock', 'utf8'));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  let seen = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(errors).toBe('');
  expect(code).toBe(0);
  // While it ran, the lock named the child; it removed the lock as it ended.
  expect(seen).toBe(String(child.pid));
  expect(existsSync(lockFile(folder))).toBe(false);
  releaseParent();
});

test('releasing leaves alone a lock that now names another process', () => {
  const folder = newFolder();
  const release = acquireFolderLock(folder);
  writeFileSync(lockFile(folder), '424242');
  release();
  expect(readFileSync(lockFile(folder), 'utf8')).toBe('424242');
});
