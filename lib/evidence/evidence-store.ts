import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';

export type StoredEvidence = { sha256: string; storageKey: string; size: number };

/** Writes the bytes into the open temporary file; a caller may pass its own, as a test does to fill the disk. */
export type WriteBytes = (file: FileHandle, bytes: Uint8Array) => Promise<void>;

const writeWhole: WriteBytes = (file, bytes) => file.writeFile(bytes);

/** The disk (or the account's quota) is full: nothing was stored, and trying later may work. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('The server has no room to store this file just now, so nothing was kept. Try again later, and tell your provider if it keeps happening.', { cause });
    this.name = 'StorageFullError';
  }
}

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

// How much of a file one read of a stream takes: a player seeking in a long recording asks for
// ranges, and a whole recording is never held in memory at once.
const STREAM_CHUNK_BYTES = 256 * 1024;
const STORAGE_KEY = /^evidence\/([0-9a-f]{2})\/([0-9a-f]{64})$/;
// Another upload of the same bytes within this time may still be about to write its row.
const PENDING_CLAIM_MS = 60 * 60 * 1000;

// Per stored file: when recent stores handed it out, so a failed upload's clean-up cannot delete
// a file a concurrent upload of identical bytes has just been promised. Files live on one
// machine's disk, which only one server process uses, so memory is the right place for this.
const pendingClaims = new Map<string, number[]>();
const locks = new Map<string, Promise<void>>();

/**
 * Stores the bytes under their sha256 at `evidence/<first 2 hex>/<sha256>` below rootDir. The file
 * is written to a temporary name in the same folder, flushed to disk, then renamed, so the final
 * name only ever holds complete content; the folder is flushed too, so a stored file survives a
 * crash once this resolves. Identical content is stored once.
 */
export async function storeEvidence(rootDir: string, bytes: Uint8Array, write: WriteBytes = writeWhole): Promise<StoredEvidence> {
  const sha256 = sha256Hex(bytes);
  const storageKey = `evidence/${sha256.slice(0, 2)}/${sha256}`;
  const finalPath = filePath(rootDir, storageKey);
  try {
    await withLock(finalPath, async () => {
      if ((await hashOfFile(finalPath)) !== sha256) await writeAtomically(finalPath, bytes, write);
      // The file's time is that of its latest store, so a sweep's grace period covers this upload too.
      else await utimes(finalPath, new Date(), new Date());
      claim(finalPath);
    });
  } catch (error) {
    // The temporary file is already gone; a full disk is the server's state, not a fault in the request.
    if (DISK_FULL_CODES.has(errorCode(error) ?? '')) throw new StorageFullError(error);
    throw error;
  }
  return { sha256, storageKey, size: bytes.length };
}

/** The stored bytes for a key from storeEvidence; any other key, such as one reaching outside the store, is refused. */
export async function readEvidence(rootDir: string, storageKey: string): Promise<Uint8Array> {
  return readFile(filePath(rootDir, storageKey));
}

/** The size in bytes of a stored file. */
export async function evidenceSize(rootDir: string, storageKey: string): Promise<number> {
  return (await stat(filePath(rootDir, storageKey))).size;
}

/** The stored bytes from `start` to `end` (inclusive), read a chunk at a time as the stream is consumed. */
export function streamEvidence(rootDir: string, storageKey: string, start: number, end: number): ReadableStream<Uint8Array> {
  const file = filePath(rootDir, storageKey);
  let handle: FileHandle | null = null;
  let position = start;
  async function finish() {
    await handle?.close();
    handle = null;
  }
  return new ReadableStream<Uint8Array>({
    async start() {
      handle = await open(file, 'r');
    },
    async pull(controller) {
      const length = Math.min(STREAM_CHUNK_BYTES, end + 1 - position);
      const chunk = new Uint8Array(Math.max(length, 0));
      const { bytesRead } = length > 0 && handle ? await handle.read(chunk, 0, length, position) : { bytesRead: 0 };
      if (bytesRead === 0) {
        await finish();
        controller.close();
        return;
      }
      position += bytesRead;
      controller.enqueue(chunk.subarray(0, bytesRead));
    },
    cancel: finish,
  });
}

