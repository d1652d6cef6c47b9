import { sql } from 'drizzle-orm';
import { afterEach, expect, test } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { writeAudit } from '@/lib/audit/write-audit';
import { refusal } from '@/lib/db/testing/refusal';
import { openTestDatabase, TEST_APP_ROLE, type TestDatabase } from '@/lib/db/testing/test-databases';

// PostgreSQL with two roles (TEST_DATABASE_URL the owner, TEST_DATABASE_APP_URL the application):
// the application's role may read and append to the audit trail and nothing more, so even with a
// hole in the application an attacker cannot change the trail or switch its protection off.
const appRole = test.skipIf(!TEST_APP_ROLE);

let handle: TestDatabase | null = null;
afterEach(async () => {
  await handle?.close();
  handle = null;
});

async function trail(): Promise<TestDatabase> {
  handle = await openTestDatabase('postgres');
  expect(handle.roles).toBe('owner-and-app');
  for (let index = 0; index < 3; index += 1) {
    await writeAudit(handle.db, null, { type: 'setting', id: `key-${index}` }, { type: 'settings.changed', data: { key: `key-${index}`, from: index, to: index + 1 } });
  }
  return handle;
}

appRole('postgres, application role: PostgreSQL refuses it any update, delete or truncate of the trail and of the end of its chain', async () => {
  const { db } = await trail();
  const refused = /^permission denied for table audit_event$/;
  expect(await refusal(db.execute(sql`update audit_event set data = '{}'::jsonb where seq = 2`))).toMatch(refused);
  expect(await refusal(db.execute(sql`delete from audit_event where seq = 2`))).toMatch(refused);
  expect(await refusal(db.execute(sql`truncate audit_event`))).toMatch(refused);
  const head = /^permission denied for table audit_chain_head$/;
  expect(await refusal(db.execute(sql`update audit_chain_head set seq = 0`))).toMatch(head);
  expect(await refusal(db.execute(sql`delete from audit_chain_head`))).toMatch(head);
  expect(await refusal(db.execute(sql`truncate audit_chain_head`))).toMatch(head);
  expect(await verifyAuditChain(db)).toMatchObject({ events: 3, headSeq: 3, firstBreak: null });
});

appRole('postgres, application role: it may not switch the triggers off, alter, drop or replace what guards the trail', async () => {
  const { db } = await trail();
  const notOwner = /^must be owner of (table|relation) audit_event$/;
  expect(await refusal(db.execute(sql`alter table audit_event disable trigger audit_event_no_update_or_delete`))).toMatch(notOwner);
  expect(await refusal(db.execute(sql`alter table audit_event disable trigger all`))).toMatch(notOwner);
  expect(await refusal(db.execute(sql`alter table audit_event add column forged text`))).toMatch(notOwner);
  expect(await refusal(db.execute(sql`drop trigger audit_event_chain on audit_event`))).toMatch(notOwner);
  expect(await refusal(db.execute(sql`drop table audit_event`))).toMatch(notOwner);
  expect(await refusal(db.execute(sql`alter table audit_chain_head disable trigger all`))).toMatch(/^must be owner of (table|relation) audit_chain_head$/);
  // Replacing the digest would make verification agree with anything.
  const digest = sql`audit_event_digest(seq bigint, prev_hash text, at timestamptz, actor_id text, actor_role text, type text, subject_type text, subject_id text, data jsonb)`;
  expect(await refusal(db.execute(sql`create or replace function ${digest} returns text language sql as $$ select prev_hash $$`))).toMatch(/^permission denied for schema public$/);
  expect(await refusal(db.execute(sql`drop function ${digest}`))).toMatch(/^must be owner of function audit_event_digest$/);
  expect(await refusal(db.execute(sql`alter function audit_event_link() security invoker`))).toMatch(/^must be owner of function audit_event_link$/);
  // Turning every trigger off for the session is a superuser's right.
  expect(await refusal(db.execute(sql`set session_replication_role = replica`))).toMatch(/^permission denied to set parameter "session_replication_role"$/);
  expect(await refusal(db.execute(sql`create table forged (id int)`))).toMatch(/^permission denied for schema public$/);
  expect(await verifyAuditChain(db)).toMatchObject({ events: 3, firstBreak: null });
});

appRole('postgres, application role: an event it inserts with a forged place in the chain is linked correctly all the same', async () => {
  const { db } = await trail();
  await db.execute(sql`insert into audit_event (type, data, seq, prev_hash, hash) values ('settings.changed', '{"key":"k","from":1,"to":2}'::jsonb, 1, ${'0'.repeat(64)}, ${'f'.repeat(64)})`);
  expect(await verifyAuditChain(db)).toMatchObject({ events: 4, headSeq: 4, firstBreak: null });
});

appRole('postgres, application role: it owns nothing, yet reads and writes the application tables as the app needs', async () => {
  const { db, owner } = await trail();
  const owned = (await db.execute(sql`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'drizzle') and pg_get_userbyid(c.relowner) = current_user`)) as unknown as { rows: { n: number }[] };
  expect(owned.rows[0]?.n).toBe(0);
  await db.execute(sql`insert into setting (key, value) values ('probe', '1'::jsonb)`);
  await db.execute(sql`update setting set value = '2'::jsonb where key = 'probe'`);
  await db.execute(sql`delete from setting where key = 'probe'`);
  // A table a later migration creates is the application's to use as well (default privileges).
  await owner.execute(sql`create table later_table (id serial primary key, note text)`);
  await db.execute(sql`insert into later_table (note) values ('ok')`);
  await db.execute(sql`update later_table set note = 'changed'`);
  await db.execute(sql`delete from later_table`);
});
