import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, gt, inArray, isNull, notInArray } from 'drizzle-orm';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { evidence, logbookEntry, witnessInvitation, witnessTestimony } from '@/lib/db/schema';
import { checkWitnessLink } from '@/lib/portfolio/witness/check-witness-link';
import { testimonyEvidence } from '@/lib/portfolio/witness/testimony-evidence';
import { sameName, type TestimonyAnswer, type TestimonyInput } from '@/lib/portfolio/witness/testimony-schema';
import { WitnessRuleError } from '@/lib/portfolio/witness/witness-errors';
import { WITNESS_REFUSALS } from '@/lib/portfolio/witness/witness-refusals';
import { withdrawnEntryIds } from '@/lib/portfolio/witness/withdrawn-entries';
import { hashWitnessToken, isWellFormedToken } from '@/lib/portfolio/witness/witness-token';

export type CompletedTestimony = { testimonyId: string; evidenceIds: string[] };

/**
 * The witness signs: in one transaction the invitation is claimed (only while waiting, so a link
 * works once even when two people send at the same moment), the testimony is stored, one evidence
 * piece is written per channel, the chosen logbook entries of this learner (not withdrawn) are
 * countersigned and the event is audited. Any refusal rolls all of it back.
 */
export async function completeWitnessTestimony(db: Pick<Db, 'transaction'>, input: TestimonyInput, codes: readonly string[], now = new Date()): Promise<CompletedTestimony> {
  const answers: Record<string, TestimonyAnswer> = {};
  for (const code of codes) {
    const answer = input.answers[code];
    if (answer) answers[code] = answer;
  }
  const answered = Object.keys(answers);
  if (answered.length === 0) throw new WitnessRuleError('invalid', 'Answer at least one criterion before you sign.', 'answers');
  if (!sameName(input.signatureName, input.confirmedName)) {
    throw new WitnessRuleError('invalid', `Type your name exactly as you confirmed it (${input.confirmedName}) to sign.`, 'signatureName');
  }
  if (!isWellFormedToken(input.token)) throw new WitnessRuleError('unknown', WITNESS_REFUSALS.unknown.title);
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(witnessInvitation)
      .set({ usedAt: now })
      .where(
        and(
          eq(witnessInvitation.tokenHash, hashWitnessToken(input.token)),
          isNull(witnessInvitation.usedAt),
          isNull(witnessInvitation.revokedAt),
          gt(witnessInvitation.expiresAt, now),
        ),
      )
      .returning();
    if (!invitation) {
      const refusal = (await checkWitnessLink(tx, input.token, now)) ?? 'used';
      throw new WitnessRuleError(refusal, WITNESS_REFUSALS[refusal].title);
    }

    const countersign = [...new Set(input.countersign)];
    if (countersign.length > 0) {
      // Lock the entries first: a withdrawal committing meanwhile is then seen by the update, which
      // runs as a later statement with a fresh view (one statement would judge by its older view).
      await tx.select({ id: logbookEntry.id }).from(logbookEntry).where(inArray(logbookEntry.id, countersign)).for('update');
      const signed = await tx
        .update(logbookEntry)
        .set({ countersignedBy: input.confirmedName, countersignedAt: now, updatedAt: now })
        .where(and(inArray(logbookEntry.id, countersign), eq(logbookEntry.enrolmentId, invitation.enrolmentId), isNull(logbookEntry.countersignedBy), notInArray(logbookEntry.id, withdrawnEntryIds(tx, invitation.enrolmentId))))
        .returning({ id: logbookEntry.id });
      if (signed.length !== countersign.length) {
        throw new WitnessRuleError('countersign', 'Only the learner’s own logbook entries that nobody has countersigned or withdrawn can be countersigned. Reload the page and choose again.', 'countersign');
      }
    }

    const testimonyId = randomUUID();
    await tx.insert(witnessTestimony).values({
      id: testimonyId,
      invitationId: invitation.id,
      confirmedName: input.confirmedName,
      confirmedRole: input.confirmedRole,
      confirmedOrganisation: input.confirmedOrganisation,
      answers,
      countersignedEntries: countersign,
      declarationName: input.signatureName,
      signedAt: now,
    });
    const pieces = testimonyEvidence(
      { id: testimonyId, enrolmentId: invitation.enrolmentId, learnerId: invitation.learnerId, witnessName: input.confirmedName, witnessRole: input.confirmedRole, answers, signedAt: now },
      codes,
    );
    await tx.insert(evidence).values(pieces);
    await writeAudit(tx, null, { type: 'enrolment', id: invitation.enrolmentId }, {
      type: 'witness.testimony_signed',
      data: {
        invitationId: invitation.id,
        testimonyId,
        witnessName: input.confirmedName,
        criteria: answered,
        channels: pieces.flatMap((piece) => (piece.channel ? [piece.channel] : [])),
        evidenceIds: pieces.map((piece) => piece.id),
        countersignedEntries: countersign,
      },
    });
    return { testimonyId, evidenceIds: pieces.map((piece) => piece.id) };
  });
}
