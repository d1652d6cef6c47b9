import { removeEvidence } from '@/lib/assessment/evidence-service';
import { baseUrl } from '@/lib/auth/create-auth';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { sameOriginRefusal } from '@/lib/http/request-guard';
import { getDb } from '@/lib/db/client';
import { jsonError, jsonOk, ruleErrorResponse } from '@/lib/http/json-responses';
import { isRecordId } from '@/lib/forms/storable-text';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';

export async function DELETE(request: Request, { params }: { params: Promise<{ submissionId: string; fileId: string }> }) {
  const { submissionId, fileId } = await params;
  // The policy checks the attempt's id; the file's id goes to the store's query alone.
  if (!isRecordId(fileId)) return jsonError(404, 'There is no such file in this attempt.');
  const access = await authorizeRequest('assessment:submit', { submissionId }, { signIn: 'Your session has ended. Sign in again.', notFound: 'There is no such attempt.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  const crossSite = sameOriginRefusal(request, baseUrl());
  if (crossSite) return jsonError(crossSite.status, crossSite.message);
  try {
    await removeEvidence(await getDb(), evidenceObjectStore(), current.id, submissionId, fileId);
    return jsonOk({ removed: true });
  } catch (error) {
    return ruleErrorResponse(error);
  }
}
