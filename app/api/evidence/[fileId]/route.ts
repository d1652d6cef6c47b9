import { evidenceForViewer } from '@/lib/assessment/evidence-service';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { dataDir } from '@/lib/db/data-dir';
import { jsonError } from '@/lib/http/json-responses';
import { isRecordId } from '@/lib/forms/storable-text';

/** Serves an evidence file to its learner, their assessor or an administrator; everyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  if (!isRecordId(fileId)) return jsonError(404, 'There is no such file.');
  const access = await authorizeRequest('evidence:read', { evidence: 'file', id: fileId }, { signIn: 'Sign in to view evidence.', notFound: 'There is no such file.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  let found: Awaited<ReturnType<typeof evidenceForViewer>>;
  try {
    found = await evidenceForViewer(await getDb(), dataDir(), { id: current.id, role: current.role }, fileId);
  } catch {
    return jsonError(404, 'There is no such file.');
  }
  if (!found) return jsonError(404, 'There is no such file.');
  return new Response(Buffer.from(found.bytes), {
    headers: {
      'Content-Type': found.mediaType,
      'Content-Disposition': `inline; filename="${found.name.replace(/[^\w.\- ]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
