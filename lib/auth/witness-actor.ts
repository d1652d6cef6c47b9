import 'server-only';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { authorize } from '@/lib/auth/authorize';
import type { PolicyActor } from '@/lib/auth/permissions';
import { invitationState } from '@/lib/portfolio/witness/invitation-state';
import { findInvitationByToken } from '@/lib/portfolio/witness/find-invitation-by-token';
import type { WitnessRefusal } from '@/lib/portfolio/witness/witness-refusals';

type LinkRefusal = Exclude<WitnessRefusal, 'too-many'>;

/**
 * The witness a link makes of its holder: only a token whose hash matches a waiting invitation
 * does; an unknown, used, expired or revoked one leaves them anonymous, with the reason.
 */
export async function witnessFromToken(db: Pick<DbOrTx, 'select'>, token: string, now = new Date()): Promise<{ actor: PolicyActor; refusal: LinkRefusal | null }> {
  const invitation = await findInvitationByToken(db, token);
  if (!invitation) return { actor: { kind: 'anonymous' }, refusal: 'unknown' };
  const state = invitationState(invitation, now);
  if (state !== 'waiting') return { actor: { kind: 'anonymous' }, refusal: state };
  return { actor: { kind: 'witness', invitationId: invitation.id }, refusal: null };
}

/** May the holder of `token` testify on that invitation? The refusal says why not, for the page to explain. */
export async function authorizeWitness(db: DbOrTx, token: string, now = new Date()): Promise<{ ok: true; invitationId: string } | { ok: false; refusal: LinkRefusal }> {
  const { actor, refusal } = await witnessFromToken(db, token, now);
  if (actor.kind !== 'witness') return { ok: false, refusal: refusal ?? 'unknown' };
  const decision = await authorize(db, actor, 'witness:testify', { invitationId: actor.invitationId });
  return decision.allowed ? { ok: true, invitationId: actor.invitationId } : { ok: false, refusal: 'unknown' };
}
