import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { jsonError } from '@/lib/http/json-responses';
import { pdfDispositionFor, pdfResponse } from '@/lib/record/pdf-response';
import { recordForViewer } from '@/lib/record/record-service';

export async function GET(request: Request, { params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  const access = await authorizeRequest('record:read', { learnerId }, { signIn: 'Sign in to download a record of learning.', notFound: 'There is no record of learning here.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  const record = await recordForViewer(await getDb(), { id: current.id, role: current.role }, learnerId);
  if (!record) return jsonError(404, 'There is no record of learning here.');
  return pdfResponse(record, pdfDispositionFor(request.url));
}
