import { removeEvidence } from '@/lib/assessment/evidence-service';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { dataDir } from '@/lib/db/data-dir';
import { jsonError, jsonOk, ruleErrorResponse } from '@/lib/http/json-responses';

export async function DELETE(_request: Request, { params }: { params: Promise<{ submissionId: string; fileId: string }> }) {
  const current = await getCurrentUser();
  if (!current) return jsonError(401, 'Your session has ended. Sign in again.');
  if (current.role !== 'learner') return jsonError(404, 'There is no such attempt.');
  const { submissionId, fileId } = await params;
  try {
    await removeEvidence(await getDb(), dataDir(), current.id, submissionId, fileId);
    return jsonOk({ removed: true });
  } catch (error) {
    return ruleErrorResponse(error);
  }
}
