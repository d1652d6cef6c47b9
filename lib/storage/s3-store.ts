import { createHash } from 'node:crypto';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { S3Settings } from '@/lib/env';
import { isEvidenceStorageKey } from '@/lib/evidence/evidence-store';
import { ObjectNotFoundError, type ObjectStore, StorageSettingsError, StorageUnavailableError, type StoredObjectInfo } from '@/lib/storage/object-store';

const PREFIX = 'evidence/';
const DEFAULT_URL_SECONDS = 60;

/**
 * The evidence store in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2…), shared by every server
 * behind the load balancer. Keys are the local store's (`evidence/<2 hex>/<sha256>`), so a data
 * folder's `evidence/` can be copied into the bucket as it is.
 */
export function s3Store(settings: S3Settings, options: { maxAttempts?: number } = {}): ObjectStore {
  const client = s3Client(settings, options);
  const Bucket = settings.bucket;

  async function call<T>(key: string | null, task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      throw clearError(error, key, Bucket);
    }
  }

  async function info(key: string): Promise<StoredObjectInfo> {
    checkKey(key);
    const head = await call(key, () => client.send(new HeadObjectCommand({ Bucket, Key: key })));
    return { key, size: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0) };
  }

  return {
    kind: 's3',
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const storageKey = `${PREFIX}${sha256.slice(0, 2)}/${sha256}`;
      // Always written, even when the object exists: identical bytes change nothing, and the fresh
      // modification time keeps the sweep's grace period over this upload until its row is written.
      // S3 keeps whole objects only, so a failed write leaves nothing partial behind.
      await call(storageKey, () =>
        client.send(new PutObjectCommand({ Bucket, Key: storageKey, Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' })),
      );
      return { sha256, storageKey, size: bytes.length };
    },
    async read(key) {
      checkKey(key);
      return call(key, async () => {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) throw new ObjectNotFoundError(key);
        return object.Body.transformToByteArray();
      });
    },
    async stream(key, range) {
      checkKey(key);
      const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
      const object = await call(key, () => client.send(new GetObjectCommand({ Bucket, Key: key, Range })));
      if (!object.Body) throw new ObjectNotFoundError(key);
      return object.Body.transformToWebStream();
    },
    stat: info,
    async delete(key, deleteOptions) {
      let current: StoredObjectInfo;
      try {
        current = await info(key);
      } catch (error) {
        if (error instanceof ObjectNotFoundError) return false;
        throw error;
      }
      // S3 cannot delete conditionally everywhere; the check just before narrows the window to one
      // request, and the sweep's grace period is far longer than any upload.
      if (deleteOptions?.unlessModifiedSince && current.modifiedAt >= deleteOptions.unlessModifiedSince) return false;
      await call(key, () => client.send(new DeleteObjectCommand({ Bucket, Key: key })));
      return true;
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await call(null, () => client.send(new ListObjectsV2Command({ Bucket, Prefix: PREFIX, ContinuationToken })));
        for (const object of page.Contents ?? []) {
          if (object.Key && isEvidenceStorageKey(object.Key)) yield { key: object.Key, size: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date(0) };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    // Another server may have just stored the same bytes for a row it is about to write, and no
    // server can know: the object is left for sweepUnreferencedObjects, which waits out uploads.
    removeUnreferenced: async () => false,
    async downloadUrl(key, urlOptions) {
      checkKey(key);
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentType: urlOptions.mediaType,
        ResponseContentDisposition: `inline; filename*=UTF-8''${encodeURIComponent(urlOptions.fileName)}`,
        ResponseCacheControl: 'private, no-store',
      });
      return getSignedUrl(client, command, { expiresIn: urlOptions.expiresInSeconds ?? DEFAULT_URL_SECONDS });
    },
  };
}

/** A client for the bucket STORAGE=s3 names, shared by the evidence store and the cache of rendered files. */
export function s3Client(settings: S3Settings, options: { maxAttempts?: number } = {}): S3Client {
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

function checkKey(key: string): void {
  if (!isEvidenceStorageKey(key)) throw new Error(`Not an evidence storage key: ${JSON.stringify(key)}`);
}

const MISSING = new Set(['NoSuchKey', 'NotFound']);
const REFUSED = new Set(['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AuthorizationHeaderMalformed', 'InvalidBucketName']);

/** An S3 failure as one of the store's own errors, keeping the original as the cause. */
export function clearError(error: unknown, key: string | null, bucket: string): Error {
  if (error instanceof ObjectNotFoundError) return error;
  if (error instanceof S3ServiceException) {
    const status = error.$metadata.httpStatusCode;
    if (error.name === 'NoSuchBucket') return new StorageSettingsError(`there is no bucket named "${bucket}" (S3_BUCKET)`, error);
    if (MISSING.has(error.name) || (status === 404 && key !== null)) return new ObjectNotFoundError(key ?? '', error);
    if (REFUSED.has(error.name) || status === 403 || status === 401) {
      return new StorageSettingsError(`access to bucket "${bucket}" was refused (${error.name}); check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_REGION`, error);
    }
    return new StorageUnavailableError(`${error.name}${status ? `, HTTP ${status}` : ''}`, error);
  }
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  const name = error instanceof Error ? error.name : 'unknown error';
  return new StorageUnavailableError(code ? `${code} reaching S3_ENDPOINT` : name, error);
}
