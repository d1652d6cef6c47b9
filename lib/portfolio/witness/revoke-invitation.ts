import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { witnessInvitation } from '@/lib/db/schema';
import { invitationState } from '@/lib/portfolio/witness/invitation-state';
import { WitnessRuleError } from '@/lib/portfolio/witness/witness-errors';

const ALREADY = {
  used: 'This link was already used: the witness has signed their testimony, which stays on your portfolio.',
  expired: 'This link has already expired, so it cannot be used any more.',
  revoked: 'This link is already revoked.',
} as const;

/**
 * The learner who issued a link withdraws it while it is still waiting. Another person's
 * invitation is simply not found; the update is conditional, so a testimony signed at the same
 * moment wins and the revocation is refused.
 */
export async function revokeWitnessInvitation(db: Pick<Db, 'transaction'>, learner: NonNullable<Actor>, invitationId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(witnessInvitation)
      .where(and(eq(witnessInvitation.id, invitationId), eq(witnessInvitation.learnerId, learner.id)));
    if (!invitation) throw new WitnessRuleError('not-found', 'That witness link was not found among yours.');
    const state = invitationState(invitation, now);
    if (state !== 'waiting') throw new WitnessRuleError('not-waiting', ALREADY[state]);
    const revoked = await tx
      .update(witnessInvitation)
      .set({ revokedAt: now })
      .where(and(eq(witnessInvitation.id, invitationId), isNull(witnessInvitation.usedAt), isNull(witnessInvitation.revokedAt)))
      .returning({ id: witnessInvitation.id });
    if (revoked.length === 0) throw new WitnessRuleError('not-waiting', ALREADY.used);
    await writeAudit(tx, learner, { type: 'enrolment', id: invitation.enrolmentId }, {
      type: 'witness.invitation_revoked',
      data: { invitationId, witnessName: invitation.witnessName },
    });
  });
}
