// Plain JavaScript so that `npm start` (scripts/start.mjs, run by Node without a compiler) takes
// the very same lock as the server; pglite-lock.d.mts gives TypeScript its types.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DatabaseInUseError extends Error {
  /**
   * @param {string} folder
   * @param {number} pid
   */
  constructor(folder, pid) {
    super(
      `The database folder ${folder} is already open in another process (pid ${pid}). ` +
        'Only one process may use an embedded database folder: stop that process first, or point DATA_DIR at another folder, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DatabaseInUseError';
  }
}

/** @param {unknown} error @param {string} code */
function hasCode(error, code) {
  return error instanceof Error && 'code' in error && error.code === code;
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still running.
    return hasCode(error, 'EPERM');
  }
}

/**
 * The process named in the lock file, or null when there is no lock file or it names nobody.
 * @param {string} lockFile
 * @returns {number | null}
 */
function holderOf(lockFile) {
  let text;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return null;
    throw error;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Removes the lock file on release or exit, but only while it still names this process: once it
 * was handed on (or taken over as stale) it belongs to someone else.
 * @param {string} lockFile
 * @returns {() => void}
 */
function releaser(lockFile) {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    if (holderOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
  };
  process.once('exit', release);
  return release;
}

/**
 * Takes the folder's lock file, or throws a clear error naming the process that holds it.
 * Two processes writing one embedded database folder lose rows silently, so this is not optional.
 *
 * A lock held by this process's parent is handed over: `npm start` takes the lock before the
 * server listens (so a second start is refused before it accepts a connection) and its server
 * then carries it on.
 * @param {string} folder
 * @returns {() => void} releases the lock
 */
export function acquireFolderLock(folder) {
  const lockFile = path.join(folder, 'database.lock');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return releaser(lockFile);
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error;
      const holder = holderOf(lockFile);
      if (holder !== null && holder === process.ppid && isRunning(holder)) {
        // Replaced in one step, so nobody ever reads a half-written lock file and takes it for stale.
        const handed = `${lockFile}.${process.pid}`;
        writeFileSync(handed, String(process.pid));
        renameSync(handed, lockFile);
        return releaser(lockFile);
      }
      if (holder !== null && holder !== process.pid && isRunning(holder)) throw new DatabaseInUseError(folder, holder);
      // The process that held it has gone (a crash or a kill): the lock is stale.
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${folder}`);
}
