import { evidenceForViewer } from '@/lib/assessment/evidence-service';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { jsonError, storageFullResponse } from '@/lib/http/json-responses';
import { removedFileMessage } from '@/lib/privacy/removed-file';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';
import { StorageSettingsError, StorageUnavailableError } from '@/lib/storage/object-store';

/** Serves an evidence file to its learner, their assessor or an administrator; everyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const access = await authorizeRequest('evidence:read', { evidence: 'file', id: fileId }, { signIn: 'Sign in to view evidence.', notFound: 'There is no such file.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  let found: Awaited<ReturnType<typeof evidenceForViewer>>;
  try {
    found = await evidenceForViewer(await getDb(), evidenceObjectStore(), { id: current.id, role: current.role }, fileId);
  } catch (error) {
    // A store that cannot be reached is the server's state (503), not a missing file.
    if (error instanceof StorageUnavailableError || error instanceof StorageSettingsError) return storageFullResponse(error);
    return jsonError(404, 'There is no such file.');
  }
  if (!found) return jsonError(404, 'There is no such file.');
  // Gone on purpose (the provider's retention period), not missing: 410 with the date, never 404.
  if (found.removedAt) return jsonError(410, removedFileMessage(found.removedAt), { code: 'removed' });
  return new Response(Buffer.from(found.bytes), {
    headers: {
      'Content-Type': found.mediaType,
      'Content-Disposition': `inline; filename="${found.name.replace(/[^\w.\- ]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
