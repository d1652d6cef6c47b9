import 'server-only';
import { and, asc, eq, isNull, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { logbookEntry, profile } from '@/lib/db/schema';
import { withdrawnEntryIds } from '@/lib/portfolio/witness/withdrawn-entries';
import { findInvitationByToken } from '@/lib/portfolio/witness/find-invitation-by-token';
import { invitationState } from '@/lib/portfolio/witness/invitation-state';
import type { WitnessRefusal } from '@/lib/portfolio/witness/witness-refusals';

export type WitnessPage = {
  learnerName: string;
  witnessName: string;
  witnessRole: string;
  organisation: string;
  expiresAt: Date;
  /** The learner's logbook entries nobody has countersigned or withdrawn, oldest first. */
  logbook: { id: string; reference: string; loggedAt: Date; description: string }[];
};

/** What the witness page shows for a token: the invitation when it is waiting, otherwise why not. */
export async function openWitnessLink(
  db: Pick<DbOrTx, 'select'>,
  token: string,
  now = new Date(),
): Promise<{ ok: true; page: WitnessPage } | { ok: false; refusal: Exclude<WitnessRefusal, 'too-many'> }> {
  const invitation = await findInvitationByToken(db, token);
  if (!invitation) return { ok: false, refusal: 'unknown' };
  const state = invitationState(invitation, now);
  if (state !== 'waiting') return { ok: false, refusal: state };
  const [learner] = await db.select({ fullName: profile.fullName }).from(profile).where(eq(profile.userId, invitation.learnerId));
  const logbook = await db
    .select({ id: logbookEntry.id, reference: logbookEntry.reference, loggedAt: logbookEntry.loggedAt, description: logbookEntry.description })
    .from(logbookEntry)
    .where(and(eq(logbookEntry.enrolmentId, invitation.enrolmentId), isNull(logbookEntry.countersignedBy), notInArray(logbookEntry.id, withdrawnEntryIds(db, invitation.enrolmentId))))
    .orderBy(asc(logbookEntry.loggedAt));
  return {
    ok: true,
    page: {
      learnerName: learner?.fullName ?? 'The learner',
      witnessName: invitation.witnessName,
      witnessRole: invitation.witnessRole,
      organisation: invitation.organisation,
      expiresAt: invitation.expiresAt,
      logbook,
    },
  };
}
