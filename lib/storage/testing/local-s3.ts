import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '@/lib/env';

export type LocalS3 = { settings: S3Settings; close: () => Promise<void> };

/**
 * An S3-compatible server in this process (s3rver, from node_modules), on a free port, keeping its
 * objects in a temporary folder, with one empty bucket: the S3 adapter's tests need nothing installed.
 */
export async function startLocalS3(bucket = 'course-evidence'): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'local-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    // s3rver's fixed key pair; it refuses any other access key id.
    settings: { endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', bucket, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
