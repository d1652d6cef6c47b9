import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { jsonError } from '@/lib/http/json-responses';
import { personalDataResponse } from '@/lib/privacy/data-export-response';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';

/** The signed-in learner's own copy of everything held about them, as one ZIP archive. */
export async function GET() {
  const access = await authorizeRequest('personal-data:export', { self: true }, { signIn: 'Sign in to download your data.', notFound: 'Only learners have course data to download here.' });
  if (!access.ok) return jsonError(access.status, access.message);
  if (access.user.role !== 'learner') return jsonError(404, 'Only learners have course data to download here.');
  return personalDataResponse(await getDb(), evidenceObjectStore(), { id: access.user.id, role: access.user.role }, access.user.id);
}
