import type { S3Settings } from '@/lib/env';

let made = 0;

/** A new, empty bucket on the test's S3 server, so tests sharing the server never see each other's objects. */
export async function newBucket(settings: S3Settings, prefix: string): Promise<S3Settings> {
  made += 1;
  const bucket = `${prefix}-${made}-${Date.now().toString(36)}`;
  // s3rver creates a bucket on an unsigned PUT of its name.
  const response = await fetch(`${settings.endpoint}/${bucket}`, { method: 'PUT' });
  if (!response.ok) throw new Error(`could not create the test bucket ${bucket}: HTTP ${response.status}`);
  return { ...settings, bucket };
}
