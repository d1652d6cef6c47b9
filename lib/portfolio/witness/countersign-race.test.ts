import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { evidence, logbookEntry } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { completeWitnessTestimony } from '@/lib/portfolio/witness/complete-testimony';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { INVITATION, learner, logbookEntryFor, testimonyForm, WITNESS_CODES } from '@/lib/portfolio/witness/testing/witness-fixtures';

// Two connections can race only on PostgreSQL; the embedded database runs one statement at a time.
const postgres = TEST_DATABASE_KINDS.includes('postgres');
let handle: DatabaseHandle | undefined;
beforeAll(async () => {
  if (postgres) handle = await openTestDatabase('postgres');
});
afterAll(async () => {
  await handle?.close();
});

test.skipIf(!postgres)('postgres: a countersignature racing the learner withdrawing that entry waits for the withdrawal and is then refused', async () => {
  if (!handle) throw new Error('no database');
  const db = handle.db;
  const sipho = await learner(handle);
  const entryId = await logbookEntryFor(handle, sipho, 'INC-3001');
  await db.insert(evidence).values({
    id: randomUUID(),
    enrolmentId: sipho.enrolmentId,
    learnerId: sipho.actor.id,
    method: 'logbook',
    criteria: ['AC2.1'],
    title: 'Logbook entry INC-3001',
    state: 'submitted',
    detailId: entryId,
    attesterRole: 'learner',
    attesterId: sipho.actor.id,
    attesterName: 'Sipho Dlamini',
    occurredAt: new Date('2026-02-10T09:00:00.000Z'),
  });
  const { token } = await issueWitnessInvitation(db, sipho.actor, INVITATION);

  let locked: () => void = () => {};
  const entryLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  // The withdrawal as withdrawLogbookEntry makes it, held open while the witness signs.
  const withdrawal = db.transaction(async (tx) => {
    await tx.select({ id: logbookEntry.id }).from(logbookEntry).where(eq(logbookEntry.id, entryId)).for('update');
    await tx.update(evidence).set({ state: 'withdrawn' }).where(and(eq(evidence.detailId, entryId), eq(evidence.method, 'logbook')));
    locked();
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  await entryLocked;
  const signing = completeWitnessTestimony(db, testimonyForm(token, { 'AC2.1': 'phone' }, { [`countersign:${entryId}`]: 'yes' }), WITNESS_CODES);
  await withdrawal;

  await expect(signing).rejects.toMatchObject({ code: 'countersign' });
  const [entry] = await db.select().from(logbookEntry).where(eq(logbookEntry.id, entryId));
  expect(entry?.countersignedBy).toBeNull();
});
