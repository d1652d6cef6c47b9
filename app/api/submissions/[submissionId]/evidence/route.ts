import { addEvidence, EvidenceRefusedError } from '@/lib/assessment/evidence-service';
import { baseUrl } from '@/lib/auth/create-auth';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { sameOriginRefusal } from '@/lib/http/request-guard';
import { getDb } from '@/lib/db/client';
import { MAX_EVIDENCE_BYTES } from '@/lib/evidence/evidence-rules';
import { jsonError, jsonOk, ruleErrorResponse } from '@/lib/http/json-responses';
import { evidenceObjectStore } from '@/lib/storage/evidence-object-store';

/** Upload one evidence file (multipart field "file") to the learner's own draft attempt. */
export async function POST(request: Request, { params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const access = await authorizeRequest('assessment:submit', { submissionId }, { signIn: 'Your session has ended. Sign in again to upload.', notFound: 'There is no such attempt.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  const crossSite = sameOriginRefusal(request, baseUrl());
  if (crossSite) return jsonError(crossSite.status, crossSite.message);
  const declared = Number(request.headers.get('content-length') ?? 0);
  // Refuse an oversized body before reading it: the multipart envelope adds a little to the file.
  if (declared > MAX_EVIDENCE_BYTES + 64 * 1024) return jsonError(413, `The file is larger than the 10 MB limit.`, { code: 'too-large' });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, 'Send the file as multipart form data in a field called "file".');
  }
  const file = form.get('file');
  if (!(file instanceof File)) return jsonError(400, 'Choose a file to upload.', { code: 'empty' });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const added = await addEvidence(await getDb(), evidenceObjectStore(), current.id, submissionId, { name: file.name, bytes });
    return jsonOk(added);
  } catch (error) {
    if (error instanceof EvidenceRefusedError) return jsonError(error.code === 'too-large' ? 413 : 400, error.message, { code: error.code });
    return ruleErrorResponse(error);
  }
}