/**
 * Deletes a stored file whose database row was never written, but only when `isReferenced()`
 * says no row uses it and no other recent upload of the same bytes may be about to write one.
 * Call it once for each storeEvidence whose row failed. Resolves to whether the file was deleted.
 */
export async function removeUnreferenced(rootDir: string, storageKey: string, isReferenced: () => Promise<boolean>): Promise<boolean> {
  const finalPath = filePath(rootDir, storageKey);
  return withLock(finalPath, async () => {
    const othersPending = releaseClaim(finalPath);
    if (othersPending || (await isReferenced())) return false;
    return unlinkStored(finalPath);
  });
}

/**
 * Deletes a stored file, unless it was stored again at or after `unlessModifiedSince`: checked under
 * the file's lock, so a store of the same bytes is never undone. Resolves to whether it was deleted.
 */
export async function deleteEvidence(rootDir: string, storageKey: string, unlessModifiedSince: Date | null = null): Promise<boolean> {
  const finalPath = filePath(rootDir, storageKey);
  return withLock(finalPath, async () => {
    try {
      if (unlessModifiedSince && (await stat(finalPath)).mtime >= unlessModifiedSince) return false;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
    return unlinkStored(finalPath);
  });
}

/** True for the exact form storeEvidence returns. */
export function isEvidenceStorageKey(storageKey: string): boolean {
  const match = STORAGE_KEY.exec(storageKey);
  return match !== null && match[2]?.startsWith(match[1] ?? '') === true;
}

function filePath(rootDir: string, storageKey: string): string {
  if (!isEvidenceStorageKey(storageKey)) throw new Error(`Not an evidence storage key: ${JSON.stringify(storageKey)}`);
  return path.resolve(rootDir, ...storageKey.split('/'));
}

async function writeAtomically(finalPath: string, bytes: Uint8Array, write: WriteBytes): Promise<void> {
  const folder = path.dirname(finalPath);
  const createdFrom = await mkdir(folder, { recursive: true });
  const temporaryPath = path.join(folder, `.${path.basename(finalPath)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporaryPath, 'wx', 0o644);
    try {
      await write(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, finalPath);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  // Flush the rename, and each folder just created into its parent, so the new names outlive a crash.
  await syncFolder(folder);
  if (createdFrom === undefined) return;
  for (let parent = path.dirname(folder); ; parent = path.dirname(parent)) {
    await syncFolder(parent);
    if (parent === path.dirname(createdFrom) || parent === path.dirname(parent)) return;
  }
}

async function hashOfFile(file: string): Promise<string | null> {
  try {
    return sha256Hex(await readFile(file));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for flushing; NTFS journals renames itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function claim(finalPath: string): void {
  const now = Date.now();
  const recent = (pendingClaims.get(finalPath) ?? []).filter((at) => now - at < PENDING_CLAIM_MS);
  pendingClaims.set(finalPath, [...recent, now]);
}

/** Releases the caller's own claim; true when other recent stores of the same file remain. */
function releaseClaim(finalPath: string): boolean {
  const now = Date.now();
  const recent = (pendingClaims.get(finalPath) ?? []).filter((at) => now - at < PENDING_CLAIM_MS).slice(1);
  if (recent.length === 0) pendingClaims.delete(finalPath);
  else pendingClaims.set(finalPath, recent);
  return recent.length > 0;
}

/** Runs one store or removal at a time per file, so a removal never interleaves with a store that reuses the file. */
async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = locks.get(key) ?? Promise.resolve();
  const result = previous.then(task);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  locks.set(key, settled);
  try {
    return await result;
  } finally {
    if (locks.get(key) === settled) locks.delete(key);
  }
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function errorCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** Removes a stored file and makes the removal durable; false when it was already gone. */
async function unlinkStored(finalPath: string): Promise<boolean> {
  try {
    await unlink(finalPath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
  await syncFolder(path.dirname(finalPath));
  return true;
}
