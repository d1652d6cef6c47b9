import 'server-only';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { invitationState } from '@/lib/portfolio/witness/invitation-state';
import { findInvitationByToken } from '@/lib/portfolio/witness/find-invitation-by-token';
import type { WitnessRefusal } from '@/lib/portfolio/witness/witness-refusals';

/** Why this token cannot be used now, or null when it opens a waiting invitation. */
export async function checkWitnessLink(db: Pick<DbOrTx, 'select'>, token: string, now: Date): Promise<Exclude<WitnessRefusal, 'too-many'> | null> {
  const invitation = await findInvitationByToken(db, token);
  if (!invitation) return 'unknown';
  const state = invitationState(invitation, now);
  return state === 'waiting' ? null : state;
}
