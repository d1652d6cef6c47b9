import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, like } from 'drizzle-orm';
import { parse } from 'yaml';
import { person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, enrolment, evidence, logbookEntry, witnessInvitation, witnessTestimony } from '@/lib/db/schema';
import type { Channel } from '@/lib/db/schema/portfolio';
import { WitnessFormSchema } from '@/lib/portfolio/practical-schemas';
import { type TestimonyInput, testimonyFormSchema } from '@/lib/portfolio/witness/testimony-schema';

/** The criteria of the real witness form, in its order. */
export const WITNESS_CODES = Object.keys(WitnessFormSchema.parse(parse(readFileSync(path.resolve('content/practical/witness.yml'), 'utf8'))).criteria);

export const INVITATION = { witnessName: 'Thandi Mokoena', witnessRole: 'Service desk team leader', organisation: 'Acme IT', contact: 'thandi@acme.co.za' };

export async function learner(handle: DatabaseHandle, name = 'Sipho Dlamini') {
  const id = await person(handle, name, 'learner');
  const [enrolled] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, id));
  if (!enrolled) throw new Error('not enrolled');
  return { actor: { id, role: 'learner' as const }, enrolmentId: enrolled.id };
}

/** A logbook entry as the logbook would write it (only what the witness form reads matters here). */
export async function logbookEntryFor(handle: DatabaseHandle, owner: { actor: { id: string }; enrolmentId: string }, reference: string): Promise<string> {
  const id = randomUUID();
  const at = new Date('2026-02-10T09:00:00.000Z');
  await handle.db.insert(logbookEntry).values({
    id,
    enrolmentId: owner.enrolmentId,
    learnerId: owner.actor.id,
    reference,
    simulated: false,
    loggedAt: at,
    channel: 'phone',
    customer: 'Finance department',
    description: 'Printer offline on the second floor',
    impact: 'medium',
    urgency: 'medium',
    priority: 'P3',
    responseDueAt: at,
    resolutionDueAt: at,
  });
  return id;
}

/** A signed testimony form, parsed as the witness page parses it, answering `channels` per criterion. */
export function testimonyForm(token: string, channels: Record<string, Channel>, extra: Record<string, string> = {}): TestimonyInput {
  const fields: Record<string, string> = {
    token,
    confirmedName: 'Thandi Mokoena',
    confirmedRole: 'Team leader, service desk',
    confirmedOrganisation: 'Acme IT (Pty) Ltd',
    signatureName: 'Thandi Mokoena',
    declaration: 'yes',
    ...extra,
  };
  for (const [code, channel] of Object.entries(channels)) {
    fields[`saw:${code}`] = `What I saw for ${code}`;
    fields[`frequency:${code}`] = 'regularly';
    fields[`context:${code}`] = `Context for ${code}`;
    fields[`channel:${code}`] = channel;
  }
  return testimonyFormSchema(WITNESS_CODES).parse(fields);
}

/** Everything the witness method can write, counted, to prove a refusal wrote nothing. */
export async function witnessWrites(handle: DatabaseHandle) {
  const [testimonies, pieces, audits, invitations, countersigned] = await Promise.all([
    handle.db.select({ id: witnessTestimony.id }).from(witnessTestimony),
    handle.db.select({ id: evidence.id }).from(evidence).where(eq(evidence.method, 'witness')),
    handle.db.select({ type: auditEvent.type }).from(auditEvent).where(like(auditEvent.type, 'witness.%')),
    handle.db.select({ usedAt: witnessInvitation.usedAt, revokedAt: witnessInvitation.revokedAt }).from(witnessInvitation),
    handle.db.select({ by: logbookEntry.countersignedBy }).from(logbookEntry),
  ]);
  return {
    testimonies: testimonies.length,
    pieces: pieces.length,
    audits: audits.map((row) => row.type).sort(),
    used: invitations.filter((row) => row.usedAt).length,
    revoked: invitations.filter((row) => row.revokedAt).length,
    countersigned: countersigned.filter((row) => row.by).length,
  };
}
