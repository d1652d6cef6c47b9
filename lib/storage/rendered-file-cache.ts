import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { dataDir } from '@/lib/db/data-dir';
import { env, type S3Settings } from '@/lib/env';
import { clearError, s3Client } from '@/lib/storage/s3-store';
import { ObjectNotFoundError } from '@/lib/storage/object-store';

/**
 * Files the server made and can make again (a final record's PDF), kept where every server can read
 * them: under `cache/` in the data folder or the bucket. Never evidence: the evidence store lists only
 * `evidence/`, so its sweep never sees these, and losing one costs only its making again.
 */
export type RenderedFileCache = {
  /** The file, or null when it was never kept (or was lost). */
  read(name: string): Promise<Uint8Array | null>;
  /** Keeps the file whole or not at all; writing the same name again replaces it. */
  write(name: string, bytes: Uint8Array): Promise<void>;
};

/** Names are chosen by the server, never by a request: a kind, then a sha256 and an extension. */
const NAME = /^[a-z][a-z-]{0,30}\/[0-9a-f]{64}\.[a-z]{2,5}$/;

function checkName(name: string): void {
  if (!NAME.test(name)) throw new Error(`Not a cache name: ${JSON.stringify(name)}`);
}

export function localFileCache(rootDir: string): RenderedFileCache {
  const fileOf = (name: string) => path.join(rootDir, 'cache', name);
  return {
    async read(name) {
      checkName(name);
      try {
        const file = await readFile(fileOf(name));
        return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(name, bytes) {
      checkName(name);
      const file = fileOf(name);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed: a reader never sees half a file, whoever wrote last.
      const partial = `${file}.${randomUUID()}.partial`;
      try {
        await writeFile(partial, bytes);
        await rename(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
    },
  };
}

export function s3FileCache(settings: S3Settings): RenderedFileCache {
  const client = s3Client(settings);
  const Bucket = settings.bucket;
  return {
    async read(name) {
      checkName(name);
      const Key = `cache/${name}`;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        const clear = clearError(error, Key, Bucket);
        if (clear instanceof ObjectNotFoundError) return null;
        throw clear;
      }
    },
    async write(name, bytes) {
      checkName(name);
      const Key = `cache/${name}`;
      try {
        await client.send(new PutObjectCommand({ Bucket, Key, Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' }));
      } catch (error) {
        throw clearError(error, Key, Bucket);
      }
    },
  };
}

const shared = globalThis as typeof globalThis & { renderedFileCache?: { settings: string; cache: RenderedFileCache } };

/** The cache beside the evidence STORAGE chooses (lib/env.ts). One per process. */
export function renderedFileCache(): RenderedFileCache {
  const storage = env().storage;
  const settings = JSON.stringify(storage.kind === 's3' ? storage : { kind: 'local', dataDir: dataDir() });
  if (shared.renderedFileCache?.settings !== settings) {
    shared.renderedFileCache = { settings, cache: storage.kind === 's3' ? s3FileCache(storage) : localFileCache(dataDir()) };
  }
  return shared.renderedFileCache.cache;
}
