import { z } from 'zod';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { submitAttempt } from '@/lib/assessment/submit-attempt';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { jsonError, jsonOk, readJson, ruleErrorResponse } from '@/lib/http/json-responses';
import { storableText } from '@/lib/forms/storable-text';

const BodySchema = z.strictObject({ declarationName: storableText().trim().min(1, 'Type your full name to sign the declaration.').max(120) });

export async function POST(request: Request, { params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const access = await authorizeRequest('assessment:submit', { submissionId }, { signIn: 'Your session has ended. Sign in again to submit.', notFound: 'There is no such attempt.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const current = access.user;
  const json = await readJson(request);
  if (!json.ok) return json.response;
  const parsed = BodySchema.safeParse(json.body);
  if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? 'Type your full name to sign the declaration.', { code: 'declaration' });
  try {
    await submitAttempt(await getDb(), current.id, await getAssessmentContent(), submissionId, parsed.data.declarationName);
    return jsonOk({ submitted: true });
  } catch (error) {
    return ruleErrorResponse(error);
  }
}
