import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DatabaseInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(
      `The database folder ${folder} is already open in another process (pid ${pid}). ` +
        'Only one process may use an embedded database folder: stop that process first, or point DATA_DIR at another folder, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DatabaseInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still running.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Takes the folder's lock file, or throws a clear error naming the process that holds it.
 * Two processes writing one embedded database folder lose rows silently, so this is not optional.
 */
export function acquireFolderLock(folder: string): () => void {
  const lockFile = path.join(folder, 'database.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(lockFile, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new DatabaseInUseError(folder, holder);
      }
      // The process that held it has gone (a crash or a kill): the lock is stale.
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${folder}`);
}
