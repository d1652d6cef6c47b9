import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { parseByteRange } from '@/lib/http/byte-range';
import { jsonError, storageFullResponse } from '@/lib/http/json-responses';
import { recordingFileForViewer } from '@/lib/portfolio/role-play/recording-file';
import { removedFileMessage } from '@/lib/privacy/removed-file';
import { RECORDING_NOT_FOUND } from '@/lib/portfolio/role-play/role-play-errors';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';
import { ObjectNotFoundError } from '@/lib/storage/object-store';

/**
 * Streams a role-play recording to those entitled to the learner's evidence (everyone else: 404),
 * in byte ranges when the player asks, so seeking works without downloading the whole file.
 */
export async function GET(request: Request, { params }: { params: Promise<{ recordingId: string }> }) {
  const { recordingId } = await params;
  const access = await authorizeRequest('evidence:read', { evidence: 'recording', id: recordingId }, { signIn: 'Sign in to play recordings.', notFound: RECORDING_NOT_FOUND });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  const file = await recordingFileForViewer(await getDb(), { id: current.id, role: current.role }, recordingId);
  if (!file) return jsonError(404, RECORDING_NOT_FOUND);
  // Gone on purpose (the provider's retention period), not missing: 410 with the date, never 404.
  if (file.removedAt) return jsonError(410, removedFileMessage(file.removedAt), { code: 'removed' });
  const store = evidenceObjectStore();
  let size: number;
  try {
    size = (await store.stat(file.storageKey)).size;
  } catch (error) {
    if (error instanceof ObjectNotFoundError) return jsonError(404, RECORDING_NOT_FOUND);
    return storageFullResponse(error);
  }
  const headers: Record<string, string> = {
    'Content-Type': file.mediaType,
    'Accept-Ranges': 'bytes',
    'Content-Disposition': `inline; filename="${file.name.replace(/[^\w.\- ]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; media-src 'self'; sandbox",
  };
  const range = parseByteRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  const { start, end } = range === 'whole' ? { start: 0, end: size - 1 } : range;
  if (range !== 'whole') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  headers['Content-Length'] = String(end - start + 1);
  // Streamed through the app from either store, never redirected to the bucket: the page's
  // Content-Security-Policy allows media from this origin only (docs/DECISIONS.md).
  let body: ReadableStream<Uint8Array>;
  try {
    body = await store.stream(file.storageKey, { start, end });
  } catch (error) {
    if (error instanceof ObjectNotFoundError) return jsonError(404, RECORDING_NOT_FOUND);
    return storageFullResponse(error);
  }
  return new Response(body, { status: range === 'whole' ? 200 : 206, headers });
}
