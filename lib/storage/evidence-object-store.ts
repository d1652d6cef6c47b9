import { dataDir } from '@/lib/db/data-dir';
import { env } from '@/lib/env';
import { localDiskStore } from '@/lib/storage/local-disk-store';
import type { ObjectStore } from '@/lib/storage/object-store';
import { s3Store } from '@/lib/storage/s3-store';

const shared = globalThis as typeof globalThis & { evidenceObjectStore?: { settings: string; store: ObjectStore } };

/** The store STORAGE chooses (lib/env.ts): the data folder's disk by default, or the S3 bucket. One per process. */
export function evidenceObjectStore(): ObjectStore {
  const storage = env().storage;
  const settings = JSON.stringify(storage.kind === 's3' ? storage : { kind: 'local', dataDir: dataDir() });
  if (shared.evidenceObjectStore?.settings !== settings) {
    shared.evidenceObjectStore = { settings, store: storage.kind === 's3' ? s3Store(storage) : localDiskStore(dataDir()) };
  }
  return shared.evidenceObjectStore.store;
}
