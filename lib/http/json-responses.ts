import { NextResponse } from 'next/server';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { baseUrl } from '@/lib/auth/create-auth';
import { StorageFullError } from '@/lib/evidence/evidence-store';
import { guardedJson } from '@/lib/http/request-guard';
import { log } from '@/lib/log/logger';
import { StorageSettingsError, StorageUnavailableError } from '@/lib/storage/object-store';

const noStore = { 'Cache-Control': 'private, no-store' };

export function jsonOk(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: noStore });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status, headers: noStore });
}

const STATUS_FOR: Record<AssessmentRuleError['code'], number> = {
  'not-found': 404,
  'not-enrolled': 404,
  locked: 409,
  stale: 409,
  'attempt-open': 409,
  'not-in-draw': 400,
  'wrong-shape': 400,
  'not-open-yet': 403,
  'no-attempts-left': 403,
  closed: 403,
  incomplete: 400,
  declaration: 400,
};

/** A rule the learner broke becomes a clear JSON answer; anything else is a real fault and is rethrown. */
export function ruleErrorResponse(error: unknown): NextResponse {
  if (error instanceof AssessmentRuleError) return jsonError(STATUS_FOR[error.code], error.message, { code: error.code, details: error.details });
  return storageFullResponse(error);
}

/**
 * A full disk becomes 507 Insufficient Storage with a message that says nothing was kept; an object
 * store that cannot be reached or refuses the server's settings, 503 (the details go to the log,
 * not to the learner); anything else is rethrown.
 */
export function storageFullResponse(error: unknown): NextResponse {
  if (error instanceof StorageFullError) return jsonError(507, error.message, { code: 'storage-full' });
  if (error instanceof StorageUnavailableError || error instanceof StorageSettingsError) {
    log().error({ err: error }, 'the object store failed');
    return jsonError(503, 'The file store is not available just now, so nothing was kept or read. Try again later, and tell your provider if it keeps happening.', { code: 'storage-unavailable' });
  }
  throw error;
}

/** The JSON body of a same-origin request, or the answer that refuses it (403, 413, 415 or 400). */
export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: NextResponse }> {
  const read = await guardedJson(request, baseUrl());
  return read.ok ? read : { ok: false, response: jsonError(read.refusal.status, read.refusal.message) };
}
