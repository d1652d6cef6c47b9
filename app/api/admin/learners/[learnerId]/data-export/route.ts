import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { isRecordId } from '@/lib/forms/storable-text';
import { jsonError } from '@/lib/http/json-responses';
import { personalDataResponse } from '@/lib/privacy/data-export-response';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';

const MESSAGES = { signIn: 'Sign in as an administrator to export a learner’s data.', notFound: 'There is no such learner.' };

/** An administrator answering a learner's request for their data made outside the product. */
export async function GET(_request: Request, { params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  if (!isRecordId(learnerId)) return jsonError(404, MESSAGES.notFound);
  const access = await authorizeRequest('personal-data:export', { learnerId }, MESSAGES);
  if (!access.ok) return jsonError(access.status, access.message);
  if (access.user.role !== 'admin') return jsonError(404, MESSAGES.notFound);
  return personalDataResponse(await getDb(), evidenceObjectStore(), { id: access.user.id, role: access.user.role }, learnerId);
}
