import { sql } from 'drizzle-orm';
import { afterEach, expect, test } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { writeAudit } from '@/lib/audit/write-audit';
import { refusal } from '@/lib/db/testing/refusal';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';

let handle: TestDatabase | null = null;
afterEach(async () => {
  await handle?.close();
  handle = null;
});

async function trail(kind: (typeof TEST_DATABASE_KINDS)[number], events = 5): Promise<TestDatabase> {
  handle = await openTestDatabase(kind);
  for (let index = 0; index < events; index += 1) {
    await writeAudit(handle.db, null, { type: 'setting', id: `key-${index}` }, { type: 'settings.changed', data: { key: `key-${index}`, from: index, to: index + 1 } });
  }
  return handle;
}

/** What an owner of the database (an attacker with its rights) could still do by switching a refusing trigger off. */
async function asOwner({ owner }: TestDatabase, statement: ReturnType<typeof sql>, trigger = 'audit_event_no_update_or_delete') {
  await owner.execute(sql`alter table audit_event disable trigger ${sql.identifier(trigger)}`);
  await owner.execute(statement);
  await owner.execute(sql`alter table audit_event enable trigger ${sql.identifier(trigger)}`);
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: every event is linked to the one before it and the whole chain verifies`, async () => {
    const { db } = await trail(kind);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ events: 5, headSeq: 5, firstBreak: null });
    expect(report.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test(`${kind}: while its triggers are on, not even the owner can update, delete or truncate the trail`, async () => {
    const { owner: db } = await trail(kind, 2);
    expect(await refusal(db.execute(sql`update audit_event set type = 'x'`))).toMatch(/cannot be changed or deleted/);
    expect(await refusal(db.execute(sql`delete from audit_event`))).toMatch(/cannot be changed or deleted/);
    expect(await refusal(db.execute(sql`truncate audit_event`))).toMatch(/cannot be changed or deleted/);
    expect(await refusal(db.execute(sql`truncate audit_chain_head`))).toMatch(/cannot be changed or deleted/);
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  test(`${kind}: an edited event is reported as the first broken link`, async () => {
    const database = await trail(kind);
    const { db } = database;
    await asOwner(database, sql`update audit_event set data = '{"key":"forged","from":0,"to":9}'::jsonb where seq = 3`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ seq: 3, reason: 'its content no longer matches its hash (it was changed)' });
  });

  test(`${kind}: a removed event in the middle and removed events at the end are both found`, async () => {
    const database = await trail(kind);
    const { db } = database;
    await asOwner(database, sql`delete from audit_event where seq = 2`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ seq: 3, reason: 'events 2 to 2 are missing' });
  });

  test(`${kind}: cutting off the newest events is caught by the recorded end of the chain`, async () => {
    const database = await trail(kind);
    const { db } = database;
    await asOwner(database, sql`delete from audit_event where seq >= 4`);
    expect((await verifyAuditChain(db)).firstBreak?.reason).toBe('the chain should end at event 5 but ends at 3: events at the end were removed');
  });

  test(`${kind}: an event rewritten with a recomputed hash still breaks the link to the next one`, async () => {
    const database = await trail(kind);
    const { db } = database;
    await asOwner(
      database,
      sql`update audit_event set data = '{"key":"forged","from":0,"to":9}'::jsonb, hash = audit_event_digest(seq, prev_hash, at, actor_id, actor_role, type, subject_type, subject_id, '{"key":"forged","from":0,"to":9}'::jsonb) where seq = 2`,
    );
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ seq: 3, reason: 'its link to the previous event does not match (an earlier event was changed)' });
  });

  test(`${kind}: a trail emptied by the owner and written again is reported from its first rewritten event`, async () => {
    const database = await trail(kind);
    await asOwner(database, sql`truncate audit_event`, 'audit_event_no_truncate');
    for (let index = 0; index < 5; index += 1) {
      await writeAudit(database.db, null, { type: 'setting', id: `key-${index}` }, { type: 'settings.changed', data: { key: `key-${index}`, from: 0, to: 0 } });
    }
    expect((await verifyAuditChain(database.db)).firstBreak).toMatchObject({ seq: 6, reason: 'events 1 to 5 are missing' });
  });

  test(`${kind}: a whole trail and its end rewritten consistently by the owner verifies alone, but not against the end noted earlier`, async () => {
    const database = await trail(kind);
    const { headSeq, headHash } = await verifyAuditChain(database.db);
    const noted = { seq: headSeq ?? 0, hash: headHash ?? '' };
    await asOwner(database, sql`truncate audit_event`, 'audit_event_no_truncate');
    await database.owner.execute(sql`update audit_chain_head set seq = 0, hash = ${'0'.repeat(64)}`);
    const forge = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        await writeAudit(database.db, null, { type: 'setting', id: 'forged' }, { type: 'settings.changed', data: { key: 'forged', from: 0, to: 0 } });
      }
    };
    await forge(3);
    expect((await verifyAuditChain(database.db)).firstBreak).toBeNull();
    expect((await verifyAuditChain(database.db, noted)).firstBreak).toMatchObject({ seq: 5, reason: 'event 5, noted earlier, is no longer in the chain, which ends at 3' });
    await forge(2);
    expect((await verifyAuditChain(database.db, noted)).firstBreak).toMatchObject({ seq: 5, reason: 'its hash differs from the one noted earlier (the trail was rewritten from here or before)' });
  });
}
