import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { tooLargeMessage } from '@/lib/evidence/recording-rules';
import { readBodyUpTo } from '@/lib/http/capped-body';
import { jsonError, jsonOk, storageFullResponse } from '@/lib/http/json-responses';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { keepRecording, recordingLimitBytes } from '@/lib/portfolio/role-play/keep-recording';
import { RolePlayError } from '@/lib/portfolio/role-play/role-play-errors';
import { ReportedSecondsSchema } from '@/lib/portfolio/role-play/role-play-schemas';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';

// The multipart envelope (boundaries, headers, the seconds field) adds a little to the file itself.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Keeps a role-play recording (multipart field "file", and "seconds" when the in-browser recorder
 * timed it) in the learner's own portfolio. A body over the provider's limit is refused with 413
 * before it is read in full, whatever Content-Length it claims.
 */
export async function POST(request: Request, { params }: { params: Promise<{ briefId: string }> }) {
  const access = await authorizeRequest('recording:keep', { self: true }, { signIn: 'Your session has ended. Sign in again to keep your recording.', notFound: 'There is no such role-play.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const learner = { id: access.user.id, role: access.user.role };
  const db = await getDb();
  const maxBytes = await recordingLimitBytes(db);
  const tooLarge = () => jsonError(413, tooLargeMessage('The recording', null, maxBytes), { code: 'too-large' });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes + ENVELOPE_BYTES) return tooLarge();
  const body = await readBodyUpTo(request, maxBytes + ENVELOPE_BYTES);
  if (body === 'too-large') return tooLarge();
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return jsonError(400, 'Send the recording as multipart form data in a field called "file".');
  }
  const file = form.get('file');
  if (!(file instanceof File)) return jsonError(400, 'Choose a recording to upload.', { code: 'empty' });
  try {
    const { briefId } = await params;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const durationSeconds = ReportedSecondsSchema.parse(form.get('seconds'));
    const kept = await keepRecording(db, evidenceObjectStore(), { learner, briefId, name: file.name, bytes, durationSeconds }, (await getPracticalContent()).rolePlays);
    return jsonOk({ ...kept, url: `/evidence/role-play/${kept.recordingId}` });
  } catch (error) {
    if (error instanceof RolePlayError) return jsonError(error.status, error.message, { code: error.code });
    return storageFullResponse(error);
  }
}
