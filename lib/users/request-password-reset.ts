import type { DbOrTx } from '@/lib/audit/write-audit';
import { enqueueNotice } from '@/lib/mail/notices';
import type { ResetRequestLimits } from '@/lib/users/password-link-limits';

/** The one answer to every well-formed request, whether or not an account uses the address. */
export const RESET_REQUESTED =
  'If an account uses that address, we have sent it a link to set a new password. The link works once, for an hour. Check your spam folder if it has not arrived within a few minutes.';

export type ResetRequestOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Queues the reset e-mail and nothing else. Whether an account uses the address is found out by
 * the mail job (composePasswordReset), so this does the same work, takes the same time and gives
 * the same answer for an address with an account and one without.
 */
export async function requestPasswordReset(db: DbOrTx, limits: ResetRequestLimits, email: string, client: string): Promise<ResetRequestOutcome> {
  const waits = [await limits.perClient.take(client), await limits.perAddressOnClient.take(`${email} ${client}`)];
  const wait = Math.max(...waits);
  if (wait > 0) return { ok: false, retryAfterSeconds: Math.ceil(wait / 1000) };
  await enqueueNotice(db, { type: 'password-reset', email });
  return { ok: true };
}
