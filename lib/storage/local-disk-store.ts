import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  deleteEvidence,
  evidenceSize,
  isEvidenceStorageKey,
  readEvidence,
  removeUnreferenced,
  storeEvidence,
  streamEvidence,
  type WriteBytes,
} from '@/lib/evidence/evidence-store';
import { ObjectNotFoundError, type ObjectStore, type StoredObjectInfo } from '@/lib/storage/object-store';

/**
 * The evidence store on this machine's disk, below `rootDir` (the data folder): exactly the layout,
 * atomic writes and full-disk error of lib/evidence/evidence-store.ts. Right for one server; several
 * servers need object storage (lib/storage/s3-store.ts). `write` lets a test fill the disk.
 */
export function localDiskStore(rootDir: string, options: { write?: WriteBytes } = {}): ObjectStore {
  async function info(key: string): Promise<StoredObjectInfo> {
    const found = await notFoundAs(key, () => stat(fileOf(rootDir, key)));
    return { key, size: found.size, modifiedAt: found.mtime };
  }
  return {
    kind: 'local',
    put: (bytes) => storeEvidence(rootDir, bytes, options.write),
    read: (key) => notFoundAs(key, () => readEvidence(rootDir, key)),
    async stream(key, range) {
      const size = await notFoundAs(key, () => evidenceSize(rootDir, key));
      return streamEvidence(rootDir, key, range?.start ?? 0, range?.end ?? size - 1);
    },
    stat: info,
    delete: (key, options) => deleteEvidence(rootDir, key, options?.unlessModifiedSince ?? null),
    async *list() {
      const top = path.join(rootDir, 'evidence');
      for (const prefix of await namesIn(top)) {
        for (const name of await namesIn(path.join(top, prefix))) {
          const key = `evidence/${prefix}/${name}`;
          // Temporary files of writes in progress are not objects yet.
          if (!isEvidenceStorageKey(key)) continue;
          try {
            yield await info(key);
          } catch (error) {
            if (!(error instanceof ObjectNotFoundError)) throw error;
          }
        }
      }
    },
    removeUnreferenced: (key, isReferenced) => removeUnreferenced(rootDir, key, isReferenced),
    // Served through the app, which checks who asks: a file on this disk has no address of its own.
    downloadUrl: async () => null,
  };
}

function fileOf(rootDir: string, key: string): string {
  if (!isEvidenceStorageKey(key)) throw new Error(`Not an evidence storage key: ${JSON.stringify(key)}`);
  return path.resolve(rootDir, ...key.split('/'));
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

async function notFoundAs<T>(key: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new ObjectNotFoundError(key, error);
    throw error;
  }
}

function errorCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}
