import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import { can } from '@/lib/auth/permissions';
import { COURSE_ID } from '@/lib/content/course-version';
import type { Db } from '@/lib/db/open-database';
import { enrolment, witnessInvitation } from '@/lib/db/schema';
import { enqueueNotice } from '@/lib/mail/notices';
import { expiryFor } from '@/lib/portfolio/witness/invitation-state';
import { InvitationFormSchema } from '@/lib/portfolio/witness/invitation-schema';
import { WitnessRuleError } from '@/lib/portfolio/witness/witness-errors';
import { newWitnessToken } from '@/lib/portfolio/witness/witness-token';
import { readSettings } from '@/lib/settings/settings-store';

/** `emailed`: the link was also queued to be e-mailed to the witness, as the learner asked. */
export type IssuedInvitation = { invitationId: string; token: string; expiresAt: Date; emailed: boolean };

/**
 * A learner names a workplace witness and gets a single-use link that expires after the provider's
 * `witnessLinkDays`. Only the token's hash is stored; the token itself is returned once, to show.
 */
export async function issueWitnessInvitation(db: Pick<Db, 'transaction'>, learner: NonNullable<Actor>, form: unknown, now = new Date()): Promise<IssuedInvitation> {
  const input = InvitationFormSchema.parse(form);
  return db.transaction(async (tx) => {
    const [enrolled] =
      can(learner, 'witness-invitation:issue', { relationship: 'self' })
        ? await tx
            .select({ id: enrolment.id })
            .from(enrolment)
            .where(and(eq(enrolment.learnerId, learner.id), eq(enrolment.courseId, COURSE_ID)))
        : [];
    if (!enrolled) throw new WitnessRuleError('not-enrolled', 'Only a learner enrolled on the course can ask a witness for testimony.');
    const { witnessLinkDays } = await readSettings(tx);
    const { token, hash } = newWitnessToken();
    const invitationId = randomUUID();
    const expiresAt = expiryFor(now, witnessLinkDays);
    await tx.insert(witnessInvitation).values({
      id: invitationId,
      enrolmentId: enrolled.id,
      learnerId: learner.id,
      witnessName: input.witnessName,
      witnessRole: input.witnessRole,
      organisation: input.organisation,
      contact: input.contact,
      tokenHash: hash,
      expiresAt,
      createdAt: now,
    });
    await writeAudit(tx, learner, { type: 'enrolment', id: enrolled.id }, {
      type: 'witness.invited',
      data: { invitationId, witnessName: input.witnessName, witnessRole: input.witnessRole, organisation: input.organisation, expiresAt: expiresAt.toISOString() },
    });
    // Only when the learner asked, and only to an e-mail address (a phone number is theirs to message).
    const emailed = input.emailToWitness === true && input.contact.includes('@');
    if (emailed) await enqueueNotice(tx, { type: 'witness-invitation', invitationId, token });
    return { invitationId, token, expiresAt, emailed };
  });
}
