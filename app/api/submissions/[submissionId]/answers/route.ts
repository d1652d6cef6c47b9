import { z } from 'zod';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { saveAnswer } from '@/lib/assessment/save-answer';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { jsonError, jsonOk, readJson, ruleErrorResponse } from '@/lib/http/json-responses';
import { storableText } from '@/lib/forms/storable-text';

const NO_SUCH_ATTEMPT = 'There is no such attempt.';
const BodySchema = z.strictObject({ itemKey: storableText().min(1).max(200), response: z.unknown() });

/** Autosave of one answer in the signed-in learner's own draft attempt. */
export async function PUT(request: Request, { params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  // Asked of the learner's own work, not of this attempt: the save's one statement finds only the
  // learner's own draft attempt, so reading the attempt's owner first would be a second query on
  // the busiest path for the same answer (another learner's attempt, or an id no attempt could have: 404, "There is no such attempt.").
  const access = await authorizeRequest('assessment:submit', { self: true }, {
    signIn: 'Your session has ended. Sign in again: your answers are kept in this browser until then.',
    notFound: NO_SUCH_ATTEMPT,
  });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const parsed = BodySchema.safeParse(json.body);
  if (!parsed.success) return jsonError(400, 'Send { itemKey, response }.');
  try {
    const saved = await saveAnswer(await getDb(), current.id, await getAssessmentContent(), submissionId, parsed.data.itemKey, parsed.data.response);
    return jsonOk({ savedAt: saved.savedAt.toISOString(), revision: saved.revision });
  } catch (error) {
    return ruleErrorResponse(error);
  }
}
