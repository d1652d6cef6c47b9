import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { jsonError } from '@/lib/http/json-responses';
import { pdfDispositionFor, pdfResponse } from '@/lib/record/pdf-response';
import { recordForViewer } from '@/lib/record/record-service';

export async function GET(request: Request) {
  const current = await getCurrentUser();
  if (!current) return jsonError(401, 'Sign in to download your record of learning.');
  const record = current.role === 'learner' ? await recordForViewer(await getDb(), { id: current.id, role: current.role }, current.id) : null;
  if (!record) return jsonError(404, 'There is no record of learning here.');
  return pdfResponse(record, pdfDispositionFor(request.url));
}
