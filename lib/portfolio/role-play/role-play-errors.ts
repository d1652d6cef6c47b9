import type { RecordingProblem } from '@/lib/evidence/recording-rules';

export type RolePlayErrorCode = 'not-found' | 'not-enrolled' | 'withdrawn' | 'relied-on' | 'criterion' | RecordingProblem;

/** A refusal of a role-play operation: its code, the HTTP status it maps to and the form field it concerns. */
export class RolePlayError extends Error {
  constructor(
    readonly code: RolePlayErrorCode,
    message: string,
    readonly status: number,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'RolePlayError';
  }
}

export const RECORDING_NOT_FOUND = 'There is no such recording.';

export function recordingNotFound(): RolePlayError {
  return new RolePlayError('not-found', RECORDING_NOT_FOUND, 404);
}
