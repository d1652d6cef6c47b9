import type { StoredEvidence } from '@/lib/evidence/evidence-store';

export type { StoredEvidence };

/** Bytes `start` to `end` of a stored object, both inclusive, as an HTTP byte range counts them. */
export type ByteRange = { start: number; end: number };

export type StoredObjectInfo = { key: string; size: number; modifiedAt: Date };

/**
 * Where evidence files and recordings are kept, under content-addressed keys
 * (`evidence/<first 2 hex>/<sha256>`). One adapter per kind of storage: the local disk, for one
 * server, and S3-compatible object storage, for several servers behind a load balancer.
 */
export type ObjectStore = {
  readonly kind: 'local' | 's3';
  /** Stores the bytes under their sha256; storing the same content again stores nothing new and is safe concurrently. */
  put(bytes: Uint8Array): Promise<StoredEvidence>;
  /** The whole object; ObjectNotFoundError when no object has this key. */
  read(key: string): Promise<Uint8Array>;
  /** The object, or the bytes of `range`, read as the stream is consumed; ObjectNotFoundError when missing. */
  stream(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  /** Size and time of the last store; ObjectNotFoundError when missing. */
  stat(key: string): Promise<StoredObjectInfo>;
  /**
   * Deletes the object, unless it was stored again at or after `unlessModifiedSince` (an upload of
   * the same content in flight); resolves to whether it was deleted.
   */
  delete(key: string, options?: { unlessModifiedSince?: Date }): Promise<boolean>;
  /** Every stored evidence object. */
  list(): AsyncIterable<StoredObjectInfo>;
  /**
   * After a failed or undone upload: deletes the object when `isReferenced()` says no row uses it
   * and no other upload may be about to; resolves to whether it was deleted. Where that cannot be
   * known (several servers), it leaves the object to sweepUnreferencedObjects.
   */
  removeUnreferenced(key: string, isReferenced: () => Promise<boolean>): Promise<boolean>;
  /** A short-lived address a browser may fetch the object from directly, or null when the store has none. */
  downloadUrl(key: string, options: { fileName: string; mediaType: string; expiresInSeconds?: number }): Promise<string | null>;
};

/** No object is stored under the key (never stored, or deleted since). */
export class ObjectNotFoundError extends Error {
  constructor(
    readonly key: string,
    cause?: unknown,
  ) {
    super(`No stored file has the key ${key}.`, { cause });
    this.name = 'ObjectNotFoundError';
  }
}

/** The object store could not be reached or failed: nothing was changed, and trying later may work. */
export class StorageUnavailableError extends Error {
  constructor(detail: string, cause?: unknown) {
    super(`The file store is not available just now (${detail}), so nothing was kept or read. Try again later, and tell your provider if it keeps happening.`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** The object store refused the server's settings (bucket, credentials): an operator must fix them. */
export class StorageSettingsError extends Error {
  constructor(detail: string, cause?: unknown) {
    super(`The file store refused the server's settings: ${detail}.`, { cause });
    this.name = 'StorageSettingsError';
  }
}
