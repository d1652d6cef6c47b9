import { NextResponse } from 'next/server';
import { getDb } from '@/lib/db/client';
import { checkHealth, databaseAnswers, storageAnswers } from '@/lib/health/check-health';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and monitors: whether this server reaches its database and evidence store.
 * Public by design; it says only which part failed, never why, so it names no host or secret.
 */
export async function GET() {
  const health = await checkHealth(
    { database: async () => databaseAnswers(await getDb()), storage: () => storageAnswers(evidenceObjectStore()) },
    packageJson.version,
  );
  return NextResponse.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
