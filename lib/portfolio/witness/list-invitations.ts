import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { witnessInvitation, witnessTestimony } from '@/lib/db/schema';
import { type InvitationState, invitationState } from '@/lib/portfolio/witness/invitation-state';

export type InvitationSummary = {
  id: string;
  witnessName: string;
  witnessRole: string;
  organisation: string;
  contact: string;
  issuedAt: Date;
  expiresAt: Date;
  state: InvitationState;
  /** When it was used, the testimony it produced. */
  testimonyId: string | null;
};

/** The learner's own witness links, newest first, each with where it stands now. */
export async function listWitnessInvitations(db: Pick<DbOrTx, 'select'>, learnerId: string, now = new Date()): Promise<InvitationSummary[]> {
  const rows = await db
    .select({ invitation: witnessInvitation, testimonyId: witnessTestimony.id })
    .from(witnessInvitation)
    .leftJoin(witnessTestimony, eq(witnessTestimony.invitationId, witnessInvitation.id))
    .where(eq(witnessInvitation.learnerId, learnerId))
    .orderBy(desc(witnessInvitation.createdAt));
  return rows.map(({ invitation, testimonyId }) => ({
    id: invitation.id,
    witnessName: invitation.witnessName,
    witnessRole: invitation.witnessRole,
    organisation: invitation.organisation,
    contact: invitation.contact,
    issuedAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    state: invitationState(invitation, now),
    testimonyId,
  }));
}
