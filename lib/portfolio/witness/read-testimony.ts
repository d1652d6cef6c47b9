import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { evidence, logbookEntry, profile, witnessInvitation, witnessTestimony } from '@/lib/db/schema';

export type TestimonyView = {
  id: string;
  learnerId: string;
  learnerName: string;
  /** As the learner named the witness when asking. */
  invited: { name: string; role: string; organisation: string; contact: string; issuedAt: Date };
  /** As the witness confirmed themselves. */
  confirmed: { name: string; role: string; organisation: string };
  answers: (typeof witnessTestimony.$inferSelect)['answers'];
  declarationName: string;
  signedAt: Date;
  countersigned: { id: string; reference: string; loggedAt: Date }[];
  pieces: { id: string; channel: string | null; criteria: string[] }[];
};

/**
 * A witness testimony for someone entitled to the learner's evidence (the learner, the assigned
 * assessor, the moderator of a batch holding the learner's record, an admin); null for anyone else,
 * exactly as for a testimony that does not exist.
 */
export async function readWitnessTestimony(db: DbOrTx, actor: Actor, testimonyId: string): Promise<TestimonyView | null> {
  const [row] = await db
    .select({ testimony: witnessTestimony, invitation: witnessInvitation, learnerName: profile.fullName })
    .from(witnessTestimony)
    .innerJoin(witnessInvitation, eq(witnessInvitation.id, witnessTestimony.invitationId))
    .innerJoin(profile, eq(profile.userId, witnessInvitation.learnerId))
    .where(eq(witnessTestimony.id, testimonyId));
  if (!row) return null;
  const { testimony, invitation } = row;
  const relationship = await relationshipTo(db, actor, invitation.learnerId);
  if (!can(actor, 'submission:read', { relationship })) return null;
  const countersigned = testimony.countersignedEntries.length
    ? await db
        .select({ id: logbookEntry.id, reference: logbookEntry.reference, loggedAt: logbookEntry.loggedAt })
        .from(logbookEntry)
        .where(and(inArray(logbookEntry.id, testimony.countersignedEntries), eq(logbookEntry.enrolmentId, invitation.enrolmentId)))
        .orderBy(asc(logbookEntry.loggedAt))
    : [];
  const pieces = await db
    .select({ id: evidence.id, channel: evidence.channel, criteria: evidence.criteria })
    .from(evidence)
    .where(and(eq(evidence.detailId, testimony.id), eq(evidence.method, 'witness')));
  return {
    id: testimony.id,
    learnerId: invitation.learnerId,
    learnerName: row.learnerName,
    invited: { name: invitation.witnessName, role: invitation.witnessRole, organisation: invitation.organisation, contact: invitation.contact, issuedAt: invitation.createdAt },
    confirmed: { name: testimony.confirmedName, role: testimony.confirmedRole, organisation: testimony.confirmedOrganisation },
    answers: testimony.answers,
    declarationName: testimony.declarationName,
    signedAt: testimony.signedAt,
    countersigned,
    pieces,
  };
}
